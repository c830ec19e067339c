import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures';

/**
 * French typography on public pages (lib/typography.ts): the space a writer types before
 * « : ; ! ? » and after « is drawn unbreakable, so on a phone no line starts with the mark.
 * What is stored, and the page's <title> and description, keep the plain space; other
 * languages are drawn as typed.
 */
const SLUG = 'exemple-de-declaration-un-texte-publie-en-francais-seulement';
const TITLE = 'Exemple de déclaration : un texte publié en français seulement';
const LEDE = 'Cette déclaration d’exemple n’est publiée qu’en français ; sa traduction anglaise est encore un brouillon.';
const NB = '\u00a0';
const drawn = (text: string) => text.replace(/ ([:;!?»])/g, `${NB}$1`).replace(/« /g, `«${NB}`);

/** Whether the colon of `element` sits on the same line as the word before it. */
async function colonOnWordLine(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const colon = text.indexOf(':');
      if (colon < 2) continue;
      const box = (from: number) => {
        const range = document.createRange();
        range.setStart(node!, from);
        range.setEnd(node!, from + 1);
        return range.getBoundingClientRect();
      };
      return Math.abs(box(colon).top - box(colon - 2).top) < 2;
    }
    throw new Error('no colon in the element');
  });
}

test.describe('French spacing at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('home cards: the title and lede keep their marks on the line of the word before', async ({ page }) => {
    await page.goto('/fr');
    const title = page.getByRole('link', { name: TITLE });
    await expect(title).toBeVisible();
    expect(await title.textContent()).toBe(drawn(TITLE));
    expect(await colonOnWordLine(title)).toBe(true);
    const card = page.getByRole('article').filter({ has: title });
    await expect(card.locator('p.text-muted')).toHaveText(LEDE);
    expect(await card.locator('p.text-muted').textContent()).toBe(drawn(LEDE));
  });

  test('the release page: headline, lede and breadcrumb drawn unbroken; title and description as typed', async ({ page }) => {
    await page.goto(`/fr/news/${SLUG}`);
    const h1 = page.getByRole('heading', { level: 1 });
    expect(await h1.textContent()).toBe(drawn(TITLE));
    expect(await colonOnWordLine(h1)).toBe(true);
    const lede = page.getByRole('article').getByText(LEDE);
    expect(await lede.textContent()).toBe(drawn(LEDE));
    expect(await page.locator('nav[aria-label] [aria-current="page"]').textContent()).toBe(drawn(TITLE));
    // Metadata, JSON-LD and the stored text are not typography: they keep the plain space.
    expect(await page.title()).toContain(TITLE);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', LEDE);
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(jsonLd.join('')).toContain(TITLE);
  });
});

test('a search result: the highlighted title keeps its colon on the line of the word before', async ({ page }) => {
  await page.goto('/fr/news/search?q=d%C3%A9claration');
  const link = page.getByRole('link', { name: TITLE });
  await expect(link.locator('mark').first()).toBeVisible();
  expect(await link.textContent()).toBe(drawn(TITLE));
});

test('English text is drawn as typed; a French title on an English page, as French', async ({ page }) => {
  await page.goto('/en');
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).not.toMatch(/\u00a0[:;!?»]|«\u00a0/);
  // The French-only sample, asked for in English: its French title is linked, in French typography.
  await page.goto(`/en/news/${SLUG}`);
  const link = page.getByRole('link', { name: TITLE });
  expect(await link.locator('span[lang="fr"]').textContent()).toBe(drawn(TITLE));
});
