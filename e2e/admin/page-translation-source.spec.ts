/**
 * An organization page's translation follows its French source, as a release's does: it starts
 * as a copy of the French, which may not be published as it is (refused at the text, naming
 * French, with what was typed kept); once the French changes it says "to update" in the list and
 * the editor, which shows what changed; "changes carried over" makes it current again.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, signIn, sql, whenBodyLive, withClient } from '../dashboard/support';

const TITLE = 'QA-Source';

async function typeBody(page: Page, text: string, { append = false } = {}): Promise<void> {
  const body = page.getByRole('textbox', { name: 'Texte' });
  await whenBodyLive(page, body);
  await body.click();
  await page.keyboard.press(append ? 'ControlOrMeta+End' : 'ControlOrMeta+A');
  await page.keyboard.type(text);
}

const englishCell = (page: Page) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: TITLE }) })
    .getByRole('link', { name: `Modifier « ${TITLE} » en anglais` });

test('a page translation made from the French is not published as a copy, and says when the French has changed', async ({ page }) => {
  test.setTimeout(90_000);
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  await page.goto('/fr/dashboard/pages/new');
  await page.getByLabel('Titre (français)').fill(TITLE);
  await page.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Texte en français/ })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/')[4]!;
  try {
    await typeBody(page, 'Notre mission.');
    await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
    await expect(page.getByText('Enregistré et publié : la page est en ligne et la navigation de cette langue est à jour.')).toBeVisible();

    // English, from a copy of the French: refused while the text is still that copy.
    await page.goto(`/fr/dashboard/pages/${id}/en`);
    await page.getByRole('button', { name: 'Partir d’une copie du texte en français' }).click();
    const title = page.getByLabel('Titre', { exact: true }).filter({ visible: true });
    await expect(title).toHaveValue(TITLE);
    await expect(page.getByRole('textbox', { name: 'Texte' })).toHaveText('Notre mission.');
    await title.fill('QA-Source in English');
    await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
    await expect(page.getByText('Ce texte est encore la copie de la version en français : traduisez-le avant de le publier. Votre saisie est conservée.')).toBeVisible();
    await expect(title).toHaveValue('QA-Source in English');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Texte en anglais.*Brouillon$/);

    await typeBody(page, 'Our mission.');
    await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
    await expect(page.getByText(/^Enregistré et publié/)).toBeVisible();
    await page.goto('/fr/dashboard/pages');
    await expect(englishCell(page)).toHaveText(/^\W*Publiée$/);

    // The French changes: the English is to update, in the list and in its editor, with what changed.
    await page.goto(`/fr/dashboard/pages/${id}/fr`);
    await typeBody(page, ' Élargie aux régions.', { append: true });
    await page.getByRole('button', { name: 'Enregistrer (en ligne)' }).click();
    await expect(page.getByText(/^Enregistré\s: la page publiée montre déjà le changement/)).toBeVisible();
    await page.goto('/fr/dashboard/pages');
    await expect(englishCell(page)).toHaveText(/Publiée.*À mettre à jour$/);
    await expect(englishCell(page)).toHaveAccessibleDescription('À mettre à jour');
    await englishCell(page).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Texte en anglais.*Publiée.*À mettre à jour$/);
    const changes = page.getByRole('region', { name: 'Modifié dans la source depuis votre traduction (version 2 → 3)' });
    await expect(changes).toContainText('Élargie aux régions.');

    // Carried over: current again.
    await typeBody(page, ' Extended to the regions.', { append: true });
    await page.getByRole('checkbox', { name: /La source a changé depuis cette traduction/ }).check();
    await page.getByRole('button', { name: 'Enregistrer (en ligne)' }).click();
    await expect(page.getByText(/^Enregistré\s: la page publiée montre déjà le changement/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Texte en anglais.*Publiée$/);
    await expect(changes).toHaveCount(0);
    await page.goto('/fr/dashboard/pages');
    await expect(englishCell(page)).toHaveText(/^\W*Publiée$/);
  } finally {
    // The other specs find the tree as the seed has it.
    await sql('delete from pages where id = $1', [id]);
  }
});

for (const locale of ['fr', 'ar'] as const) {
  test(`on a phone (${locale}), a page translation's source comes before the form; beside it on a wide screen`, async ({ page }) => {
    createAccount(EDITOR);
    await signIn(page, EDITOR, locale);
    const id = await withClient(async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `select t.page_id as id from page_translations t where t.locale = 'en' and t.source_locale = 'fr' order by t.title limit 1`,
      );
      return rows[0]!.id;
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/dashboard/pages/${id}/en`);
    // The panel and the scrolling text inside it bear the same name: the text itself.
    const source = page.getByRole('region', { name: locale === 'fr' ? 'Texte source (français)' : /الفرنسية/ }).last();
    const title = page.getByRole('textbox', { name: locale === 'fr' ? 'Titre' : 'العنوان', exact: true });
    const [sourceBox, titleBox] = [(await source.boundingBox())!, (await title.boundingBox())!];
    expect(sourceBox.y + sourceBox.height).toBeLessThan(titleBox.y);

    // On a wide screen, beside the form, as before.
    await page.setViewportSize({ width: 1440, height: 900 });
    const [wideSource, wideTitle] = [(await source.boundingBox())!, (await title.boundingBox())!];
    if (locale === 'fr') expect(wideSource.x).toBeGreaterThan(wideTitle.x + wideTitle.width);
    else expect(wideSource.x + wideSource.width).toBeLessThan(wideTitle.x);
    const heading = page.getByRole('heading', { level: 1 });
    expect((await heading.boundingBox())!.y).toBeLessThan(wideTitle.y);
  });
}
