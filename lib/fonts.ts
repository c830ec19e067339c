import localFont from 'next/font/local';

// Self-hosted from npm (no build-time download): the Latin subset of Noto Sans for fr/en/es,
// and Noto Sans Arabic for ar, each a single variable-weight file.
export const notoSans = localFont({
  src: '../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-latin',
  fallback: ['system-ui', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'],
});

export const notoSansArabic = localFont({
  src: '../node_modules/@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-arabic',
  // Not preloaded: every locale shares one root layout, so a preload would make every French,
  // English and Spanish page download these 166 kB first (Lighthouse: +0.8 s LCP on mobile).
  // Arabic pages fetch it as soon as their CSS applies it.
  preload: false,
  // No fallback inside the variable: Latin words in Arabic text must fall through to Noto Sans
  // (the next entry of the stack in globals.css), not to a local Arial.
  fallback: [],
  adjustFontFallback: false,
});
