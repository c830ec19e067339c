/**
 * Issue 4: an editor renames a profile page in Spanish and the Spanish navigation shows it at
 * once (and only the Spanish one), its home page and news list rendered before the save answers.
 * The title is put back at the end.
 */
import { expect, test } from '../fixtures';
import { createAccount, signIn, type Account } from '../dashboard/support';

const PAULA: Account = { email: 'paula.pages@e2e.example.org', name: 'Paula Páginas', role: 'editor' };
const OLD = 'Datos e investigación';
const NEW = 'Datos, investigación y publicaciones';

test('an editor renames a profile page in Spanish; the Spanish navigation shows it at once', async ({ page, browser }) => {
  createAccount(PAULA);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/es');
  const nav = reader.getByRole('navigation', { name: 'Navegación principal' });
  await expect(nav.getByRole('link', { name: OLD, exact: true })).toBeVisible();

  await signIn(page, PAULA, 'es');
  await page.goto('/es/dashboard/pages');
  await page.getByRole('link', { name: `Editar «${OLD}» en español` }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Texto en español/ })).toBeVisible();
  await page.getByLabel('Título', { exact: true }).fill(NEW);
  await page.getByRole('button', { name: 'Guardar (en línea)' }).click();
  await expect(page.getByText('Guardado: la página publicada ya muestra el cambio y la navegación de este idioma está al día.')).toBeVisible();

  // Rendered again before the save answered (lib/cache/warm.ts): the Spanish home page and news
  // list, whose navigation changed, are served stored to their first readers, already renamed.
  for (const path of ['/es/news', '/es']) {
    const first = await reader.request.get(path);
    expect(first.headers()['x-nextjs-cache'], path).toBe('HIT');
    expect(await first.text(), path).toContain(NEW);
  }
  await reader.goto('/es');
  await expect(nav.getByRole('link', { name: NEW, exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: OLD, exact: true })).toHaveCount(0);
  await nav.getByRole('link', { name: NEW, exact: true }).click();
  await expect(reader.getByRole('heading', { level: 1, name: NEW })).toBeVisible();
  // Other languages keep their own title.
  await reader.goto('/fr');
  await expect(reader.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Données et recherche', exact: true })).toBeVisible();

  // The revision is in the history; restoring version 1 puts the title back (readers see the
  // page, so the history asks first).
  await page.getByRole('link', { name: 'Historial de versiones' }).click();
  await page.getByRole('button', { name: 'Restaurar la versión 1' }).click();
  await expect(page.getByText('Los lectores ven esta traducción', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Sí, restaurar' }).click();
  await expect(page.getByText('La versión elegida se ha restaurado como una nueva versión.')).toBeVisible();
  await expect(page.getByLabel('Título', { exact: true })).toHaveValue(OLD);
  await reader.goto('/es');
  await expect(nav.getByRole('link', { name: OLD, exact: true })).toBeVisible();
});
