import { LOCALES } from '@/lib/locales';

/** The indexes of the phone rows in form values ("phones.3.number" → 3), in order. */
export function phoneRowIndexes(values: Record<string, unknown>): number[] {
  return [...new Set(Object.keys(values).flatMap((k) => /^phones\.(\d+)\./.exec(k)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
}

/**
 * What the office form holds, in one shape whatever it came from (the stored office, the form's
 * inputs as sent, a copy kept in the browser): every field once, in a fixed order, text only, the
 * phone rows numbered from 0 with the blank ones left out. Two drafts of the same office compare
 * equal as JSON, and a kept copy brings back no field the form does not have.
 */
export function officeDraft(values: Record<string, unknown>): Record<string, string> {
  const text = (key: string) => {
    const v = values[key];
    return typeof v === 'string' ? v : '';
  };
  const draft: Record<string, string> = { countryCode: text('countryCode'), email: text('email') };
  for (const l of LOCALES) for (const f of ['name', 'city', 'address']) draft[`texts.${l}.${f}`] = text(`texts.${l}.${f}`);
  const rows = phoneRowIndexes(values);
  let n = 0;
  for (const i of rows) {
    if (text(`phones.${i}.number`).trim() === '') continue;
    for (const f of ['label', 'number', 'confirm']) draft[`phones.${n}.${f}`] = text(`phones.${i}.${f}`);
    n++;
  }
  return draft;
}
