/**
 * Topics: one filed on a release names it (linked to its editor) instead of offering deletion;
 * an editor renames one in English and the English release page filed under it shows
 * the new name, linking to the topic's new list, at once, while the old list address leads to
 * the new one; a new topic is refused at the very
 * field that is wrong, with what was typed kept, then created and deleted. The name is put back.
 */
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, signIn } from '../dashboard/support';

const EN_TITLE = 'IOM Director General to attend Ibero-American Summit';
const OLD = 'Migrant rights';
const NEW = 'Rights of migrants';

test('an editor renames a topic; the release filed under it shows the new name and list at once', async ({ page, browser }) => {
  createAccount(EDITOR);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/en/news');
  await reader.getByRole('link', { name: EN_TITLE }).click();
  const release = reader.url();
  await expect(reader.getByRole('article').getByRole('link', { name: OLD, exact: true })).toBeVisible();

  await signIn(page, EDITOR, 'en');
  await page.getByRole('navigation', { name: 'Newsroom sections' }).getByRole('link', { name: 'Topics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible();
  await page.getByRole('link', { name: OLD, exact: true }).click();
  await expect(page.getByText('1 release is filed under this topic: its page follows every change.')).toBeVisible();
  // Filed on a release: it cannot be deleted, and the page says why instead of offering to.
  await expect(page.getByText('1 release is filed under this topic: remove the topic from it before deleting the topic.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete…' })).toHaveCount(0);
  // Which one, in the interface's language, linked to its editor, to take the topic off it there.
  const deletion = page.getByRole('region', { name: 'Deletion' });
  await expect(deletion.getByRole('listitem')).toHaveCount(1);
  await expect(deletion.getByRole('link', { name: EN_TITLE })).toHaveAttribute('href', /^\/en\/dashboard\/articles\/[0-9a-f-]{36}\/en$/);

  const english = page.getByRole('group', { name: 'English' });
  await english.getByLabel('Topic name').fill(NEW);
  await english.getByLabel('Address of its list').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`“${NEW}” is saved; the public site is up to date.`)).toBeVisible();

  await reader.goto(release);
  const article = reader.getByRole('article');
  await expect(article.getByRole('link', { name: OLD, exact: true })).toHaveCount(0);
  await article.getByRole('link', { name: NEW, exact: true }).click();
  await expect(reader).toHaveURL(/\/en\/news\/topic\/rights-of-migrants$/);
  await expect(reader.getByRole('heading', { level: 1, name: `Topic: ${NEW}` })).toBeVisible();
  await expect(reader.getByRole('link', { name: EN_TITLE })).toBeVisible();
  // The former address leads to the new one (bookmarks, links from elsewhere), any page of it.
  await reader.goto('/en/news/topic/migrant-rights');
  await expect(reader).toHaveURL(/\/en\/news\/topic\/rights-of-migrants$/);
  await expect(reader.getByRole('heading', { level: 1, name: `Topic: ${NEW}` })).toBeVisible();
  const paged = await reader.request.get('/en/news/topic/migrant-rights/page/2', { maxRedirects: 0 });
  expect(paged.status()).toBe(308);
  // Every Location line: Next 16 repeats it on the render that fills its cache (vercel/next.js#82117).
  const locations = paged.headersArray().filter((h) => h.name.toLowerCase() === 'location');
  expect(new Set(locations.map((h) => h.value))).toEqual(new Set(['/en/news/topic/rights-of-migrants/page/2']));
  // Other languages keep their own name.
  await reader.goto('/fr/news');
  await expect(reader.getByRole('navigation', { name: 'Filtrer les actualités' }).getByRole('link', { name: 'Droits des migrants' })).toBeVisible();

  // Put back, with the old address typed.
  await page.getByRole('link', { name: NEW, exact: true }).click();
  await english.getByLabel('Topic name').fill(OLD);
  await english.getByLabel('Address of its list').fill('migrant-rights');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`“${OLD}” is saved; the public site is up to date.`)).toBeVisible();
  await reader.goto(release);
  await expect(reader.getByRole('article').getByRole('link', { name: OLD, exact: true })).toHaveAttribute('href', '/en/news/topic/migrant-rights');
  // The address taken back is the list again; the one given up now leads to it.
  await reader.goto('/en/news/topic/rights-of-migrants');
  await expect(reader).toHaveURL(/\/en\/news\/topic\/migrant-rights$/);
  await expect(reader.getByRole('heading', { level: 1, name: `Topic: ${OLD}` })).toBeVisible();
});

