/**
 * Right-to-left text as Chromium lays it out, on the Arabic dashboard and site:
 * - two texts of different elements never touch without a space inside a line: Arabic letters
 *   would join across them ("الإصلاح" shown as "الإصلاـ", the next word losing its first letter);
 * - a title in French standing in for a missing translation is marked lang="fr" dir="ltr", so
 *   "Qui sommes-nous ?" is not shown as "? Qui sommes-nous"; fields for French text run left to right;
 * - a phone number inside an Arabic sentence is isolated left to right and never broken across lines,
 *   one typed in Arabic-Indic digits is drawn in the order typed, and one typed in an Arabic
 *   release's text is drawn in the order typed while it is written;
 * - the tree's branch mark turns with the writing direction;
 * - the text toolbar wraps by whole groups of buttons, never one button alone on a line.
 * What these checks find is in the DOM and the computed layout, not in pixels.
 */
import type { Page } from '@playwright/test';
import { expect, expectFrenchStandIns, test } from '../fixtures';
import { ensureAdmin, whenBodyLive } from '../dashboard/support';

/**
 * Pairs of texts from two different elements that touch — a letter or digit on each side, no
 * whitespace between — within one line of text (an inline formatting context). Block, flex and
 * inline-block boxes end a line's text, so they may touch; screen-reader-only text is left out.
 */
function touchingTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inline = (el: Element) => ['inline', 'contents'].includes(getComputedStyle(el).display);
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const found: string[] = [];
    for (const root of document.body.querySelectorAll('*')) {
      if (inline(root) || !shown(root) || ['SCRIPT', 'STYLE', 'TEMPLATE', 'svg'].includes(root.tagName)) continue;
      const runs: { text: string; owner: Element }[] = [];
      const walk = (node: Element) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) runs.push({ text: (child as Text).data, owner: node });
          else if (child instanceof Element) {
            if (inline(child) && !child.classList.contains('sr-only')) walk(child);
            else runs.push({ text: ' ', owner: child });
          }
        }
      };
      walk(root);
      const texts = runs.filter((r) => r.text !== '');
      for (let i = 1; i < texts.length; i++) {
        const [a, b] = [texts[i - 1]!, texts[i]!];
        if (a.owner !== b.owner && /[\p{L}\p{N}]$/u.test(a.text) && /^[\p{L}\p{N}]/u.test(b.text)) {
          found.push(`«${a.text.slice(-30)}» touches «${b.text.slice(0, 30)}»`);
        }
      }
    }
    return [...new Set(found)];
  });
}

test('no two texts touch without a space, so Arabic letters never join across elements', async ({ page }) => {
  await ensureAdmin(page);
  for (const path of ['/ar/dashboard/structure', '/ar/dashboard/topics', '/ar/dashboard/pages', '/ar/dashboard/articles', '/ar/dashboard/media', '/ar/dashboard/users', '/ar/dashboard/offices', '/ar', '/ar/news', '/fr/dashboard/structure', '/fr/news']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).filter({ visible: true }).first()).toBeVisible();
    expect(await touchingTexts(page), path).toEqual([]);
  }
  // The case the review found: a unit and its head, read as two words.
  await page.goto('/ar/dashboard/structure');
  const row = page.getByRole('main').getByRole('listitem').filter({ hasText: 'نائبة المديرة العامة لشؤون الإدارة والإصلاح' });
  await expect(row).toHaveText(/الإدارة والإصلاح\s+نائبة المديرة العامة/);
});

