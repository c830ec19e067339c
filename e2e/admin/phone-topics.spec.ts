/**
 * The topics list on a phone (390 px), in French and in Arabic: each topic's link, the way to its
 * form, a target of at least 24 px and in sight.
 */
import { test } from '../fixtures';
import { ensureAdmin, sql } from '../dashboard/support';
import { expectTargetInSight, PHONE } from './phone';

test('each topic’s link is a target of 24 px on a phone, in French and Arabic', async ({ page }) => {
  // A topic of our own, named in French only (Arabic shows the French name): one short line.
  const stamp = Date.now().toString(36);
  const name = `Thème ${stamp}`;
  await sql(
    `with t as (insert into topics (key) values ($1) returning id)
     insert into topic_translations (topic_id, locale, name, slug) select id, 'fr', $2, $1 from t`,
    [`theme-${stamp}`, name],
  );
  await ensureAdmin(page);
  await page.setViewportSize(PHONE);
  for (const locale of ['fr', 'ar']) {
    await page.goto(`/${locale}/dashboard/topics`);
    await expectTargetInSight(page.getByRole('main').getByRole('link', { name, exact: true }), `${locale}: the topic's link`);
  }
});
