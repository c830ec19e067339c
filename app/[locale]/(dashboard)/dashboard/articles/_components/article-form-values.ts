import type { RichTextDoc } from '@/lib/rich-text/types';

/** What the article editor holds for one translation (and the article-level fields shown with it). */
export interface ArticleFormValues {
  type: string;
  title: string;
  slug: string;
  slugAuto: boolean;
  lede: string;
  body: RichTextDoc;
  dateline: string;
  contactOfficeId: string;
  topicIds: string[];
  countryCodes: string[];
  heroMediaId: string;
  heroAlt: string;
}

/** The choices of the article-level fields, labelled in the interface language. */
export interface ArticleEditorOptions {
  types: { value: string; label: string }[];
  /** `lang`/`dir`: a name not in the interface language (a French stand-in). */
  offices: { id: string; name: string; archived: boolean; lang?: string; dir?: 'rtl' | 'ltr' }[];
  topics: { id: string; name: string; lang?: string; dir?: 'rtl' | 'ltr' }[];
  countries: { code: string; name: string }[];
  media: { id: string; src: string; width: number; height: number; label: string; alt: string }[];
}
