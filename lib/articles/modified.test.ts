import { describe, expect, it } from 'vitest';
import { modifiedForReaders } from './modified';

describe('modifiedForReaders', () => {
  it('is the later of the last save and the publication', () => {
    expect(modifiedForReaders({ updatedAt: '2025-06-01T05:26:00Z', publishAt: '2025-06-01T05:29:00Z', firstPublishedAt: '2025-06-01T05:29:00Z' })).toBe('2025-06-01T05:29:00.000Z');
    expect(modifiedForReaders({ updatedAt: new Date('2025-06-01T07:10:00Z'), publishAt: new Date('2025-06-01T05:29:00Z') })).toBe('2025-06-01T07:10:00.000Z');
  });

  it('leaves out dates not known', () => {
    expect(modifiedForReaders({ updatedAt: '2025-06-01T05:26:00Z', publishAt: null, firstPublishedAt: null })).toBe('2025-06-01T05:26:00.000Z');
  });
});
