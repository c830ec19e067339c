import { describe, expect, it } from 'vitest';
import { choiceDiff, setDiff } from './choice-diff';

describe('choiceDiff', () => {
  it('shows theirs struck and mine added when they differ', () => {
    expect(choiceDiff('office', 'Montevideo', 'Buenos Aires')).toEqual({
      field: 'office',
      changed: true,
      parts: [
        { kind: 'removed', value: 'Montevideo' },
        { kind: 'same', value: ' ' },
        { kind: 'added', value: 'Buenos Aires' },
      ],
    });
    expect(choiceDiff('type', 'News', 'News').changed).toBe(false);
  });
});

describe('setDiff', () => {
  it('keeps shared items plain and marks the others', () => {
    const d = setDiff('topics', ['Health', 'Climate'], ['Climate', 'Labour']);
    expect(d.changed).toBe(true);
    expect(d.parts.filter((p) => p.kind !== 'same' || p.value !== ', ')).toEqual([
      { kind: 'removed', value: 'Health' },
      { kind: 'same', value: 'Climate' },
      { kind: 'added', value: 'Labour' },
    ]);
  });

  it('sees no change in the same set in another order', () => {
    expect(setDiff('countries', ['UY', 'AR'], ['AR', 'UY']).changed).toBe(false);
  });
});
