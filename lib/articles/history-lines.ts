import type { HeroAltChange, ScheduleChange } from '@/db/queries/article-history';

/** What a line shows besides words: a time (in the reader's zone) or a text (in the release's language). */
export type HistoryPart = { time: string } | { text: string };

/**
 * One line of a translation's history (a ReleaseHistory message): its key, its plain values
 * (ICU selects), and its parts, the message's tags (<at></at>, <before></before>, <after></after>),
 * rendered by the caller.
 */
export interface HistoryLine {
  key: 'heroAlt' | 'heroAltUnrecorded' | 'scheduled' | 'rescheduled' | 'scheduleCancelled' | 'publishedEarly';
  values: Record<string, string>;
  parts: Partial<Record<'at' | 'before' | 'after', HistoryPart>>;
}

/** The main image's description changed: the new text, and the one it replaced (or none); an older entry says only that it changed. */
export function heroAltLine(c: Pick<HeroAltChange, 'text'>): HistoryLine {
  if (!c.text?.after) return { key: 'heroAltUnrecorded', values: {}, parts: {} };
  const { before, after } = c.text;
  return { key: 'heroAlt', values: { known: before ? 'yes' : 'no' }, parts: { after: { text: after }, ...(before ? { before: { text: before } } : {}) } };
}

/** A change of the schedule: the time it is now for, and the one it had before, each when known. */
export function scheduleLine(c: Pick<ScheduleChange, 'kind' | 'publishAt' | 'previousPublishAt' | 'to'>): HistoryLine {
  const values = { known: c.previousPublishAt ? 'yes' : 'no', when: c.publishAt ? 'known' : 'unknown' };
  const parts = { ...(c.publishAt ? { at: { time: c.publishAt } } : {}), ...(c.previousPublishAt ? { before: { time: c.previousPublishAt } } : {}) };
  if (c.kind === 'cancelled') return { key: 'scheduleCancelled', values: { ...values, state: c.to }, parts };
  return { key: c.kind, values, parts };
}

/** The values to give a translator's rich (or markup) call for `line`, each part made by `render`. */
export function lineValues<T>(line: HistoryLine, render: (part: HistoryPart) => T): Record<string, string | (() => T)> {
  const out: Record<string, string | (() => T)> = { ...line.values };
  for (const [name, part] of Object.entries(line.parts)) out[name] = () => render(part);
  return out;
}
