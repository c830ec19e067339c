import { describe, expect, it } from 'vitest';
import { uploadedFileName } from './file-name';

describe('uploadedFileName', () => {
  it('gives back the double quotes a browser escaped in the form post', () => {
    expect(uploadedFileName('Rapport %22final%22.jpg')).toBe('Rapport "final".jpg');
  });

  it('puts a space for an escaped line break, and leaves other percent signs alone', () => {
    expect(uploadedFileName('a%0Ab%0D.png')).toBe('a b .png');
    expect(uploadedFileName('100% migrants%20.png')).toBe('100% migrants%20.png');
  });

  it('writes each letter one way (NFC) and keeps at most 255 characters', () => {
    expect(uploadedFileName('Gene\u0300ve.jpg')).toBe('Genève.jpg');
    expect(uploadedFileName('x'.repeat(300))).toHaveLength(255);
  });
});
