import { formatNumber } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/locales';

/**
 * The note a restore leaves on the revision it makes: the version it brought back, and how many
 * library images that version showed were left out because they have been deleted since.
 */
export function restoredNote(version: number, droppedImages: number): string {
  return droppedImages > 0 ? `restored:${version}:${droppedImages}` : `restored:${version}`;
}

export function readRestoredNote(note: string | null): { version: string; droppedImages: number } | null {
  const m = note ? /^restored:(\d+)(?::(\d+))?$/.exec(note) : null;
  return m ? { version: m[1]!, droppedImages: Number(m[2] ?? 0) } : null;
}

type RestoredMessages = (key: 'noteRestored' | 'noteRestoredWithoutImages', values: { version: string; count?: number; n?: string }) => string;

/** How a history in `locale` shows a restore note (the Editor namespace's two messages). */
export function restoredNoteText(locale: Locale, t: RestoredMessages, note: { version: string; droppedImages: number }): string {
  return note.droppedImages > 0
    ? t('noteRestoredWithoutImages', { version: note.version, count: note.droppedImages, n: formatNumber(locale, note.droppedImages) })
    : t('noteRestored', { version: note.version });
}

/** The note a translation's first revision carries when it started as a copy of `source`'s text. */
export const translatedNote = (source: Locale): string => `translated:${source}`;

/**
 * How a history in `locale` shows any revision note (the Editor namespace's messages): a restore, the start
 * of a translation from another language (named by `languageName`), else the note as written.
 */
export function revisionNoteText(
  locale: Locale,
  t: RestoredMessages & ((key: 'noteTranslated', values: { language: string }) => string),
  languageName: (locale: Locale) => string,
  note: string | null,
): string {
  if (!note) return '';
  const restored = readRestoredNote(note);
  if (restored) return restoredNoteText(locale, t, restored);
  const [kind, arg] = note.split(':');
  if (kind === 'translated' && arg && (LOCALES as readonly string[]).includes(arg)) return t('noteTranslated', { language: languageName(arg as Locale) });
  return note;
}
