/**
 * Feeds carry titles and ledes as the plain text they are. Read back by an XML parser, as a feed
 * reader reads them: Atom entries declare them type="text" and give them back exactly as typed;
 * an RSS item's description (HTML to every RSS reader) holds the lede HTML-escaped, so "<b>"
 * shows as typed instead of turning bold. Through the route handlers, on a real database.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { xml2js, type Element } from 'xml-js';
import { db } from '@/db';
import { articleTranslations } from '@/db/schema';
import type { Locale } from '@/lib/locales';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { insertNewsArticle } from '@/test/admin-fixtures';
import { GET as atomRoute } from '@/app/[locale]/atom.xml/route';
import { GET as rssRoute } from '@/app/[locale]/feed.xml/route';
import { atomXml, rssXml, type FeedContent } from './feeds';

vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);

const TITLE = 'R&D <b>gras</b> & AT&T — test';
const LEDE = 'Chapô avec <i>balise</i> & esperluette.';
/** The same kind of text in the other languages, so that each locale's feeds are read too. */
const OTHERS: Record<Exclude<Locale, 'fr'>, { title: string; lede: string }> = {
  en: { title: 'R&D <b>bold</b> & AT&T — test', lede: 'Lede with a <i>tag</i> & an ampersand.' },
  es: { title: 'I+D <b>negrita</b> & AT&T — prueba', lede: 'Entradilla con <i>etiqueta</i> & ampersand.' },
  ar: { title: 'البحث & التطوير <b>عريض</b> — اختبار', lede: 'مقدمة فيها <i>وسم</i> & علامة العطف.' },
};

let articleId = '';

beforeAll(async () => {
  const publishAt = new Date('2025-01-02T08:00:00Z');
  articleId = await insertNewsArticle('test/feed-plain-text', [
    { locale: 'fr', title: TITLE, lede: LEDE, body: docFromParagraphs(['Corps.']), dateline: '', status: 'published', publishAt },
    ...Object.entries(OTHERS).map(([locale, { title, lede }]) => ({
      locale: locale as Locale,
      title,
      lede,
      body: docFromParagraphs(['…']),
      dateline: '',
      status: 'published' as const,
      publishAt,
    })),
  ]);
});

/** Parses as a reader does: a strict XML parser, which refuses a document that is not well-formed. */
function parse(xml: string): Element {
  return xml2js(xml, { compact: false }) as Element;
}

function children(el: Element, name: string): Element[] {
  return (el.elements ?? []).filter((c) => c.type === 'element' && c.name === name);
}

function child(el: Element, name: string): Element {
  const found = children(el, name)[0];
  if (!found) throw new Error(`no <${name}> in <${el.name}>`);
  return found;
}

/** The character data of an element, its text and CDATA sections alike, entities decoded. */
function text(el: Element): string {
  return (el.elements ?? []).map((c) => (c.type === 'text' ? String(c.text) : c.type === 'cdata' ? String(c.cdata) : '')).join('');
}