test('titles in French standing in for Arabic are marked left to right, and French fields run left to right', async ({ page }) => {
  // Two dozen pages opened and a page and a topic created and deleted: beyond 30 s on a loaded 2-core machine.
  test.setTimeout(60_000);
  const PAGE_TITLE = 'Qui sommes-nous ? (essai RTL)';
  const TOPIC = 'Thème d’essai RTL';
  await ensureAdmin(page);

  // French-only content: a page and a topic.
  await page.goto('/ar/dashboard/pages/new');
  const arabicTitle = page.getByLabel('العنوان (بالفرنسية)').filter({ visible: true });
  await expect(arabicTitle).toHaveAttribute('lang', 'fr');
  await expect(arabicTitle).toHaveAttribute('dir', 'ltr');
  await page.goto('/fr/dashboard/pages/new');
  await page.getByLabel('Titre (français)').fill(PAGE_TITLE);
  await page.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Texte en français/ })).toBeVisible();
  const pageId = new URL(page.url()).pathname.split('/')[4];
  await page.goto('/fr/dashboard/topics/new');
  await page.getByRole('group', { name: /Français/ }).getByLabel('Nom du thème').fill(TOPIC);
  await page.getByRole('button', { name: 'Créer le thème' }).click();
  await expect(page.getByText(`« ${TOPIC} » est enregistré ; le site public est à jour.`)).toBeVisible();

  for (const locale of ['ar', 'fr'] as const) {
    await page.goto(`/${locale}/dashboard/pages`);
    await expectFrenchStandIns([page.getByRole('main').getByRole('link', { name: PAGE_TITLE, exact: true })], locale);
    // A heading holding a French stand-in: the title marked, the heading in the page's direction
    // (on an Arabic page it starts on the right, as every other heading).
    const heading = page.getByRole('heading', { level: 1 }).filter({ visible: true });
    await page.goto(`/${locale}/dashboard/pages/${pageId}`);
    await expect(heading).toHaveText(PAGE_TITLE);
    await expectFrenchStandIns([heading.locator('span')], locale);
    await expect(heading).toHaveCSS('direction', locale === 'ar' ? 'rtl' : 'ltr');
    await page.goto(`/${locale}/dashboard/topics`);
    await expectFrenchStandIns([page.getByRole('main').getByRole('link', { name: TOPIC, exact: true })], locale);
    await page.getByRole('main').getByRole('link', { name: TOPIC, exact: true }).click();
    await expect(heading).toHaveText(TOPIC);
    await expectFrenchStandIns([heading.locator('span')], locale);
    await expect(heading).toHaveCSS('direction', locale === 'ar' ? 'rtl' : 'ltr');
    // Offered by their French names in the pick lists too: a page's parent, a release's topics.
    await page.goto(`/${locale}/dashboard/pages/new`);
    await expectFrenchStandIns([page.locator('select[name="parentId"] option', { hasText: PAGE_TITLE })], locale);
    await page.goto(`/${locale}/dashboard/articles/new`);
    await expectFrenchStandIns([page.getByRole('main').getByText(TOPIC, { exact: true })], locale);
    // A release written in French (and English), named by its French title.
    await page.goto(`/${locale}/dashboard/articles`);
    await expectFrenchStandIns([page.getByRole('main').getByRole('link', { name: /^Exemple de déclaration/ })], locale);
  }

  // Leave the tree and the topics as the seed has them.
  await page.goto(`/fr/dashboard/pages/${pageId}`);
  await page.getByRole('button', { name: 'Supprimer…' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.getByText(`La page « ${PAGE_TITLE} » est supprimée.`)).toBeVisible();
  await page.goto('/fr/dashboard/topics');
  await page.getByRole('main').getByRole('link', { name: TOPIC, exact: true }).click();
  await page.getByRole('button', { name: 'Supprimer…' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.getByText(`Le thème « ${TOPIC} » est supprimé.`)).toBeVisible();
});

