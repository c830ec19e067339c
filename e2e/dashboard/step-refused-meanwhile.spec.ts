/**
 * Two editors on one release: Eric has his draft open while Edith adds a sentence and publishes
 * it (version 2). His step below the form ("delete this draft") is refused: the editor says who
 * saved which version and in which state it is now, shows that text and that state — the page not
 * read again, which would drop what it says — and his next step is judged on them: "unpublish"
 * goes through. Before, he was told to reload the page, and a step from the page as it stood was
 * refused again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures';
import { EDITOR, signedIn, stateChip, whenBodyLive } from './support';
import { bodyField, button, ericsDraft, storedEnglish } from './two-editors';

interface Words {
  Editor: { body: string };
  Errors: { article: { stepTextChanged: string } };
  Workflow: { step: Record<'delete' | 'unpublish', string>; confirmButton: Record<'delete' | 'unpublish', string>; status: Record<'published' | 'draft', string> };
}
const words = (locale: string): Words => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `../../messages/${locale}.json`), 'utf8')) as Words;
const said = (message: string, values: Record<string, string>) => message.replace(/\{(\w+)\}/g, (_, k: string) => values[k]!);

for (const locale of ['fr', 'ar'] as const) {
  test(`(${locale}) a step refused for a text saved meanwhile: who, which version and state said, that text shown, the next step taken on it`, async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const w = words(locale);
    const { eric, url } = await ericsDraft(browser, 'Étape refusée entre-temps', 'First text.');
    const ericsUrl = url.replace(/^\/fr\//, `/${locale}/`);
    if (locale !== 'fr') await eric.goto(ericsUrl);
    await expect(button(eric, w.Workflow.step.delete)).toBeVisible();
    await eric.evaluate(() => ((window as { opened?: boolean }).opened = true));

    // Edith adds a sentence and publishes it: version 2, online.
    const edith = await signedIn(browser, EDITOR);
    await edith.goto(url);
    await whenBodyLive(edith, bodyField(edith));
    await edith.keyboard.press('ControlOrMeta+End');
    await edith.keyboard.type(' A sentence by Edith.');
    await button(edith, 'Enregistrer et publier').click();
    await expect(stateChip(edith, 'Publié')).toBeVisible();
    await edith.context().close();

    // Eric deletes "his draft" from the page as he opened it: refused, and told why.
    await button(eric, w.Workflow.step.delete).click();
    await button(eric, w.Workflow.confirmButton.delete).click();
    const message = said(w.Errors.article.stepTextChanged, { name: EDITOR.name, version: '2', state: w.Workflow.status.published });
    await expect(eric.getByRole('alert').filter({ hasText: message })).toBeVisible();
    // The editor shows version 2 as stored, online, and the steps from there; the page was not read again.
    const body = eric.getByRole('textbox', { name: w.Editor.body }).filter({ visible: true });
    await expect(body).toHaveText('First text. A sentence by Edith.');
    await expect(stateChip(eric, w.Workflow.status.published)).toBeVisible();
    await expect(button(eric, w.Workflow.step.delete)).toHaveCount(0);
    expect(await eric.evaluate(() => (window as { opened?: boolean }).opened)).toBe(true);
    expect(await storedEnglish(url)).toEqual({ status: 'published', body_text: 'First text. A sentence by Edith.', version: 2 });
    const shots = process.env.EDITOR_SHOTS;
    if (shots) {
      for (const width of [390, 1440]) {
        await eric.setViewportSize({ width, height: 1000 });
        await eric.getByRole('alert').filter({ hasText: message }).scrollIntoViewIfNeeded();
        await eric.screenshot({ path: path.join(shots, `release-step-refused-${locale}-${width}.png`), fullPage: width === 390 });
      }
      testInfo.annotations.push({ type: 'screenshots', description: shots });
    }

    // Read now, version 2 is taken offline from here.
    await button(eric, w.Workflow.step.unpublish).click();
    await button(eric, w.Workflow.confirmButton.unpublish).click();
    await expect(stateChip(eric, w.Workflow.status.draft)).toBeVisible();
    expect(await storedEnglish(url)).toEqual({ status: 'draft', body_text: 'First text. A sentence by Edith.', version: 2 });
    await eric.context().close();
  });
}