/** What an HTML renderer shows for HTML text without elements (all the feed should hold). */
function htmlText(html: string): string {
  expect(html, 'HTML elements in a plain-text field').not.toMatch(/<[a-z/!]/i);
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

const params = (locale: string) => ({ params: Promise.resolve({ locale }) });

async function atomEntries(locale: Locale): Promise<Element[]> {
  const response = await atomRoute(new Request(`http://localhost/${locale}/atom.xml`), params(locale) as never);
  return children(child(parse(await response.text()), 'feed'), 'entry');
}

async function rssItems(locale: Locale): Promise<Element[]> {
  const response = await rssRoute(new Request(`http://localhost/${locale}/feed.xml`), params(locale) as never);
  return children(child(child(parse(await response.text()), 'rss'), 'channel'), 'item');
}

describe('Atom', () => {
  it('gives an entry title and summary back exactly as typed, declared type="text"', async () => {
    const entry = (await atomEntries('fr')).find((e) => text(child(e, 'title')) === TITLE);
    expect(entry, 'the entry titled as typed').toBeDefined();
    expect(child(entry!, 'title').attributes?.type).toBe('text');
    expect(child(entry!, 'summary').attributes?.type).toBe('text');
    expect(text(child(entry!, 'summary'))).toBe(LEDE);
  });

  it('does so in every locale', async () => {
    for (const [locale, typed] of Object.entries(OTHERS)) {
      const [entry] = await atomEntries(locale as Locale);
      expect(child(entry!, 'title').attributes?.type, locale).toBe('text');
      expect(text(child(entry!, 'title')), locale).toBe(typed.title);
      expect(child(entry!, 'summary').attributes?.type, locale).toBe('text');
      expect(text(child(entry!, 'summary')), locale).toBe(typed.lede);
    }
  });
});

describe('RSS', () => {
  it('gives the title as typed, and the description as HTML that shows the lede as typed', async () => {
    const item = (await rssItems('fr')).find((i) => text(child(i, 'title')) === TITLE);
    expect(item, 'the item titled as typed').toBeDefined();
    const description = text(child(item!, 'description'));
    expect(description).toBe('Chapô avec &lt;i&gt;balise&lt;/i&gt; &amp; esperluette.');
    expect(htmlText(description)).toBe(LEDE);
  });

  it('does so in every locale', async () => {
    for (const [locale, typed] of Object.entries(OTHERS)) {
      const [item] = await rssItems(locale as Locale);
      expect(text(child(item!, 'title')), locale).toBe(typed.title);
      expect(htmlText(text(child(item!, 'description'))), locale).toBe(typed.lede);
    }
  });
});

describe('texts that look like markup, or like its escaping', () => {
  const awkward = [
    'Fin de section ]]> puis <![CDATA[ ouvert',
    'Déjà échappé : &amp; &lt;b&gt; &#x26;',
    'Guillemets "doubles" et \'simples\', <script>alert(1)</script>',
    'Caractère privé \uE000 0 \uE000 au milieu',
    // Two ends of a CDATA section: the package's XML writer splits only the first.
    'Deux fins ]]> puis ]]><link>https://evil.example</link> dans un titre',
  ];
  const content: FeedContent = {
    options: { title: 'Essai', id: 'https://example.org/fr/news', link: 'https://example.org/fr/news', updated: new Date(0) },
    entries: awkward.map((t, i) => ({ id: `tag:example.org,2025:release/${i}/fr`, link: `https://example.org/fr/news/${i}`, title: t, summary: `${t} (chapô)`, date: new Date(0) })),
  };

  it('reads back as typed from Atom', () => {
    const entries = children(child(parse(atomXml(content, 'fr')), 'feed'), 'entry');
    expect(entries.map((e) => text(child(e, 'title')))).toEqual(awkward);
    expect(entries.map((e) => text(child(e, 'summary')))).toEqual(awkward.map((t) => `${t} (chapô)`));
  });

  it('reads back as typed from RSS, the description once HTML is read', () => {
    const items = children(child(child(parse(rssXml(content)), 'rss'), 'channel'), 'item');
    expect(items.map((i) => text(child(i, 'title')))).toEqual(awkward);
    expect(items.map((i) => htmlText(text(child(i, 'description'))))).toEqual(awkward.map((t) => `${t} (chapô)`));
  });

  it('leaves out the characters XML cannot carry, a pasted line break read as a space', () => {
    const pasted: FeedContent = {
      ...content,
      entries: [{ id: 'tag:example.org,2025:release/w/fr', link: 'https://example.org/fr/news/w', title: 'Saut\u000Bde ligne\u0001 collé\uFFFF', summary: 'Chapô\u0008 \uD800collé\u000Caussi', date: new Date(0) }],
    };
    // XML 1.0's Char production: anything else makes the document not well-formed.
    const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
    const atom = atomXml(pasted, 'fr');
    const rss = rssXml(pasted);
    expect(atom).not.toMatch(notXml);
    expect(rss).not.toMatch(notXml);
    const [entry] = children(child(parse(atom), 'feed'), 'entry');
    expect(text(child(entry!, 'title'))).toBe('Saut de ligne collé');
    expect(text(child(entry!, 'summary'))).toBe('Chapô collé aussi');
    const [item] = children(child(child(parse(rss), 'rss'), 'channel'), 'item');
    expect(text(child(item!, 'title'))).toBe('Saut de ligne collé');
    expect(htmlText(text(child(item!, 'description')))).toBe('Chapô collé aussi');
  });
});

describe('entry ids and dates', () => {
  const find = <T extends Element>(list: T[]) => list.find((e) => text(child(e, 'title')) === TITLE)!;

  it('keep an entry’s id when its release is renamed, and date an Atom entry by its last public change', async () => {
    const entry = find(await atomEntries('fr'));
    const id = text(child(entry, 'id'));
    // A tag: URI (RFC 4151) of the release in this language, not its address.
    expect(id).toBe(`tag:localhost,2025:release/${articleId}/fr`);
    const item = find(await rssItems('fr'));
    expect(text(child(item, 'guid'))).toBe(id);
    expect(child(item, 'guid').attributes?.isPermaLink).toBe('false');

    await db
      .update(articleTranslations)
      .set({ slug: 'communique-renomme', updatedAt: new Date('2025-03-04T05:06:07Z') })
      .where(and(eq(articleTranslations.articleId, articleId), eq(articleTranslations.locale, 'fr')));
    const renamed = find(await atomEntries('fr'));
    expect(text(child(renamed, 'id'))).toBe(id);
    expect(child(renamed, 'link').attributes?.href).toBe('http://localhost:3000/fr/news/communique-renomme');
    expect(text(child(renamed, 'updated'))).toBe('2025-03-04T05:06:07.000Z');
    expect(text(child(renamed, 'published'))).toBe('2025-01-02T08:00:00.000Z');
    expect(text(child(find(await rssItems('fr')), 'guid'))).toBe(id);
  });
});
