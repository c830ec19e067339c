/**
 * The article list in the order asked (by title, last change or publication, either way), kept in
 * its address through the pages, the filters and a reload, with a sort state screen readers hear
 * (aria-sort); an unknown order in the address is the usual list. On a phone, each article is a
 * card whose four languages show without a sideways scroll, and a translation's source comes
 * before the form and its buttons (beside it on a wide screen).
 */
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { ensureAdmin, withClient } from './support';

const stamp = `tri${Date.now().toString(36)}`;
// One more than a page (20): the order must hold from one page to the next.
const WORDS = [
  'Zèbre', 'Abricot', 'Éléphant', 'Olive', 'Écluse', 'Banane', 'Mangue', 'Élan', 'Cerise', 'Noix', 'Datte',
  'Figue', 'Kiwi', 'Goyave', 'Poire', 'Hérisson', 'Iris', 'Jasmin', 'Lilas', 'Ananas', 'Yuzu',
];
const titles = WORDS.map((w) => `${w} ${stamp}`);

test.beforeAll(async () => {
  await withClient(async (client) => {
    for (const [i, title] of titles.entries()) {
      const { rows } = await client.query<{ id: string }>(`insert into articles (type) values ('press_release') returning id`);
      // Changed one minute apart, the first title last; published only every third, in 1990, so
      // that on the public news list they come after the demo release (2006) the site tests open.
      const changed = new Date(Date.UTC(2025, 4, 1, 8, i));
      await client.query(
        `insert into article_translations (article_id, locale, slug, title, body, status, publish_at, updated_at)
         values ($1, 'fr', $2, $3, '{"type":"doc","content":[]}', $4, $5, $6)`,
        [rows[0]!.id, `${stamp}-${i}`, title, i % 3 === 0 ? 'published' : 'draft', i % 3 === 0 ? new Date(Date.UTC(1990, 0, 1 + i)) : null, changed],
      );
      await client.query(`update articles set updated_at = $2 where id = $1`, [rows[0]!.id, changed]);
    }
  });
});

const header = (page: Page, name: string) => page.getByRole('columnheader', { name, exact: true });
const shownTitles = (page: Page) => page.getByRole('rowheader').allTextContents();

/** A column's sort link, named by its column (so is the header), saying what it does as its description. */
async function sortLink(page: Page, column: string, does: string) {
  const link = page.getByRole('columnheader', { name: column, exact: true }).getByRole('link', { name: column, exact: true });
  await expect(link).toHaveAccessibleDescription(does);
  return link;
}

test('the list sorts by title, last change and publication, and keeps the order through pages, filters and a reload', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto(`/fr/dashboard/articles?q=${stamp}`);
  await expect(page.getByText(`${titles.length} articles`)).toBeVisible();
  // As before: the last changed first, said as the state of the "Modifié" column only.
  await expect(header(page, 'Modifié')).toHaveAttribute('aria-sort', 'descending');
  await expect(header(page, 'Titre')).not.toHaveAttribute('aria-sort');
  await expect(header(page, 'Publication')).not.toHaveAttribute('aria-sort');
  expect(await shownTitles(page)).toEqual([...titles].reverse().slice(0, 20));
  // The modification's time too, not only its day.
  await expect(page.getByRole('row', { name: new RegExp(titles[20]!) }).getByRole('cell').nth(2)).toHaveText(/1 mai 2025.*\d{2}:\d{2}/);

  const byTitle = [...titles].sort(new Intl.Collator('fr').compare);
  await (await sortLink(page, 'Titre', 'Trier de A à Z')).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('sort') === 'title' && url.searchParams.get('q') === stamp);
  await expect(header(page, 'Titre')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, 'Modifié')).not.toHaveAttribute('aria-sort');
  // French order: the É words among the E's, not after Z.
  await expect.poll(() => shownTitles(page)).toEqual(byTitle.slice(0, 20));

  await page.getByRole('navigation', { name: 'Pages de résultats' }).getByRole('link', { name: /Suivant/ }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('sort') === 'title' && url.searchParams.get('page') === '2');
  await expect.poll(() => shownTitles(page)).toEqual(byTitle.slice(20));
  await expect(header(page, 'Titre')).toHaveAttribute('aria-sort', 'ascending');

  // A filter applied keeps the order (and starts again from the first page).
  await page.getByLabel('Langue', { exact: true }).selectOption('fr');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('sort') === 'title' && url.searchParams.get('lang') === 'fr' && !url.searchParams.has('page'));
  await expect.poll(() => shownTitles(page)).toEqual(byTitle.slice(0, 20));

  // The same header turns the order round; a reload keeps it.
  await (await sortLink(page, 'Titre', 'Trier de Z à A')).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('sort') === 'title' && url.searchParams.get('dir') === 'desc' && url.searchParams.get('lang') === 'fr');
  await page.reload();
  await expect(header(page, 'Titre')).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => shownTitles(page)).toEqual([...byTitle].reverse().slice(0, 20));

  // By publication, the newest first, the never published after; then the oldest first.
  const published = titles.filter((_, i) => i % 3 === 0);
  await (await sortLink(page, 'Publication', 'Trier du plus récent au plus ancien')).click();
  await expect(header(page, 'Publication')).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => (await shownTitles(page)).slice(0, published.length)).toEqual([...published].reverse());
  await expect(page.getByRole('row', { name: new RegExp(titles[20]!) }).getByRole('cell').nth(3)).toContainText('Non publié');
  await (await sortLink(page, 'Publication', 'Trier du plus ancien au plus récent')).click();
  await expect(header(page, 'Publication')).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => (await shownTitles(page)).slice(0, published.length)).toEqual(published);

  // Oldest change first.
  await (await sortLink(page, 'Modifié', 'Trier du plus récent au plus ancien')).click();
  await (await sortLink(page, 'Modifié', 'Trier du plus ancien au plus récent')).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('dir') === 'asc' && !url.searchParams.has('sort'));
  await expect(header(page, 'Modifié')).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => shownTitles(page)).toEqual(titles.slice(0, 20));
});

