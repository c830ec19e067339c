/**
 * What waits for someone in the articles, where they arrive: the Articles link shows how many
 * translations others sent for their review and drafts of theirs an editor sent back (its name
 * stays "Articles", a screen reader hears the sentences as its description), and the list above
 * its filters says each with the way to them. A translation the editor submitted is not counted
 * for them, and a writer, who may not publish, is counted only what was sent back to them. In
 * French and in Arabic; the list passes axe with its notices.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { createAccount, EDITOR, signIn, withClient, WRITER } from './support';

const stamp = `relecture${Date.now().toString(36)}`;

const nav = (page: Page, name = 'Rubriques de la rédaction') => page.getByRole('navigation', { name });

/** How many things the Articles link says wait (0 when it shows no count), and what it says of them. */
async function shown(page: Page, locale = 'fr'): Promise<{ n: number; said: string }> {
  const link = nav(page, locale === 'ar' ? 'أقسام غرفة التحرير' : undefined).getByRole('link', { name: locale === 'ar' ? 'المقالات' : 'Articles', exact: true });
  await expect(link).toBeVisible();
  const badge = link.locator('[aria-hidden="true"]');
  if ((await badge.count()) === 0) {
    await expect(link).toHaveAccessibleDescription('');
    return { n: 0, said: '' };
  }
  const said = (await link.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).textContent())) ?? '';
  await expect(link).toHaveAccessibleDescription(said);
  return { n: Number(await badge.textContent()), said };
}

/** The sum of the numbers a description says ("1 traduction attend … et 2 traductions vous ont …"). */
const sumSaid = (said: string) => [...said.matchAll(/\d+/g)].reduce((sum, m) => sum + Number(m[0]), 0);

/** A release in French, titled with this run's stamp: sent for review by `email`, or, with `returned`, created by `email` and sent back to them. */
async function submittedBy(email: string, title: string, returned = false): Promise<void> {
  await withClient(async (c) => {
    const { rows } = await c.query<{ id: string }>(`insert into articles (type, created_by_id) values ('press_release', (select id from users where email = $1)) returning id`, [email]);
    await c.query(
      returned
        ? `insert into article_translations (article_id, locale, slug, title, body, status, returned_by_id, returned_at, return_note)
           values ($1, 'fr', $2, $3, '{"type":"doc","content":[]}', 'draft', (select id from users where email = $4), now(), 'À reprendre.')`
        : `insert into article_translations (article_id, locale, slug, title, body, status, submitted_by_id, submitted_at)
           values ($1, 'fr', $2, $3, '{"type":"doc","content":[]}', 'in_review', (select id from users where email = $4), now())`,
      [rows[0]!.id, `${stamp}-${rows[0]!.id.slice(0, 8)}`, title, returned ? EDITOR.email : email],
    );
  });
}

test.beforeAll(() => {
  createAccount(WRITER);
  createAccount(EDITOR);
});

test('an editor sees what others sent for review by the Articles link and above the list, and goes to it', async ({ page }) => {
  await signIn(page, EDITOR);
  const before = await shown(page);
  await submittedBy(WRITER.email, `Relecture demandée ${stamp}`);
  // The editor's own submission waits for another editor, not for them.
  await submittedBy(EDITOR.email, `Ma propre soumission ${stamp}`);
  await page.reload();
  const after = await shown(page);
  expect(after.n).toBe(before.n + 1);
  expect(sumSaid(after.said)).toBe(after.n);
  expect(after.said).toMatch(/^\d+ traductions? attend(ent)? votre relecture/);

  const notice = page.getByRole('main').getByText(/attend(ent)? votre relecture/);
  await expect(notice).toContainText(/^\d+ traductions? attend/);
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: 'Voir les articles en relecture' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles\?status=in_review/);
  await expect(page.getByRole('rowheader', { name: `Relecture demandée ${stamp}` })).toBeVisible();
  // Filtered on what is in review, the notice has nothing more to offer.
  await expect(page.getByRole('link', { name: 'Voir les articles en relecture' })).toHaveCount(0);

  // The same in Arabic, the number in Western digits as everywhere in the dashboard.
  await page.goto('/ar/dashboard/articles');
  const arabic = await shown(page, 'ar');
  expect(arabic.n).toBe(after.n);
  expect(arabic.said).toMatch(/مراجعتك/);
  await expect(page.getByRole('link', { name: 'عرض المقالات قيد المراجعة' })).toBeVisible();
});

test('a writer is counted what was sent back to them, not what waits for review, and goes to it', async ({ page }) => {
  await signIn(page, WRITER);
  const before = await shown(page);
  await submittedBy(EDITOR.email, `Soumise par l’éditrice ${stamp}`);
  await page.reload();
  expect((await shown(page)).n).toBe(before.n);
  await expect(page.getByRole('link', { name: 'Voir les articles en relecture' })).toHaveCount(0);

  await submittedBy(WRITER.email, `Renvoyée à la rédactrice ${stamp}`, true);
  await page.reload();
  const after = await shown(page);
  expect(after.n).toBe(before.n + 1);
  expect(after.said).toMatch(/^\d+ traductions? vous (a|ont) été renvoyées?$/);
  await page.getByRole('link', { name: 'Voir vos articles renvoyés' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles\?status=returned&author=[0-9a-f-]{36}/);
  await expect(page.getByLabel('État')).toHaveValue('returned');
  await expect(page.getByRole('rowheader', { name: `Renvoyée à la rédactrice ${stamp}` })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: `Soumise par l’éditrice ${stamp}` })).toHaveCount(0);
  // Cleared, in the page too: the choices say the whole list again.
  await page.getByRole('link', { name: 'Effacer les filtres' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles$/);
  await expect(page.getByLabel('État')).toHaveValue('');
  await expect(page.getByLabel('Auteur')).toHaveValue('');
});