test('a phone number in an Arabic message keeps its order and stays on one line', async ({ page }) => {
  await ensureAdmin(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/ar/dashboard/offices/new');
  await page.locator('select[name="countryCode"]').filter({ visible: true }).selectOption('UY');
  await page.locator('input[name="texts.fr.name"]').filter({ visible: true }).fill('Bureau d’essai RTL');
  await page.locator('input[name="phones.0.number"]').filter({ visible: true }).fill('+592 2 9168043');
  await page.locator('form:has(input[name="phones.0.number"]) button[type="submit"]').filter({ visible: true }).last().click();

  // "+592 is Guyana's code … Did you mean +598 2916 8043?": each number isolated left to right,
  // with no space a line could break at.
  const message = page.getByText(/رمز الاتصال\s*\u2066\+592/).filter({ visible: true });
  await expect(message).toContainText('\u2066+598\u00a02916\u00a08043\u2069');
  const isolated = [...((await message.textContent()) ?? '').matchAll(/\u2066([^\u2069]*)\u2069/g)].map((m) => m[1]);
  expect(isolated).toContain('+592');
  expect(isolated.filter((n) => / /.test(n!))).toEqual([]);
  // The numbers the form shows beside it, in their own left-to-right elements, on one line each.
  const suggestion = page.getByRole('button', { name: /الاستبدال بـ/ }).filter({ visible: true }).locator('bdi');
  await expect(suggestion).toHaveAttribute('dir', 'ltr');
  await expect(suggestion).toHaveCSS('white-space', 'nowrap');
  expect(await suggestion.evaluate((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size)).toBe(1);
  // Nothing was created: the number is refused (or waits to be confirmed).
  await expect(page).toHaveURL(/\/ar\/dashboard\/offices\/new/);
});

test('a phone number typed in Arabic-Indic digits is drawn in the order typed', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/ar/dashboard/offices/new');
  const number = page.locator('input[name="phones.0.number"]').filter({ visible: true });
  await expect(number).toHaveAttribute('dir', 'ltr');
  // dir="ltr" alone draws "٠٢ ٢٧٣٦ ٥١٤٠" as "٥١٤٠ ٢٧٣٦ ٠٢" (lib/bidi.ts strictlyLeftToRight).
  await number.fill('٠٢ ٢٧٣٦ ٥١٤٠');
  await expect(number).toHaveCSS('unicode-bidi', 'bidi-override');
  // An extension in Arabic words: the bidi algorithm again, or the words would run backwards.
  await number.fill('٠٢ ٢٧٣٦ ٥١٤٠ داخلي ١٢');
  await expect(number).not.toHaveCSS('unicode-bidi', 'bidi-override');
  await number.fill('+598 2916 8043');
  await expect(number).toHaveCSS('unicode-bidi', 'bidi-override');
});

test('a phone number typed in an Arabic release’s text is drawn as written, while it is written', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/ar/dashboard/articles/new?lang=ar');
  const body = page.getByRole('textbox', { name: 'النص' });
  await whenBodyLive(page, body);
  await body.click();
  await page.keyboard.type('للاستعلام: +598 2916 8043 أو البريد.');
  // Where Chromium draws each digit and the "+", left to right: without the isolate, group by
  // group from the right ("8043 2916 598+"), as the bidirectional algorithm orders them.
  const drawn = await body.evaluate((el) => {
    const found: { left: number; char: string }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = 0; i < node.data.length; i++) {
        if (!/[+\d]/.test(node.data[i]!)) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        found.push({ left: range.getBoundingClientRect().left, char: node.data[i]! });
      }
    }
    return found.sort((a, b) => a.left - b.left).map((c) => c.char).join('');
  });
  expect(drawn).toBe('+59829168043');
  // One run drawn on one line, its spaces kept as typed: plain spaces, not the browser's
  // no-break spaces for a run whose spaces would collapse, which the saved text would keep.
  await expect(body.locator('bdi[dir="ltr"]')).toHaveText('+598 2916 8043');
  await expect(body.locator('bdi[dir="ltr"]')).toHaveCSS('white-space', 'pre');
  expect(await body.textContent()).toBe('للاستعلام: +598 2916 8043 أو البريد.');
});

test('the tree’s branch mark turns with the writing direction', async ({ page }) => {
  await ensureAdmin(page);
  for (const [locale, scale] of [
    ['ar', '-1 1'],
    ['fr', 'none'],
  ] as const) {
    await page.goto(`/${locale}/dashboard/structure`);
    const mark = page.getByRole('main').locator('li span[aria-hidden="true"]', { hasText: '└' }).first();
    // A transform applies to a box, not to an inline run of text: inline-block, then mirrored.
    const style = await mark.evaluate((el) => ({ display: getComputedStyle(el).display, scale: getComputedStyle(el).scale }));
    expect(style.display).not.toBe('inline');
    expect(style.scale).toBe(scale);
  }
});

test('the text toolbar goes to the next line by whole groups beside the source, in Arabic', async ({ page }) => {
  await ensureAdmin(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  // The demo release's English translation, made from the French: the source stands beside it.
  await page.goto('/ar/dashboard/articles');
  await page.getByRole('row', { name: /Le Directeur général de l’OIM/ }).getByRole('link', { name: /^English:/ }).click();
  await expect(page).toHaveURL(/\/en$/);
  const toolbar = page.getByRole('toolbar', { name: 'تنسيق النص' }).filter({ visible: true });
  const top = async (name: string) => (await toolbar.getByRole('button', { name, exact: true }).boundingBox())!.y;
  // Undo and redo on one line, whatever fits before them.
  expect(await top('تراجع')).toBe(await top('إعادة'));
});

test('the numbered list button reads “1.” in every language, never “.1” in Arabic', async ({ page }) => {
  await ensureAdmin(page);
  for (const [locale, name] of [
    ['ar', 'قائمة مرقّمة'],
    ['fr', 'Liste numérotée'],
  ] as const) {
    await page.goto(`/${locale}/dashboard/articles/new`);
    const glyph = page.getByRole('button', { name, exact: true }).filter({ visible: true }).locator('span[aria-hidden="true"]');
    await expect(glyph).toHaveText('1.');
    // Where Chromium draws each character: the digit left of the full stop, as "1." is written.
    const [digit, stop] = await glyph.evaluate((el) => {
      const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('1')) as Text;
      const at = text.data.indexOf('1');
      const left = (start: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + 1);
        return range.getBoundingClientRect().left;
      };
      return [left(at), left(at + 1)];
    });
    expect(digit, locale).toBeLessThan(stop!);
  }
});
