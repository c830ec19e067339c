import { describe, expect, it } from 'vitest';
import { compareRange } from './compare-range';

describe('compareRange', () => {
  it('compares the latest version with the one before by default', () => {
    expect(compareRange([4, 3, 2, 1], {})).toEqual({ from: 3, to: 4 });
    expect(compareRange([1], {})).toEqual({ from: 1, to: 1 });
  });

  it('takes the versions asked for when they exist', () => {
    expect(compareRange([4, 3, 2, 1], { from: '1', to: '3' })).toEqual({ from: 1, to: 3 });
    expect(compareRange([4, 3, 2, 1], { from: ['2', '9'], to: '9' })).toEqual({ from: 2, to: 4 });
    expect(compareRange([4, 3, 2, 1], { to: '2' })).toEqual({ from: 1, to: 2 });
  });
});
