import { describe, expect, it } from 'vitest';
import { readRestoredNote, restoredNote } from './note';

describe('restore notes', () => {
  it('round-trips the version and the images left out', () => {
    expect(restoredNote(3, 0)).toBe('restored:3');
    expect(readRestoredNote(restoredNote(3, 0))).toEqual({ version: '3', droppedImages: 0 });
    expect(readRestoredNote(restoredNote(12, 2))).toEqual({ version: '12', droppedImages: 2 });
  });

  it('reads nothing else as a restore', () => {
    expect(readRestoredNote(null)).toBeNull();
    expect(readRestoredNote('translated:en')).toBeNull();
    expect(readRestoredNote('restored:x')).toBeNull();
  });
});
