import { describe, expect, it } from 'vitest';
import { decodeSegment } from './params';

describe('decodeSegment', () => {
  it('decodes what a browser sends', () => {
    expect(decodeSegment('qui-sommes-nous')).toBe('qui-sommes-nous');
    expect(decodeSegment('%C3%A9t%C3%A9')).toBe('été');
    expect(decodeSegment('%D9%85%D8%AB%D8%A7%D9%84')).toBe('مثال');
  });

  it('refuses malformed percent-encoding and control characters, NUL first', () => {
    for (const raw of ['%E0%A4%A', '%', '%zz', '%00', 'a%00b', '%0A', '%7F', 'a\u0000']) expect(decodeSegment(raw), raw).toBeNull();
  });
});
