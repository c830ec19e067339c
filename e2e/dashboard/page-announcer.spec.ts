/**
 * What the dashboard says to a screen-reader user after a save: the confirmation is drawn where
 * it belongs, while the focus stays on the button pressed, so the page's own live region
 * (components/dashboard/page-announcer.tsx) says it — also when the second save brings the screen
 * back exactly as the first left it, and never after a refusal.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { ensureAdmin } from './support';
import { typeset } from '../../lib/typography';

const SAVED = 'Les modifications sont enregistrées et déjà visibles sur le site.';

/** Everything the live region said, in order (it is in a closed shadow root: the hook keeps its root). */
async function listen(page: Page) {
  await page.addInitScript(() => {
    const said: string[] = [];
    Object.assign(window, { __said: said });
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      if (this.hasAttribute('data-page-announcer')) {
        new MutationObserver(() => {
          const text = root.textContent?.trim();
          if (text) said.push(text);
        }).observe(root, { childList: true, characterData: true, subtree: true });
      }
      return root;
    };
  });
  return () => page.evaluate(() => [...(window as unknown as { __said: string[] }).__said]);
}

test('a save is said by the page’s live region each time, a refusal is not, and the text is on the page once', async ({ page }) => {
  test.setTimeout(90_000);
  const said = await listen(page);
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/offices');
  await page.getByRole('link', { name: 'Bureau de l’OIM à Montevideo' }).click();
  const address = page.getByLabel('Adresse', { exact: true }).filter({ visible: true }).first();
  const city = page.getByLabel('Ville', { exact: true }).filter({ visible: true }).first();
  await expect(address).toBeVisible();
  const stored = await address.inputValue();
  const save = page.getByRole('button', { name: 'Enregistrer' });
  try {
    await expect(async () => {
      await address.fill(`${stored} (A)`);
      await expect(address).toHaveValue(`${stored} (A)`, { timeout: 1_000 });
    }).toPass();
    await save.click();
    await expect(page).toHaveURL(/\?saved=updated$/);
    await expect.poll(said).toEqual([SAVED]);
    // Said to assistive technology (the accessibility tree is built through the shadow root),
    // and not a second copy of the text in the document.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string } }[] };
    expect(nodes.some((n) => n.role?.value === 'StaticText' && n.name?.value === SAVED)).toBe(true);
    expect(nodes.filter((n) => n.role?.value === 'status').length).toBeGreaterThan(0);
    await expect(page.getByText(SAVED)).toHaveCount(1);

    // The same message at the same address again: said again.
    await address.fill(`${stored} (B)`);
    await save.click();
    await expect(address).toHaveValue(`${stored} (B)`);
    await expect.poll(said).toEqual([SAVED, SAVED]);

    // Refused (a required field emptied): the confirmation still on the screen is not said.
    const cityStored = await city.inputValue();
    await city.fill('');
    await save.click();
    await expect(city).toHaveAttribute('aria-invalid', 'true');
    await page.waitForTimeout(500);
    expect(await said()).toEqual([SAVED, SAVED]);
    await city.fill(cityStored);
  } finally {
    await page.goto(page.url().replace(/\?.*$/, ''));
    await expect(address).toBeVisible();
    if ((await address.inputValue()) !== stored) {
      await address.fill(stored);
      await save.click();
      await expect(page).toHaveURL(/\?saved=updated$/);
      await expect(address).toHaveValue(stored);
    }
  }
});

test('a topic saved twice brings the list back as it was, and is said both times', async ({ page }) => {
  test.setTimeout(90_000);
  const said = await listen(page);
  await ensureAdmin(page);
  const message = typeset('« Droits des migrants » est enregistré ; le site public est à jour.', 'fr');
  // Followed by links, as a person does: one page, one live region, all it says.
  await page.goto('/fr/dashboard/topics');
  for (const times of [1, 2]) {
    await page.getByRole('link', { name: 'Droits des migrants', exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page).toHaveURL(/\/fr\/dashboard\/topics\?saved=[0-9a-f-]{36}$/);
    await expect(page.getByText(message)).toBeVisible();
    await expect.poll(said).toEqual(Array(times).fill(message));
  }
});
