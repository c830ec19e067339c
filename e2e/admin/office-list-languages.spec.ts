/**
 * The administrators' office list, like the public directory, marks the French texts that stand
 * in for a missing translation: on /ar an office named only in French keeps its name and city in
 * order (lang="fr" dir="ltr"), in the list, in its page's heading and in its delete question,
 * while the seeded office, named in Arabic, is left unmarked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, expectFrenchStandIns, expectNoA11yViolations, test } from '../fixtures';
import { ensureAdmin } from '../dashboard/support';

/** The office screens' messages in `locale`. */
const offices = (locale: string): { delete: string; deleteQuestion: string } =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8')).AdminOffices;

test('the office list marks a French name standing in for a missing translation', async ({ page }) => {
  // Three languages, each the list, the office's page and its delete question.
  test.setTimeout(60_000);
  const NAME = 'Bureau de l’OIM à Lausanne';
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/offices/new');
  await page.getByLabel('Pays du bureau').selectOption({ label: 'Suisse' });
  const french = page.getByRole('group', { name: /Français/ });
  await french.getByLabel('Nom du bureau').fill(NAME);
  await french.getByLabel('Ville').fill('Lausanne');
  await page.getByRole('button', { name: 'Créer le bureau' }).click();
  await expect(page.getByText('Le bureau a été créé.')).toBeVisible();
  const edit = page.url();

  for (const locale of ['ar', 'en', 'fr'] as const) {
    await page.goto(`/${locale}/dashboard/offices`);
    const name = page.getByRole('link', { name: NAME, exact: true });
    const row = page.getByRole('row').filter({ has: name });
    const city = row.getByText('Lausanne', { exact: true });
    await expectFrenchStandIns([name, city], locale);
    // And its own page's heading.
    await page.goto(edit.replace('/fr/', `/${locale}/`));
    await expectFrenchStandIns([page.getByRole('heading', { level: 1 }).getByText(NAME, { exact: true })], locale);
    // And the question asked before deleting it, the name only: the question is in the page's language.
    await page.getByRole('button', { name: offices(locale).delete }).click();
    const question = page.getByRole('group').filter({ hasText: NAME });
    await expect(question).toContainText(offices(locale).deleteQuestion.split('{name}')[0]!);
    await expectFrenchStandIns([question.getByText(NAME, { exact: true })], locale);
    await expect(question.locator('[lang]')).toHaveCount(locale === 'fr' ? 0 : 1);
  }
  // A translation in the list's own language is not marked: the seeded office is named in Arabic.
  await page.goto('/ar/dashboard/offices');
  await expect(page.getByRole('link', { name: 'مكتب المنظمة الدولية للهجرة في مونتيفيديو', exact: true })).not.toHaveAttribute('lang');
  await expectNoA11yViolations(page);

  // Leave the directory as the seed has it.
  await page.goto(edit);
  await page.getByRole('button', { name: 'Supprimer…' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer définitivement' }).click();
  await expect(page.getByText(/^Le bureau «\s.+\s» a été supprimé\.$/)).toBeVisible();
});
