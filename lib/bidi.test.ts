import { describe, expect, it } from 'vitest';
import { isolate, isolateIn, phoneInText } from './bidi';

describe('isolate', () => {
  it('wraps a value in the isolate of its direction, first-strong by default', () => {
    expect(isolate('Qui sommes-nous ?', 'ltr')).toBe('\u2066Qui sommes-nous ?\u2069');
    expect(isolate('من نحن؟', 'rtl')).toBe('\u2067من نحن؟\u2069');
    expect(isolate('Remittances')).toBe('\u2068Remittances\u2069');
  });
});

describe('phoneInText', () => {
  it('keeps a number left to right and on one line: no space a line may break at', () => {
    expect(phoneInText('+598 2916 8043')).toBe('\u2066+598\u00a02916\u00a08043\u2069');
    expect(phoneInText('+592')).toBe('\u2066+592\u2069');
  });
});

describe('isolateIn', () => {
  it('isolates a text only in a sentence of the other direction', () => {
    expect(isolateIn('Qui sommes-nous ?', 'fr', 'ar')).toBe('\u2066Qui sommes-nous ?\u2069');
    expect(isolateIn('من نحن؟', 'ar', 'fr')).toBe('\u2067من نحن؟\u2069');
    expect(isolateIn('Qui sommes-nous ?', 'fr', 'en')).toBe('Qui sommes-nous ?');
    expect(isolateIn('من نحن؟', 'ar', 'ar')).toBe('من نحن؟');
  });
});
