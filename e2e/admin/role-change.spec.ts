/**
 * The last active admin cannot be demoted: the refusal says why at the role select (its error,
 * aria-invalid and aria-describedby), and the form still shows the role the person chose (and
 * the box they ticked), as every refused form here keeps what was sent. Disabling it is not
 * offered (the server would refuse it too).
 */
import { expect, test } from '../fixtures';
import { ADMIN, ensureAdmin } from '../dashboard/support';

test('demoting the last admin is refused, and the chosen role stays in the form', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/users');
  await page.getByRole('link', { name: ADMIN.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(ADMIN.name) })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Rôle' });
  const role = panel.getByLabel('Rôle', { exact: true });
  const self = panel.getByLabel('Il s’agit de mon propre compte', { exact: false });
  await expect(role).toHaveValue('admin');
  // Disabling the account is not offered at all, and the panel says why where the button would be.
  const access = page.getByRole('region', { name: 'Accès' });
  await expect(access.getByText('Ce compte ne peut pas être désactivé : c’est le dernier administrateur actif.')).toBeVisible();
  await expect(access.getByRole('button', { name: 'Désactiver le compte' })).toHaveCount(0);
  await expect(access.getByRole('button', { name: 'Fermer toutes les sessions' })).toBeVisible();

  // Sent twice with the same choice: each answer shows it again.
  for (let attempt = 0; attempt < 2; attempt++) {
    await role.selectOption('writer');
    await self.check();
    await panel.getByRole('button', { name: 'Changer le rôle' }).click();
    // The refusal is the role's own error, as any field's: the focus goes to the form's summary
    // (the answer has come), and the select is marked invalid and described by the message
    // (after its hint), so a screen reader on it hears why.
    await expect(page.locator(':focus')).toContainText('Certains champs sont à corriger.');
    await expect(role).toHaveAttribute('aria-invalid', 'true');
    await expect(role).toHaveAccessibleDescription(/Refusé\s: c’est le dernier administrateur actif\./);
    await expect(panel.getByText('Refusé : c’est le dernier administrateur actif.', { exact: false })).toBeVisible();
    await expect(role).toHaveValue('writer');
    await expect(role.locator('option:checked')).toHaveText('Rédacteur');
    await expect(self).toBeChecked();
  }
  // Nothing changed: the account is still an admin.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Rôle' }).getByLabel('Rôle', { exact: true })).toHaveValue('admin');
});
