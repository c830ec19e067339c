/**
 * An admin corrects a person's name and sign-in address: an address another account uses is
 * refused at its field with everything typed kept; the corrected address is the one the person
 * signs in with from then on, and the audit log says what changed.
 */
import { domainToASCII } from 'node:url';
import { expect, test } from '../fixtures';
import { ADMIN, createAccount, ensureAdmin, signIn, type Account } from '../dashboard/support';

test('an admin corrects a name and an address; a taken address is refused at its field', async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const person: Account = { email: `walt.${stamp}@e2e.example.org`, name: `Walt Typo ${stamp}`, role: 'writer' };
  createAccount(person);
  await ensureAdmin(page);

  await page.goto('/fr/dashboard/users');
  await page.getByRole('link', { name: person.name }).click();
  const details = page.getByRole('region', { name: 'Coordonnées' });
  await expect(details.getByLabel('Adresse e-mail')).toHaveValue(person.email);

  // Someone else's address, in capitals: refused at the field, nothing typed is lost.
  const fixedName = `Walter Fixed ${stamp}`;
  await details.getByLabel('Nom').fill(fixedName);
  await details.getByLabel('Adresse e-mail').fill(ADMIN.email.toUpperCase());
  await details.getByRole('button', { name: 'Enregistrer les coordonnées' }).click();
  const email = details.getByLabel('Adresse e-mail');
  await expect(email).toHaveAccessibleDescription(/Un compte utilise déjà cette adresse e-mail\./);
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(details.getByLabel('Nom')).toHaveValue(fixedName);

  // A free address: saved, shown, and the one the person signs in with.
  const newEmail = `walter.${stamp}@e2e.example.org`;
  await details.getByLabel('Adresse e-mail').fill(newEmail);
  await details.getByRole('button', { name: 'Enregistrer les coordonnées' }).click();
  await expect(page.getByText('Les coordonnées sont enregistrées : la personne se connecte désormais avec l’adresse indiquée ci-dessus.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fixedName);
  await expect(page.getByRole('region', { name: 'Coordonnées' }).getByLabel('Adresse e-mail')).toHaveValue(newEmail);

  // Sent again unchanged: nothing saved, and said so; the name alone: no word of the address.
  await page.getByRole('region', { name: 'Coordonnées' }).getByRole('button', { name: 'Enregistrer les coordonnées' }).click();
  await expect(page.getByText('Rien à enregistrer : les coordonnées envoyées sont celles du compte.')).toBeVisible();
  await page.getByRole('region', { name: 'Coordonnées' }).getByLabel('Nom').fill(`${fixedName} II`);
  await page.getByRole('region', { name: 'Coordonnées' }).getByRole('button', { name: 'Enregistrer les coordonnées' }).click();
  await expect(page.getByText('Les coordonnées sont enregistrées.', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${fixedName} II`);

  const other = await browser.newContext();
  const personPage = await other.newPage();
  await signIn(personPage, { ...person, email: newEmail });
  await other.close();

  // The audit log keeps the change, before and after.
  await page.goto('/fr/dashboard/audit?action=user.update');
  // Every entry names the account as it was then; the address change alone holds the old address.
  const row = page.getByRole('row').filter({ hasText: 'Modification des coordonnées d’un compte' }).filter({ hasText: person.email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Ada Admin');
  // The detail (a closed disclosure in the row) names the address before and after.
  await expect(row).toContainText(newEmail);
  await expect(row).toContainText(fixedName);
});

test('an address with an internationalized domain reads in its letters and signs in typed either way', async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const person: Account = { email: `nina.${stamp}@bücher-e2e.example`, name: `Nina Idn ${stamp}`, role: 'writer' };
  createAccount(person);
  await ensureAdmin(page);

  await page.goto('/fr/dashboard/users');
  await expect(page.getByRole('row').filter({ hasText: person.name })).toContainText(person.email);
  await page.getByRole('link', { name: person.name }).click();
  const details = page.getByRole('region', { name: 'Coordonnées' });
  await expect(details.getByLabel('Adresse e-mail')).toHaveValue(person.email);
  // The address as shown, sent back: the same address. (The first save stores the page language
  // the account had none of; the second has nothing left to save.)
  await details.getByRole('button', { name: 'Enregistrer les coordonnées' }).click();
  await expect(page.getByText('Les coordonnées sont enregistrées.', { exact: true })).toBeVisible();
  await page.getByRole('region', { name: 'Coordonnées' }).getByRole('button', { name: 'Enregistrer les coordonnées' }).click();
  await expect(page.getByText('Rien à enregistrer : les coordonnées envoyées sont celles du compte.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Coordonnées' }).getByLabel('Adresse e-mail')).toHaveValue(person.email);

  const ascii = `nina.${stamp}@${domainToASCII('bücher-e2e.example')}`;
  expect(ascii).toMatch(/@xn--/);
  for (const email of [person.email, ascii.toUpperCase()]) {
    const other = await browser.newContext();
    await signIn(await other.newPage(), { ...person, email });
    await other.close();
  }
});

test('a one-time link’s expiry is said in the admin’s own time zone, as every dashboard time', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'America/Montevideo' });
  const page = await context.newPage();
  await ensureAdmin(page);
  const stamp = Date.now().toString(36);
  await page.goto('/fr/dashboard/users/new');
  await page.getByLabel('Nom', { exact: true }).fill(`Zoé Fuseau ${stamp}`);
  await page.getByLabel('Adresse e-mail').fill(`zoe.${stamp}@e2e.example.org`);
  await page.getByLabel('Rôle').selectOption('writer');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  // Montevideo is three hours behind UTC all year; the site's own zone (Europe/Zurich) is not.
  await expect(page.getByText('Ce lien ne s’affiche qu’une fois', { exact: false })).toContainText(/Il expire le .*UTC[−-]3\./);
  await context.close();
});

test('saving one form of an account keeps what is typed in the others', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const person: Account = { email: `wren.${stamp}@e2e.example.org`, name: `Wren Two Forms ${stamp}`, role: 'writer' };
  createAccount(person);
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/users');
  await page.getByRole('link', { name: person.name }).click();
  const details = page.getByRole('region', { name: 'Coordonnées' });
  const role = page.getByRole('region', { name: 'Rôle' });
  await expect(details.getByLabel('Nom')).toHaveValue(person.name);

  // A role chosen, not yet sent; the details sent: saved, and the choice still there.
  await role.getByLabel('Rôle').selectOption('editor');
  await details.getByLabel('Nom').fill(`${person.name} bis`);
  await details.getByRole('button', { name: 'Enregistrer les coordonnées' }).click();
  await expect(page.getByText('Les coordonnées sont enregistrées.', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${person.name} bis`);
  await expect(role.getByLabel('Rôle')).toHaveValue('editor');

  // A name typed, not yet sent; the role sent: changed everywhere it shows, the name still there.
  await details.getByLabel('Nom').fill('Pas encore envoyé');
  await role.getByRole('button', { name: 'Changer le rôle' }).click();
  await expect(page).toHaveURL(/done=roleChanged/);
  await expect(page.getByRole('definition').filter({ hasText: 'Éditeur' })).toHaveCount(1);
  await expect(role.getByLabel('Rôle')).toHaveValue('editor');
  await expect(details.getByLabel('Nom')).toHaveValue('Pas encore envoyé');
});
