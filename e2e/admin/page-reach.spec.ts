/**
 * A published organization page under one that is not published in its language answers 404
 * (its address runs through the parent's): unpublishing a parent says which published sub-pages
 * go with it, and the dashboard says "published, offline" — why, and with no link to a 404 —
 * rather than "published"; publishing under an unpublished parent does not claim to be online.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, signIn, sql } from '../dashboard/support';

const PARENT = 'QA-Parent';
const CHILD = 'QA-Enfant';
const GRANDCHILD = 'QA-Petit-enfant';

/** Creates a page (under `parent`, by its title in the list) and publishes its French text; its id. */
async function publishedPage(page: Page, title: string, parent?: string): Promise<string> {
  await page.goto('/fr/dashboard/pages/new');
  await page.getByLabel('Titre (français)').fill(title);
  if (parent) {
    // Options are indented by depth: chosen by value.
    const select = page.getByLabel('Page parente');
    const value = await select.locator('option').filter({ hasText: new RegExp(`^\\s*${parent}$`) }).getAttribute('value');
    await select.selectOption(value!);
  }
  await page.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Texte en français/ })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/')[4]!;
  await page.getByRole('button', { name: 'Publier la version enregistrée' }).click();
  await expect(page.getByText('Publiée : la page est en ligne et la navigation de cette langue est à jour.')).toBeVisible();
  return id;
}

test('unpublishing a parent names the sub-pages it takes offline; the dashboard says they are offline', async ({ page }) => {
  // Three pages created and published through the screens, then two languages of checks.
  test.setTimeout(90_000);
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  const parent = await publishedPage(page, PARENT);
  const child = await publishedPage(page, CHILD, PARENT);
  const grandchild = await publishedPage(page, GRANDCHILD, CHILD);
  try {
    expect((await page.request.get('/fr/qa-parent/qa-enfant/qa-petit-enfant')).status()).toBe(200);

    await page.goto(`/fr/dashboard/pages/${parent}/fr`);
    await page.getByRole('button', { name: 'Dépublier' }).click();
    await expect(
      page.getByText(
        'Dépublier la version en français ? Elle quittera le site et la navigation ; le texte est conservé. Ses 2 sous-pages publiées en français quitteront aussi le site : « QA-Enfant » et « QA-Petit-enfant ».',
      ),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Oui, dépublier' }).click();
    await expect(
      page.getByText('Dépubliée : la page a quitté le site et la navigation de cette langue, avec ses 2 sous-pages publiées : « QA-Enfant » et « QA-Petit-enfant ».'),
    ).toBeVisible();
    expect((await page.request.get('/fr/qa-parent/qa-enfant')).status()).toBe(404);

    // The list: both sub-pages "published, offline" in French, and why.
    await page.goto('/fr/dashboard/pages');
    for (const title of [CHILD, GRANDCHILD]) {
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
      const french = row.getByRole('link', { name: `Modifier « ${title} » en français` });
      await expect(french).toHaveText(/Publiée, hors ligne$/);
      await expect(french).toHaveAccessibleDescription(/^Hors ligne\s: la page «\sQA-Parent\s», dont elle dépend, n’est pas publiée en français\./);
    }

    // The editor: the same state, why, and no link to the 404.
    await page.goto(`/fr/dashboard/pages/${child}/fr`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Texte en français.*Publiée, hors ligne$/);
    await expect(
      page.getByText('Hors ligne : la page « QA-Parent », dont elle dépend, n’est pas publiée en français. Son adresse ne répond pas ; elle apparaîtra sur le site dès que cette page le sera.'),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Voir la page sur le site' })).toHaveCount(0);

    // Published back, the branch is online again, with its link.
    await page.goto(`/fr/dashboard/pages/${parent}/fr`);
    await page.getByRole('button', { name: 'Publier la version enregistrée' }).click();
    await expect(page.getByText('Publiée : la page est en ligne et la navigation de cette langue est à jour.')).toBeVisible();
    await page.goto(`/fr/dashboard/pages/${child}/fr`);
    await expect(page.getByRole('link', { name: 'Voir la page sur le site' })).toHaveAttribute('href', '/fr/qa-parent/qa-enfant');

    // In English, where the parent has no text: published, but not online, and said so.
    await page.goto(`/fr/dashboard/pages/${child}/en`);
    await page.getByLabel('Titre', { exact: true }).filter({ visible: true }).fill('QA-Child');
    await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
    await expect(
      page.getByText('Enregistré et publié, mais pas encore en ligne : la page apparaîtra sur le site dès que la page « QA-Parent », dont elle dépend, sera publiée en anglais.'),
    ).toBeVisible();
    await expect(page.getByText('Enregistré et publié : la page est en ligne')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Voir la page sur le site' })).toHaveCount(0);
    expect((await page.request.get('/en/qa-parent/qa-child')).status()).toBe(404);
  } finally {
    // The other specs find the tree as the seed has it.
    for (const id of [grandchild, child, parent]) await sql('delete from pages where id = $1', [id]);
  }
});
