/**
 * The audit log's item filter takes the id as the list shows it: its first 8 characters find
 * the item, the whole id stays in the page (hover, screen readers, copy), and too short a start
 * is refused at the field, in the language of the page.
 */
import { expect, test } from '../fixtures';
import { typeset } from '../../lib/typography';
import { allSaved, createAccount, ensureAdmin, whenBodyLive, type Account } from '../dashboard/support';

test('an admin finds an item by the start of its id as the list shows it; too short a start is refused at the field', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const person: Account = { email: `ida.${stamp}@e2e.example.org`, name: `Ida Prefix ${stamp}`, role: 'writer' };
  createAccount(person);
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/users');
  await page.getByRole('link', { name: person.name }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/users\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;

  await page.goto('/fr/dashboard/audit');
  const field = page.getByLabel('Identifiant de l’élément').filter({ visible: true });
  await field.fill(id.slice(0, 8));
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]entityId=${id.slice(0, 8)}`));
  const row = page.getByRole('row').filter({ hasText: 'Création de compte' });
  await expect(row).toHaveCount(1);
  // Shown cut short, but whole for a screen reader, on hover, and when copied.
  const link = row.getByRole('link', { name: id, exact: true });
  await expect(link).toHaveAttribute('title', id);
  await expect(link).toHaveAttribute('href', `/fr/dashboard/users/${id}`);
  expect(await link.evaluate((a) => a.scrollWidth > a.clientWidth)).toBe(true);

  // Three characters: refused at the field, what was typed kept, no list and no export.
  await field.fill(id.slice(0, 3));
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(field).toHaveValue(id.slice(0, 3));
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Saisissez au moins 4 caractères : le début de l’identifiant suffit, tel que la liste l’affiche.');
  await expect(page.getByRole('main').getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Exporter en CSV' })).toHaveCount(0);

  await page.goto(`/ar/dashboard/audit?entityId=${id.slice(0, 3)}`);
  await expect(page.getByText('أدخل 4 أحرف على الأقل', { exact: false })).toBeVisible();
});

test('the zone of the times shown is named in the language of the page, not by its IANA id', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'America/Montevideo' });
  const page = await context.newPage();
  await ensureAdmin(page);
  // The audit log's times and day filters are the organization's (headquarters) zone.
  await page.goto('/fr/dashboard/audit');
  await expect(page.getByText(/Fuseau horaire\s: heure d’Europe centrale$/)).toBeVisible();
  await page.goto('/ar/dashboard/audit');
  await expect(page.getByText(/المنطقة الزمنية: توقيت وسط أوروبا$/)).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Europe/Zurich');
  // A publication time is typed in the editor's own zone, named once the page is live.
  await page.goto('/ar/dashboard/articles/new?lang=fr');
  const when = page.getByLabel(/تاريخ النشر ووقته/).filter({ visible: true });
  await expect(when).toHaveAccessibleDescription(/^بتوقيتك المحلي \(توقيت أوروغواي الرسمي\)/);
  await context.close();
});

test('a sign-out is logged with the address it came from, as every change is', async ({ page }) => {
  await ensureAdmin(page);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in\?signedOut=1/);
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/audit?action=auth.sign_out');
  const row = page.getByRole('row').filter({ hasText: 'Déconnexion' }).first();
  await expect(row).toContainText('Ada Admin');
  await expect(row).toContainText('127.0.0.1');
});

test('a topic renamed, then deleted, is named in the log by the names it had, and the rename shows old and new', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const before = `Essais QA ${stamp}`;
  const after = `Tests QA ${stamp}`;
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/topics/new');
  const french = page.getByRole('group', { name: /Français/ });
  await french.getByLabel('Nom du thème').fill(before);
  await page.getByRole('button', { name: 'Créer le thème' }).click();
  await expect(page.getByText(`« ${before} » est enregistré ; le site public est à jour.`)).toBeVisible();
  await page.getByRole('listitem').filter({ hasText: before }).getByRole('link', { name: before }).click();
  await french.getByLabel('Nom du thème').fill(after);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(`« ${after} » est enregistré ; le site public est à jour.`)).toBeVisible();
  await page.getByRole('listitem').filter({ hasText: after }).getByRole('link', { name: after }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/topics\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByRole('button', { name: 'Supprimer…' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.getByText(`Le thème « ${after} » est supprimé.`)).toBeVisible();

  await page.goto(`/fr/dashboard/audit?entityId=${id}`);
  const rows = page.getByRole('main').getByRole('row');
  await expect(rows.filter({ hasText: 'Création d’un thème' })).toContainText(before);
  await expect(rows.filter({ hasText: 'Suppression d’un thème' })).toContainText(after);
  const update = rows.filter({ hasText: 'Modification d’un thème' });
  await update.getByText('Afficher').click();
  await expect(update.getByRole('term').filter({ hasText: 'Nom (français)' })).toBeVisible();
  await expect(update.getByRole('definition').first()).toHaveText(`${before} → ${after}`);

  // The export names it too, in its title column.
  const csv = await (await page.request.get(`/fr/dashboard/audit/export?entityId=${id}&action=topic.delete`)).text();
  expect(csv).toContain(`,${id},${after},`);

  // In Arabic, by its French names (it has no other), each as it was then.
  await page.goto(`/ar/dashboard/audit?entityId=${id}`);
  await expect(page.getByRole('main').getByRole('row').filter({ hasText: after })).toHaveCount(2);
  // The creation by the name it had then (the rename's detail holds both).
  await expect(page.getByRole('main').getByRole('row').filter({ hasText: before, hasNotText: after })).toHaveCount(1);
});

test('a release’s shared settings changed by a save read in words in the log and its export, a topic deleted since by the name it had', async ({ page }) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36);
  const topic = `Pêche côtière ${stamp}`;
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/topics/new');
  await page.getByRole('group', { name: /Français/ }).getByLabel('Nom du thème').fill(topic);
  await page.getByRole('button', { name: 'Créer le thème' }).click();
  await expect(page.getByText(`« ${topic} » est enregistré ; le site public est à jour.`)).toBeVisible();

  // A release filed under it, then changed: another type, the topic taken off.
  await page.goto('/fr/dashboard/articles/new');
  await whenBodyLive(page, page.getByRole('textbox', { name: 'Texte' }));
  await page.keyboard.type('Un texte sur la pêche.');
  await page.getByLabel('Titre').filter({ visible: true }).fill(`Pêche ${stamp}`);
  await page.getByText('Contact, thèmes, pays et image').filter({ visible: true }).click();
  await page.getByRole('checkbox', { name: topic }).check();
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  const articleId = new URL(page.url()).pathname.split('/')[4]!;
  await page.getByLabel('Type', { exact: true }).filter({ visible: true }).selectOption({ label: 'Actualité' });
  await page.getByText('Contact, thèmes, pays et image').filter({ visible: true }).click();
  await page.getByRole('checkbox', { name: topic }).uncheck();
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();

  // The topic deleted from its own screen: its entry keeps its name.
  await page.goto('/fr/dashboard/topics');
  await page.getByRole('listitem').filter({ hasText: topic }).getByRole('link', { name: topic }).click();
  await page.getByRole('button', { name: 'Supprimer…' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.getByText(`Le thème « ${topic} » est supprimé.`)).toBeVisible();

  await page.goto(`/fr/dashboard/audit?entityId=${articleId.slice(0, 8)}&action=article.save`);
  const save = page.getByRole('main').getByRole('row').filter({ hasText: 'Enregistrement d’un article' });
  await expect(save).toHaveCount(1);
  await save.getByText('Afficher').click();
  const shared = save.getByRole('listitem');
  await expect(save.getByText('Réglages communs', { exact: true })).toBeVisible();
  await expect(shared).toHaveText(['Type : Actualité (auparavant : Communiqué de presse)', `Thèmes — retrait : ${topic} (supprimé depuis)`]);

  // The export says the same in its last column; its detail keeps the ids recorded.
  const csv = await (await page.request.get(`/fr/dashboard/audit/export?entityId=${articleId.slice(0, 8)}&action=article.save`)).text();
  expect(csv.split('\r\n')[0]!.endsWith(',Modifications en clair')).toBe(true);
  // The catalog's French spacing (no-break before the colon); the topic's name as stored.
  expect(csv).toContain(`"${typeset('Type : Actualité (auparavant : Communiqué de presse)', 'fr')}\n${typeset('Thèmes — retrait :', 'fr')} ${topic} (supprimé depuis)"`);
  expect(csv).toContain('""topicIds""');

  // In Arabic, in Arabic words; the topic by the (French) name it had.
  await page.goto(`/ar/dashboard/audit?entityId=${articleId.slice(0, 8)}&action=article.save`);
  const arabic = page.getByRole('main').getByRole('row').nth(1);
  await arabic.getByText('عرض', { exact: true }).click();
  await expect(arabic.getByRole('listitem')).toHaveText(['النوع: خبر (سابقا: بيان صحفي)', `المواضيع — أزيل: ${topic} (حذف منذ ذلك الحين)`]);
});

test('two people of the same name are told apart in the person filter, by their addresses', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const name = `Homonyme H ${stamp}`;
  const first: Account = { email: `homonyme.un.${stamp}@e2e.example.org`, name, role: 'writer' };
  const second: Account = { email: `homonyme.deux.${stamp}@e2e.example.org`, name, role: 'writer' };
  createAccount(first);
  createAccount(second);
  await ensureAdmin(page);
  for (const locale of ['fr', 'ar'] as const) {
    await page.goto(`/${locale}/dashboard/audit`);
    const person = page.locator('select[name="actor"]').filter({ visible: true });
    // Read once the list is there (allTextContents does not wait for it).
    await expect(person.locator('option').filter({ hasText: name })).toHaveCount(2);
    const labels = (await person.locator('option').allTextContents()).filter((l) => l.includes(name));
    // The name and the address, each isolated so that an address keeps its order in Arabic.
    expect(labels.map((l) => l.replace(/[\u2066-\u2069]/g, '')).sort()).toEqual([`${name} (${second.email})`, `${name} (${first.email})`]);
  }
});
