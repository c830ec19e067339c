/**
 * Signing in, as the people it is for: someone who forgot their password and is locked out by
 * their own failed attempts is given a new link by an admin, chooses a password there and is in
 * at once (the guesses at the old password no longer count); someone who switches the sign-in
 * page to Arabic comes back to the screen they were going to, in Arabic.
 */
import { expect, test } from '../fixtures';
import { ADMIN, ensureAdmin, PASSWORD } from '../dashboard/support';

test('locked out by failed attempts, a person given a new link by an admin is signed in with the password chosen there', async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const name = `Lina Verrouillée ${stamp}`;
  const email = `lina.${stamp}@e2e.example.org`;
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/users/new');
  await page.getByLabel('Nom', { exact: true }).fill(name);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  const first = await page.getByLabel('Lien à usage unique pour choisir un mot de passe').inputValue();

  // A browser of their own, from an address of its own (the per-address count stays out of it).
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });
  const person = await context.newPage();
  await person.goto(first);
  await person.getByLabel('Nouveau mot de passe').fill(PASSWORD);
  await person.getByLabel('Confirmer le mot de passe').fill(PASSWORD);
  await person.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(person).toHaveURL(/\/fr\/dashboard/);
  await person.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(person).toHaveURL(/\/fr\/sign-in\?signedOut/);

  // Later, the password forgotten: five wrong guesses, then even the right one is refused.
  const signInForm = person.locator('form').filter({ has: person.getByRole('button', { name: 'Se connecter' }) });
  const attempt = async (password: string) => {
    await signInForm.getByLabel('Adresse e-mail').fill(email);
    await signInForm.getByLabel('Mot de passe', { exact: true }).fill(password);
    await signInForm.getByRole('button', { name: 'Se connecter' }).click();
  };
  for (let i = 0; i < 5; i++) {
    await attempt(`pas le bon mot de passe ${i}`);
    await expect(person.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' })).toBeVisible();
    // The same message again: wait for it to be the answer to this attempt.
    await expect(signInForm.getByRole('button', { name: 'Se connecter' })).toBeEnabled();
  }
  await attempt(PASSWORD);
  await expect(person.getByRole('alert').filter({ hasText: 'Trop de tentatives infructueuses.' })).toBeVisible();

  // An admin resets the password and passes the new link on.
  await page.goto('/fr/dashboard/users');
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Réinitialiser le mot de passe' }).click();
  await page.getByRole('button', { name: 'Oui, réinitialiser' }).click();
  const link = page.getByLabel('Lien à usage unique pour choisir un mot de passe');
  await expect(link).toHaveValue(/\/fr\/set-password\?token=/);

  // The person chooses a new password there and is in, not sent back to a sign-in that refuses it.
  await person.goto(await link.inputValue());
  await person.getByLabel('Nouveau mot de passe').fill(`${PASSWORD} neuf`);
  await person.getByLabel('Confirmer le mot de passe').fill(`${PASSWORD} neuf`);
  await person.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(person).toHaveURL((url) => url.pathname.startsWith('/fr/dashboard'));
  await expect(person.getByText(`Connecté : ${name}`)).toBeVisible();
  await context.close();
});

test('a person who switches the sign-in page to Arabic comes back to the screen they asked for, in Arabic', async ({ page, browser }) => {
  await ensureAdmin(page);
  const context = await browser.newContext();
  const guest = await context.newPage();
  // A French address of the dashboard, opened without a session (a link a colleague sent).
  await guest.goto('/fr/dashboard/users');
  await expect(guest).toHaveURL((url) => url.pathname === '/fr/sign-in' && url.searchParams.get('next') === '/fr/dashboard/users');
  await guest.getByRole('link', { name: 'العربية' }).click();
  await expect(guest).toHaveURL((url) => url.pathname === '/ar/sign-in');
  await expect(guest.getByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeVisible();
  await guest.getByLabel('البريد الإلكتروني').fill(ADMIN.email);
  await guest.getByLabel('كلمة المرور', { exact: true }).fill(PASSWORD);
  await guest.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(guest).toHaveURL((url) => url.pathname === '/ar/dashboard/users');
  await expect(guest.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(guest.getByRole('heading', { level: 1, name: 'المستخدمون' })).toBeVisible();
  await context.close();
});
