/**
 * What waits for an editor's review, where they arrive: the Articles link shows how many
 * translations others sent for review (its name stays "Articles", a screen reader hears the
 * sentence as its description), and the list above its filters says it with the way to them.
 * A translation the editor submitted is not counted for them, and a writer, who may not
 * publish, sees no count. In French and in Arabic; the list passes axe with its notice.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { createAccount, EDITOR, signIn, withClient, WRITER } from './support';

const stamp = `relecture${Date.now().toString(36)}`;

const nav = (page: Page, name = 'Rubriques de la rédaction') => page.getByRole('navigation', { name });

/** How many translations the Articles link says wait for review (0 when it shows no count). */
async function shownCount(page: Page, locale = 'fr'): Promise<number> {
  const link = nav(page, locale === 'ar' ? 'أقسام غرفة التحرير' : undefined).getByRole('link', { name: locale === 'ar' ? 'المقالات' : 'Articles', exact: true });
  await expect(link).toBeVisible();
  const badge = link.locator('[aria-hidden="true"]');
  if ((await badge.count()) === 0) {
    await expect(link).toHaveAccessibleDescription('');
    return 0;
  }
  const n = Number(await badge.textContent());
  // The number seen and the sentence heard agree.
  await expect(link).toHaveAccessibleDescription(locale === 'ar' ? /مراجعتك$/ : new RegExp(`^${n} traductions? attend(ent)? votre relecture$`));
  return n;
}

/** A release in French sent for review by `email`, titled with this run's stamp. */
async function submittedBy(email: string, title: string): Promise<void> {
  await withClient(async (c) => {
    const { rows } = await c.query<{ id: string }>(`insert into articles (type) values ('press_release') returning id`);
    await c.query(
      `insert into article_translations (article_id, locale, slug, title, body, status, submitted_by_id, submitted_at)
       values ($1, 'fr', $2, $3, '{"type":"doc","content":[]}', 'in_review', (select id from users where email = $4), now())`,
      [rows[0]!.id, `${stamp}-${rows[0]!.id.slice(0, 8)}`, title, email],
    );
  });
}

test.beforeAll(() => {
  createAccount(WRITER);
  createAccount(EDITOR);
});

test('an editor sees what others sent for review by the Articles link and above the list, and goes to it', async ({ page }) => {
  await signIn(page, EDITOR);
  const before = await shownCount(page);
  await submittedBy(WRITER.email, `Relecture demandée ${stamp}`);
  // The editor's own submission waits for another editor, not for them.
  await submittedBy(EDITOR.email, `Ma propre soumission ${stamp}`);
  await page.reload();
  expect(await shownCount(page)).toBe(before + 1);

  const notice = page.getByRole('main').getByText(/attend(ent)? votre relecture/);
  await expect(notice).toContainText(`${before + 1} traduction`);
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: 'Voir les articles en relecture' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles\?status=in_review/);
  await expect(page.getByRole('rowheader', { name: `Relecture demandée ${stamp}` })).toBeVisible();
  // Filtered on what is in review, the notice has nothing more to offer.
  await expect(page.getByRole('link', { name: 'Voir les articles en relecture' })).toHaveCount(0);

  // The same in Arabic, the number in Western digits as everywhere in the dashboard.
  await page.goto('/ar/dashboard/articles');
  expect(await shownCount(page, 'ar')).toBe(before + 1);
  await expect(page.getByRole('link', { name: 'عرض المقالات قيد المراجعة' })).toBeVisible();
});

test('a writer, who may not publish, sees no count', async ({ page }) => {
  await submittedBy(EDITOR.email, `Soumise par l’éditrice ${stamp}`);
  await signIn(page, WRITER);
  expect(await shownCount(page)).toBe(0);
  await expect(page.getByRole('link', { name: 'Voir les articles en relecture' })).toHaveCount(0);
});
