/**
 * Sample articles, flagged `isSample` and saying so in their own title and text: they report no
 * event, cite no office, name no one. They exist so a fresh install shows what the real release
 * cannot: an article in all four languages (Arabic, right to left, included) and one published
 * in French only with its English translation still a draft.
 */
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { insertArticleIfMissing, type ArticleContent } from './articles';
import type { SeedContext } from './context';

const SAMPLES: readonly ArticleContent[] = [
  {
    key: 'sample/four-languages',
    type: 'news',
    isSample: true,
    contactOfficeId: null,
    topicIds: [],
    countryCodes: [],
    translations: [
      {
        locale: 'fr',
        title: 'Exemple d’actualité : un article en quatre langues',
        lede: 'Cet article d’exemple, fourni avec Communiqué, montre une actualité publiée en français, en anglais, en espagnol et en arabe.',
        body: docFromParagraphs([
          'Ce texte est un contenu de démonstration. Il ne rapporte aucun fait réel et peut être archivé à tout moment.',
          'Chaque traduction est relue et publiée séparément ; depuis la page de l’article, le lecteur passe d’une langue à l’autre.',
        ]),
        dateline: '',
        status: 'published',
        publishAt: new Date('2024-01-15T09:00:00Z'),
      },
      {
        locale: 'en',
        title: 'Sample news item: one article in four languages',
        lede: 'This sample article, supplied with Communiqué, shows a news item published in French, English, Spanish and Arabic.',
        body: docFromParagraphs([
          'This text is demonstration content. It reports no real event and may be archived at any time.',
          'Each translation is reviewed and published separately; from the article page, readers can switch from one language to another.',
        ]),
        dateline: '',
        status: 'published',
        publishAt: new Date('2024-01-15T09:00:00Z'),
      },
      {
        locale: 'es',
        title: 'Ejemplo de noticia: un artículo en cuatro idiomas',
        lede: 'Este artículo de ejemplo, incluido en Communiqué, muestra una noticia publicada en francés, inglés, español y árabe.',
        body: docFromParagraphs([
          'Este texto es contenido de demostración. No informa de ningún hecho real y puede archivarse en cualquier momento.',
          'Cada traducción se revisa y se publica por separado; desde la página del artículo, el lector puede pasar de un idioma a otro.',
        ]),
        dateline: '',
        status: 'published',
        publishAt: new Date('2024-01-15T09:00:00Z'),
      },
      {
        locale: 'ar',
        title: 'مثال على خبر: مقال بأربع لغات',
        lede: 'يعرض هذا المقال النموذجي، المرفق بنظام Communiqué، خبرًا منشورًا بالفرنسية والإنجليزية والإسبانية والعربية.',
        body: docFromParagraphs([
          'هذا النص محتوى تجريبي، لا يتناول أي واقعة حقيقية ويمكن أرشفته في أي وقت.',
          'تُراجَع كل ترجمة وتُنشر على حدة، ويمكن للقارئ الانتقال من لغة إلى أخرى من صفحة المقال.',
        ]),
        dateline: '',
        // Arabic titles transliterate poorly; like the other Arabic slugs, it takes the English one.
        slug: 'sample-news-item-one-article-in-four-languages',
        status: 'published',
        publishAt: new Date('2024-01-15T09:00:00Z'),
      },
    ],
  },
  {
    key: 'sample/french-only-statement',
    type: 'statement',
    isSample: true,
    contactOfficeId: null,
    topicIds: [],
    countryCodes: [],
    translations: [
      {
        locale: 'fr',
        title: 'Exemple de déclaration : un texte publié en français seulement',
        lede: 'Cette déclaration d’exemple n’est publiée qu’en français ; sa traduction anglaise est encore un brouillon.',
        body: docFromParagraphs([
          'Ce texte est un contenu de démonstration. Il ne rapporte aucun fait réel et peut être archivé à tout moment.',
          'Le lecteur qui le demande dans une autre langue apprend dans quelles langues il existe, plutôt que de tomber sur une page vide.',
        ]),
        dateline: '',
        status: 'published',
        publishAt: new Date('2024-02-01T09:00:00Z'),
      },
      {
        locale: 'en',
        title: 'Sample statement: a text published in French only',
        lede: 'This sample statement is published in French only; its English translation is still a draft.',
        body: docFromParagraphs([
          'This text is demonstration content. It reports no real event and may be archived at any time.',
          'Readers who ask for it in another language are told which languages it exists in, rather than being shown a blank page.',
        ]),
        dateline: '',
        status: 'draft',
        publishAt: null,
      },
    ],
  },
];

export async function seedSamples(ctx: SeedContext): Promise<void> {
  for (const sample of SAMPLES) await insertArticleIfMissing(ctx, sample);
}
