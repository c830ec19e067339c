import { describe, expect, it } from 'vitest';
import { CONTENT_LIFE, lifeUntil } from './life';

describe('lifeUntil', () => {
  it('keeps the content life when nothing is scheduled', () => {
    expect(lifeUntil(null)).toEqual(CONTENT_LIFE);
  });

  it('ends no later than the next scheduled publish', () => {
    const inAnHour = new Date(Date.now() + 3600_000);
    const life = lifeUntil(inAnHour);
    expect(life.revalidate).toBeLessThanOrEqual(3600);
    expect(life.expire).toBe(life.revalidate);
  });

  it('never goes under the five minutes Next keeps in a prerender (the scheduler covers shorter)', () => {
    expect(lifeUntil(new Date(Date.now() + 10_000)).revalidate).toBe(300);
  });
});