test('a new topic is refused at the wrong field with what was typed kept, then created and deleted', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  await page.goto('/fr/dashboard/topics/new');
  const french = page.getByRole('group', { name: /Français/ });
  const arabic = page.getByRole('group', { name: /العربية/ });
  await french.getByLabel('Nom du thème').fill('Climat et migration');
  // An address another topic holds, and an Arabic address with no Arabic name.
  await french.getByLabel('Adresse de sa liste').fill('droits-des-migrants');
  await arabic.getByLabel('Adresse de sa liste').fill('climat');
  await page.getByRole('button', { name: 'Créer le thème' }).click();
  await expect(arabic.getByLabel('Nom du thème')).toHaveAttribute('aria-invalid', 'true');
  await expect(arabic.getByText('Donnez un nom au thème dans cette langue, ou videz son adresse.')).toBeVisible();
  await expect(french.getByLabel('Nom du thème')).toHaveValue('Climat et migration');
  await expect(arabic.getByLabel('Adresse de sa liste')).toHaveValue('climat');

  await arabic.getByLabel('Nom du thème').fill('المناخ والهجرة');
  await page.getByRole('button', { name: 'Créer le thème' }).click();
  await expect(french.getByText('Un autre thème de cette langue utilise déjà cette adresse.')).toBeVisible();
  await expect(french.getByLabel('Adresse de sa liste')).toHaveAttribute('aria-invalid', 'true');
  await expect(arabic.getByLabel('Nom du thème')).toHaveValue('المناخ والهجرة');

  await french.getByLabel('Adresse de sa liste').fill('');
  await page.getByRole('button', { name: 'Créer le thème' }).click();
  await expect(page.getByText('« Climat et migration » est enregistré ; le site public est à jour.')).toBeVisible();
  const row = page.getByRole('listitem').filter({ hasText: 'Climat et migration' });
  await expect(row.getByText('aucun communiqué')).toBeVisible();

  await row.getByRole('link', { name: 'Climat et migration' }).click();
  await expect(french.getByLabel('Adresse de sa liste')).toHaveValue('climat-et-migration');
  await page.getByRole('button', { name: 'Supprimer…' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  // The list names what was deleted: it can no longer read it, the address carries it.
  await expect(page.getByText('Le thème « Climat et migration » est supprimé.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Climat et migration' })).toHaveCount(0);
});

test('the name a deleted message shows is only text, its length capped, and without one the message still holds', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  // Markup typed into the address is shown as the characters it is, never as markup.
  await page.goto(`/fr/dashboard/topics?deleted=${encodeURIComponent('<img src=x onerror=alert(1)><b>Gras</b>')}`);
  await expect(page.getByText('Le thème « <img src=x onerror=alert(1)><b>Gras</b> » est supprimé.')).toBeVisible();
  await expect(page.locator('main b, main img[src=x]')).toHaveCount(0);
  // A name longer than any is cut.
  await page.goto(`/fr/dashboard/topics?deleted=${'a'.repeat(3000)}`);
  await expect(page.getByText(`Le thème « ${'a'.repeat(119)}… » est supprimé.`)).toBeVisible();
  // An older address (`deleted=1`), an empty or a doubled one: the message without a name.
  for (const query of ['deleted=1', 'deleted=', 'deleted=a&deleted=b', `deleted=${encodeURIComponent('\u202e\u200f')}`]) {
    await page.goto(`/fr/dashboard/topics?${query}`);
    await expect(page.getByText('Le thème est supprimé.'), query).toBeVisible();
  }
  // In Arabic, a French name keeps its own order inside the sentence.
  await page.goto(`/ar/dashboard/topics?deleted=${encodeURIComponent('Migration')}`);
  await expect(page.getByText('حُذف الموضوع «\u2066Migration\u2069».')).toBeVisible();
});
