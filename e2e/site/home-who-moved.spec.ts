/**
 * The home page opens with the statement of "who we are" and a link to it, wherever editors have
 * placed that page: moved under another one, it is still found (by its key, anywhere in the
 * navigation), at its new address. Moved back at the end, with the tags a move sends.
 */
import { NOTIFY_CHANNEL } from '../../lib/cache/channel';
import { expect, test } from '../fixtures';
import { withClient } from '../dashboard/support';

const tags = JSON.stringify({ tags: ['pages:fr', 'pages:en', 'pages:es', 'pages:ar'], from: 0 });

async function placeWhoWeAre(parentKey: string | null): Promise<void> {
  await withClient(async (c) => {
    await c.query(`update pages set parent_id = (select id from pages where key = $1) where key = 'who-we-are'`, [parentKey]);
    await c.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, tags]);
  });
}

test.afterAll(async () => placeWhoWeAre(null));

test('the home page keeps its "who we are" statement and link when that page is moved under another', async ({ page }) => {
  await placeWhoWeAre('our-work');
  const link = page.getByRole('link', { name: 'En savoir plus sur l’OIM' });
  await expect(async () => {
    await page.goto('/fr');
    await expect(link).toHaveAttribute('href', /^\/fr\/[^/]+\/qui-sommes-nous$/, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(page.locator('#who').locator('xpath=..').getByText('fait partie du système des Nations Unies', { exact: false })).toBeVisible();
  // The link leads to the page at its new place.
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(/^\/fr\/[^/]+\/qui-sommes-nous$/);
});
