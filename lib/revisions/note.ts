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

/** How a history shows a restore note (the Editor namespace's two messages). */
export function restoredNoteText(
  t: (key: 'noteRestored' | 'noteRestoredWithoutImages', values: { version: string; count?: number }) => string,
  note: { version: string; droppedImages: number },
): string {
  return note.droppedImages > 0
    ? t('noteRestoredWithoutImages', { version: note.version, count: note.droppedImages })
    : t('noteRestored', { version: note.version });
}
