/**
 * Who a refusal names in the audit log: a writer disabled while their release editor is open
 * saves anyway — they are told their account is disabled (not to sign in again, which it cannot),
 * what they typed kept, and the admin finds the refused save under their name, with why, the
 * address it came from and the language of the release. A request with
 * no session at all is "Anonymous (no session)", not "System", which stays for entries that no
 * request made (the account created with the command line).
 */
import { expect, test } from '../fixtures';
import { allSaved, createAccount, ensureAdmin, signIn, whenBodyLive, type Account } from '../dashboard/support';

test('a disabled writer’s refused save is on record under their name; a request without a session is anonymous, not the system', async ({ page, browser, request }) => {
  // Two people in two browsers, the account made with the command line: more than the default 30 s.
  test.setTimeout(60_000);
  const stamp = Date.now().toString(36);
  const writer: Account = { email: `rita.${stamp}@e2e.example.org`, name: `Rita Refusée ${stamp}`, role: 'writer' };
  createAccount(writer);

  // The writer, in a browser of their own, has a saved release open.
  const writerContext = await browser.newContext();
  const editor = await writerContext.newPage();
  await signIn(editor, writer);
  await editor.goto('/fr/dashboard/articles/new?lang=fr');
  await whenBodyLive(editor, editor.getByRole('textbox', { name: 'Texte' }));
  await editor.keyboard.type('Le texte enregistré.');
  const title = editor.getByLabel('Titre', { exact: true }).filter({ visible: true });
  await title.fill(`Communiqué de ${writer.name}`);
  await editor.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(editor)).toBeVisible();
  await editor.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);

  // The admin disables the account.
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/users');
  const profile = (await page.getByRole('link', { name: writer.name }).getAttribute('href'))!;
  const userId = profile.split('/').pop()!;
  await page.goto(profile);
  await page.getByRole('button', { name: 'Désactiver le compte' }).click();
  await page.getByRole('button', { name: 'Oui, désactiver' }).click();
  await expect(page.getByText('Le compte est désactivé : la personne est déconnectée dès sa prochaine action.')).toBeVisible();

  // The writer saves again from the open editor: refused, what was typed kept.
  await title.fill(`Communiqué de ${writer.name}, corrigé`);
  await editor.getByRole('button', { name: 'Enregistrer le brouillon' }).filter({ visible: true }).click();
  await expect(editor.getByText('Votre compte a été désactivé : rien n’a été enregistré', { exact: false }).filter({ visible: true }).first()).toBeVisible();
  await expect(editor.getByText('Votre session a pris fin', { exact: false })).toHaveCount(0);
  await expect(title).toHaveValue(`Communiqué de ${writer.name}, corrigé`);
  await writerContext.close();

  // The refusal names the writer, says why, and has the address and the language.
  await page.goto(`/fr/dashboard/audit?actor=${userId}&outcome=denied`);
  const refused = page.getByRole('row').filter({ hasText: 'Enregistrement d’un article' });
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText(writer.name);
  await expect(refused).toContainText(writer.email);
  await expect(refused).toContainText('Refusé');
  await expect(refused).toContainText('FR');
  await expect(refused).toContainText(/127\.0\.0\.1|::1/);
  await refused.getByText('Afficher').click();
  await expect(refused).toContainText('"session": "account_disabled"');

  // A request with no session at all.
  expect((await request.get('/fr/dashboard/audit/export')).status()).toBe(401);
  await page.goto('/fr/dashboard/audit?action=audit.export&outcome=denied');
  const anonymous = page.getByRole('row').filter({ hasText: 'Export du journal' }).first();
  await expect(anonymous).toContainText('Anonyme (sans session)');
  await expect(anonymous).not.toContainText('Système');

  // The account created with the command line: no request, the system.
  await page.goto(`/fr/dashboard/audit?action=user.create&entityId=${userId}`);
  const created = page.getByRole('row').filter({ hasText: 'Création de compte' });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText('Système');
});
