import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';

describe('bench statistics', () => {
  it('takes the middle round', () => {
    expect(median([900, 1000, 950])).toBe(950);
  });

  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 100)).toBe(20);
    expect(percentile([], 50)).toBeNaN();
  });
});
