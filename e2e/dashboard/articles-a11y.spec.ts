/**
 * Accessibility of the article screens (axe, WCAG 2.2 AA) in French and Arabic, and the whole
 * draft → publish flow done with the keyboard only.
 */
import sharp from 'sharp';
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { allSaved, createAccount, EDITOR, ensureAdmin, stateChip, tabTo } from './support';

for (const locale of ['fr', 'ar'] as const) {
  test(`axe: article list, editor and history in ${locale}`, async ({ page }) => {
    // Three axe runs, the list holding every release the earlier specs made: past 30 s when
    // the machine is busy (seen at 34 s).
    test.setTimeout(90_000);
    await ensureAdmin(page);
    await page.goto(`/${locale}/dashboard/articles`);
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoA11yViolations(page);

    // The seeded release: its French translation, edited from a French or Arabic interface.
    const first = page.getByRole('table').getByRole('rowheader').first().getByRole('link');
    await first.click();
    await expect(page.getByRole('textbox', { name: locale === 'fr' ? 'Texte' : 'النص' })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('link', { name: locale === 'fr' ? 'Historique' : 'السجل' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);
  });
}

test('keyboard only: an editor drafts and publishes a release', async ({ page }) => {
  // A long flow (sign in, every field by keyboard, save, publish, read): ~24 s on a quiet
  // 2-core machine, past the default 30 s when the machine is busy.
  test.setTimeout(90_000);
  await ensureAdmin(page); // the first admin must exist before accounts are made
  createAccount(EDITOR);
  await page.context().clearCookies();
  const title = `Au clavier ${Date.now().toString(36)}`;

  await page.goto('/fr/sign-in?next=/fr/dashboard/articles');
  await tabTo(page, page.getByLabel('Adresse e-mail'));
  await page.keyboard.type(EDITOR.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type('un mot de passe de démonstration');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === '/fr/dashboard/articles');

  await tabTo(page, page.getByRole('link', { name: 'Nouvel article' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Titre').filter({ visible: true }));
  await page.keyboard.type(title);
  await tabTo(page, page.getByRole('textbox', { name: 'Texte' }));
  await page.keyboard.type('Un texte écrit sans souris. ');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type('En gras.');
  await page.keyboard.press('ControlOrMeta+B');
  // A link on the last word, from the toolbar: an address that cannot be one is refused at its
  // field, kept, with the focus left there; a good one applies, and the focus is back in the text.
  await page.keyboard.type(' Voir le site');
  await page.keyboard.press('Shift+ControlOrMeta+ArrowLeft');
  await tabTo(page, page.getByRole('button', { name: 'Lien', exact: true }), 30, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const address = page.getByRole('textbox', { name: 'Adresse du lien' });
  await expect(address).toBeFocused();
  await page.keyboard.type('pas une adresse');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Cette adresse ne peut pas servir de lien', { exact: false })).toBeVisible();
  await expect(address).toBeFocused();
  await expect(address).toHaveValue('pas une adresse');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  // A site address a browser would read as another host's (its backslash as a second slash).
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('/\\evil.example/phish');
  await page.keyboard.press('Enter');
  await expect(address).toHaveValue('/\\evil.example/phish');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'Texte' }).getByRole('link')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('https://www.iom.int');
  await page.keyboard.press('Enter');
  const body = page.getByRole('textbox', { name: 'Texte' });
  await expect(body).toBeFocused();
  await expect(body.getByRole('link', { name: 'site' })).toHaveAttribute('href', 'https://www.iom.int');
  await tabTo(page, page.getByRole('button', { name: 'Enregistrer le brouillon' }));
  await page.keyboard.press('Enter');
  await expect(allSaved(page)).toBeVisible();
  await expect(stateChip(page, 'Brouillon')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Enregistrer et publier' }));
  await page.keyboard.press('Enter');
  await expect(stateChip(page, 'Publié')).toBeVisible();

  await page.goto('/fr/news');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});

test('signed-in preview of a draft uses the public template in its language; readers cannot open it', async ({ page, browser }) => {
  await ensureAdmin(page);
  // An image of the delegates goes into the media library first.
  const stamp = Date.now().toString(36);
  await page.goto('/fr/dashboard/media/new');
  const photo = await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 40, g: 80, b: 120 } } }).png().toBuffer();
  await page.getByLabel('Image', { exact: true }).setInputFiles({ name: `delegues-${stamp}.png`, mimeType: 'image/png', buffer: photo });
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/media\/[0-9a-f-]{36}\?(uploaded|existing|completed)=1$/);
  const src = (await page.locator('figure code').textContent())!;
  await page.goto('/fr/dashboard/articles');
  await page.getByRole('link', { name: 'Nouvel article' }).click();
  const title = `Aperçu ${stamp}`;
  await page.getByLabel('Titre').filter({ visible: true }).fill(title);
  await page.getByLabel('Ville de la date').filter({ visible: true }).fill('Genève');
  await page.getByRole('textbox', { name: 'Texte' }).click();
  await page.keyboard.type('Texte de l’aperçu.');
  await page.getByText('Contact, thèmes, pays et image').click();
  // Not described yet, it is offered by its file's name.
  await page.getByLabel('Image principale').filter({ visible: true }).selectOption({ label: `delegues-${stamp}.png` });
  await page.getByLabel('Texte de remplacement de l’image (dans cette langue)').filter({ visible: true }).fill('Les délégués réunis à Genève');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  await page.getByRole('link', { name: 'Aperçu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Aperçu : cette version n’est peut-être pas encore visible des lecteurs.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await page.getByRole('img', { name: 'Les délégués réunis à Genève' }).getAttribute('srcset')).toContain(`/_next/image?url=${encodeURIComponent(src)}&`);
  const previewUrl = page.url();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(previewUrl);
  await expect(reader).toHaveURL(/\/fr\/sign-in/);
  await reader.context().close();
});
