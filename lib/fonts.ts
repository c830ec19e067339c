import localFont from 'next/font/local';

// Self-hosted from npm (no build-time download): the Latin subset of Noto Sans for fr/en/es,
// and Noto Sans Arabic for ar, each a single variable-weight file, cut down to the weights and
// characters the site uses (lib/font-subsets.ts, `npm run fonts`).
export const notoSans = localFont({
  src: '../assets/fonts/noto-sans-latin-400-800.woff2',
  weight: '400 800',
  style: 'normal',
  display: 'swap',
  variable: '--font-latin',
  // The rest of the stack is app/globals.css's (--font-sans): its metric-matched system fonts
  // must come right after next/font's own Arial one, before any unadjusted system font.
  fallback: [],
});

export const notoSansArabic = localFont({
  src: '../assets/fonts/noto-sans-arabic-400-800.woff2',
  weight: '400 800',
  style: 'normal',
  display: 'swap',
  variable: '--font-arabic',
  // Not preloaded: every locale shares one root layout, so a preload would make every French,
  // English and Spanish page download these 55 kB first (with the full font's 166 kB,
  // Lighthouse measured +0.8 s LCP on mobile).
  // Arabic pages fetch it as soon as their CSS applies it.
  preload: false,
  // No fallback inside the variable: Latin words in Arabic text must fall through to Noto Sans
  // (the next entry of the stack in globals.css), not to a local Arial.
  fallback: [],
  adjustFontFallback: false,
});
