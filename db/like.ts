/** `s` matched literally inside a LIKE/ILIKE pattern: its `%`, `_` and `\` lose their meaning. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** An ILIKE pattern for "contains `s`", typed by a person searching a list. */
export const containsPattern = (s: string) => `%${escapeLike(s.trim())}%`;