test('an order the list does not know is its usual one, never an error page', async ({ page }) => {
  await ensureAdmin(page);
  for (const query of ['sort=author&dir=up', 'sort=title%27--&dir=desc%3B', 'sort[]=title', 'dir=sideways']) {
    const response = await page.goto(`/fr/dashboard/articles?q=${stamp}&${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(header(page, 'Modifié')).toHaveAttribute('aria-sort', /descending|ascending/);
  }
  await page.goto(`/fr/dashboard/articles?q=${stamp}&sort=nonsense`);
  await expect(header(page, 'Modifié')).toHaveAttribute('aria-sort', 'descending');
  expect(await shownTitles(page)).toEqual([...titles].reverse().slice(0, 20));
});

for (const locale of ['fr', 'ar'] as const) {
  test(`on a phone (${locale}), every language of an article shows without a sideways scroll`, async ({ page }) => {
    await ensureAdmin(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/dashboard/articles`);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader') }).first();
    await expect(row).toBeVisible();
    // Each language's link, named by its language and state in either layout.
    const languages = row.getByRole('link', { name: /^(Français|English|Español|العربية)\s?:/ });
    await expect(languages).toHaveCount(4);
    for (const link of await languages.all()) {
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      // Said in words on the card too, not only by the column header the card has no room for.
      await expect(link).toContainText(/Français|English|Español|العربية/);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The sort choices are there too, and the cards are still a table to a screen reader.
    await expect(page.getByRole('columnheader', { name: locale === 'fr' ? 'Titre' : 'العنوان' }).getByRole('link')).toBeVisible();
    await expect(row.getByRole('cell')).toHaveCount(8);
    await expectNoA11yViolations(page);
  });

  test(`on a phone (${locale}), a translation's source comes before the form and its buttons; beside it on a wide screen`, async ({ page }) => {
    await ensureAdmin(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/dashboard/articles`);
    const sample = page.getByRole('row').filter({ hasText: 'Exemple d’actualité' });
    await sample.getByRole('link', { name: /^English/ }).click();
    const source = page.getByRole('main').getByRole('complementary').getByRole('heading', { level: 2 });
    await expect(source).toBeVisible();
    const title = page.getByRole('textbox', { name: locale === 'fr' ? 'Titre' : 'العنوان', exact: true });
    const save = page.getByRole('main').locator('form button[type=submit]').first();
    const [sourceBox, titleBox, saveBox] = [(await source.boundingBox())!, (await title.boundingBox())!, (await save.boundingBox())!];
    expect(sourceBox.y).toBeLessThan(titleBox.y);
    expect(titleBox.y).toBeLessThan(saveBox.y);
    await expectNoA11yViolations(page);

    // On a wide screen, beside the form as before: the form first in the reading direction.
    await page.setViewportSize({ width: 1440, height: 900 });
    const [wideSource, wideTitle] = [(await source.boundingBox())!, (await title.boundingBox())!];
    expect(Math.abs(wideSource.y - wideTitle.y)).toBeLessThan(200);
    if (locale === 'fr') expect(wideSource.x).toBeGreaterThan(wideTitle.x + wideTitle.width);
    else expect(wideSource.x + wideSource.width).toBeLessThan(wideTitle.x);
  });
}
