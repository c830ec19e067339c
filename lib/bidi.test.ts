import { describe, expect, it } from 'vitest';
import { isolate, isolateIn, phoneInText, strictlyLeftToRight, textRuns } from './bidi';

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

describe('strictlyLeftToRight', () => {
  it('holds for numbers of digits and separators, in any digits', () => {
    for (const phone of ['', '+598 2916 8043', '٠٢ ٢٧٣٦ ٥١٤٠', '+٥٩٨ (٢) ٩١٦-٨٠٤٣', '۰۲ ۲۷۳۶ ۵۱۴۰', '+598 2916 8045 / 8046']) {
      expect(strictlyLeftToRight(phone), phone).toBe(true);
    }
  });
  it('does not hold once a letter is typed, Latin or Arabic', () => {
    for (const phone of ['+598 2916 8043 poste 12', '٠٢ ٢٧٣٦ ٥١٤٠ داخلي ١٢', 'ext. 7']) {
      expect(strictlyLeftToRight(phone), phone).toBe(false);
    }
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

describe('textRuns', () => {
  it('cuts a text where it holds an international phone number', () => {
    expect(textRuns('أو اتصل على +598 2916 8043. أو +41 22 717 91 11')).toEqual([
      { text: 'أو اتصل على ', ltr: false },
      { text: '+598 2916 8043', ltr: true },
      { text: '. أو ', ltr: false },
      { text: '+41 22 717 91 11', ltr: true },
    ]);
    expect(textRuns('+598\u00a02916\u00a08043')).toEqual([{ text: '+598\u00a02916\u00a08043', ltr: true }]);
  });

  it('leaves other numbers and texts without one as they are', () => {
    for (const text of ['في 171 بلدًا', 'بتاريخ 2006-11-03 و 3,5%', 'a+1 2', 'C++ 11', '']) {
      expect(textRuns(text), text).toEqual([{ text, ltr: false }]);
    }
    // A number ends where its groups end: the words after it stay outside.
    expect(textRuns('+598 2916 dans')).toEqual([
      { text: '+598 2916', ltr: true },
      { text: ' dans', ltr: false },
    ]);
  });
});
