/**
 * Text pasted from a word processor or a web page, as Google Docs and Word put it on the
 * clipboard: what the text can hold is kept, the nearest fit where it has no exact one (a
 * title becomes a level-2 subheading, levels 5 and 6 level 4, Word's list paragraphs real
 * lists), and what it cannot hold is said (a table's cells became paragraphs). An image with a
 * web address but no description is kept: the draft saves, and the line under the text asks
 * for its description, with a button that opens the image panel on it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allSaved, createAccount, EDITOR, signIn, whenBodyLive, WRITER } from './support';

type EditorWords = Record<'body' | 'imageAlt' | 'imageApply' | 'imageDescribe' | 'tablesNotKept' | 'imagesDropped', string>;
const ar = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages/ar.json'), 'utf8')) as { Editor: EditorWords };

const GOOGLE_IMAGE = 'https://lh7-us.googleusercontent.com/docsz/AD_4nXcPasteTest?key=abc';

/** A paste on the body, built in the page as a browser delivers it: a DataTransfer holding text/html. */
async function paste(body: Locator, html: string): Promise<void> {
  await body.evaluate((el, clip) => {
    const data = new DataTransfer();
    data.setData('text/html', clip);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/** A drop of HTML (dragged from another window) at the end of the body's last line, as a browser delivers it. */
async function dropAtEnd(body: Locator, html: string): Promise<void> {
  await body.evaluate((el, clip) => {
    const data = new DataTransfer();
    data.setData('text/html', clip);
    const last = el.lastElementChild!.getBoundingClientRect();
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, clientX: last.right - 2, clientY: last.top + last.height / 2, bubbles: true, cancelable: true }));
  }, html);
}

async function newArticle(page: Page, locale: string): Promise<Locator> {
  // The pasted image's host answers with a drawing (no network in tests).
  await page.route('https://lh7-us.googleusercontent.com/**', (route) =>
    route.fulfill({
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="200"><rect width="480" height="200" fill="#2f6f8f"/><text x="24" y="110" font-size="28" fill="#fff">Google Docs</text></svg>',
    }),
  );
  await page.goto(`/${locale}/dashboard/articles/new?lang=${locale}`);
  const body = page.getByRole('textbox', { name: locale === 'ar' ? ar.Editor.body : 'Texte' });
  await whenBodyLive(page, body);
  return body;
}

test('pasted from Google Docs: title, small headings, a table and an image without description; the draft saves, then the image is described', async ({ page }) => {
  createAccount(WRITER);
  await signIn(page, WRITER, 'fr');
  const body = await newArticle(page, 'fr');
  const title = `Collé depuis Google Docs ${Date.now().toString(36)}`;
  await page.getByLabel('Titre').filter({ visible: true }).fill(title);

  await paste(
    body,
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c"><h1 dir="ltr"><span>Le grand titre</span></h1>' +
      '<p dir="ltr"><span>Un premier paragraphe.</span></p>' +
      `<p dir="ltr"><span><img src="${GOOGLE_IMAGE}" width="480" height="200"></span></p>` +
      '<h2 dir="ltr"><span>Un intertitre</span></h2><h5>Un petit titre</h5><h6>Un plus petit</h6>' +
      '<div dir="ltr" align="left"><table><tbody><tr><td><p dir="ltr"><span>Case A</span></p></td><td><p dir="ltr"><span>Case B</span></p></td></tr></tbody></table></div></b>',
  );
  await expect(body.getByRole('heading', { level: 2, name: 'Le grand titre' })).toBeVisible();
  await expect(body.getByRole('heading', { level: 2, name: 'Un intertitre' })).toBeVisible();
  await expect(body.getByRole('heading', { level: 4, name: 'Un petit titre' })).toBeVisible();
  await expect(body.getByRole('heading', { level: 4, name: 'Un plus petit' })).toBeVisible();
  // The table's cells are paragraphs now, and the status line says tables are not kept.
  await expect(body.locator('p', { hasText: 'Case A' })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Le texte ne peut pas contenir de tableau' })).toBeVisible();
  // The image is kept, and said to need a description; the paragraph Google Docs put it in is not left behind empty.
  await expect(body.locator('p')).toHaveText(['Un premier paragraphe.', 'Case A', 'Case B']);
  const image = body.locator('img');
  await expect(image).toHaveAttribute('src', GOOGLE_IMAGE);
  const undescribed = page.getByRole('status').filter({ hasText: 'Une image du texte n’a pas de texte de remplacement' });
  await expect(undescribed).toBeVisible();

  // The draft saves as it is (the description is needed to publish, not to save).
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  await expect(page.getByText('Le texte contient un élément que le site ne peut pas publier')).toHaveCount(0);
  await page.goto(page.url());
  const saved = page.getByRole('textbox', { name: 'Texte' });
  await expect(saved.locator('img')).toHaveAttribute('src', GOOGLE_IMAGE);
  await expect(saved.getByRole('heading', { level: 2, name: 'Le grand titre' })).toBeVisible();
  await expect(undescribed).toBeVisible();

  // "Describe the image" opens the image panel on it, the focus on its description, required as for any image.
  await page.getByRole('button', { name: 'Décrire l’image' }).click();
  const alt = page.getByLabel('Texte de remplacement', { exact: true });
  await expect(alt).toBeFocused();
  await expect(page.getByLabel('Adresse de l’image (/… ou https://…)')).toHaveValue(GOOGLE_IMAGE);
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page.getByText('Décrivez l’image pour qui ne la voit pas : ce texte est obligatoire.')).toBeVisible();
  await alt.fill('Le logo de Google Docs sur fond bleu');
  await alt.press('Enter');
  await expect(saved.locator('img')).toHaveCount(1);
  await expect(saved.locator('img')).toHaveAttribute('alt', 'Le logo de Google Docs sur fond bleu');
  await expect(saved.locator('img')).toHaveAttribute('width', '480');
  await expect(undescribed).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Décrire l’image' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  await page.goto(page.url());
  await expect(page.getByRole('textbox', { name: 'Texte' }).locator('img')).toHaveAttribute('alt', 'Le logo de Google Docs sur fond bleu');
});

test('an image dragged in from another page is not left selected: typing goes on after it, replacing nothing', async ({ page }) => {
  createAccount(WRITER);
  await signIn(page, WRITER, 'fr');
  const body = await newArticle(page, 'fr');
  await body.click();
  await page.keyboard.type('Avant.');
  const images = body.locator('img');
  // A browser drags an image out of a page as HTML holding it alone.
  await dropAtEnd(body, `<meta charset="utf-8"><img src="${GOOGLE_IMAGE}" width="480" height="200">`);
  await expect(images).toHaveCount(1);
  await expect(body.locator('.ProseMirror-selectednode')).toHaveCount(0);
  await page.keyboard.type('Après le dépôt.');
  await expect(images).toHaveCount(1);
  expect(await body.evaluate((el) => [...el.children].map((c) => (c.tagName === 'IMG' ? 'IMG' : `${c.tagName}: ${c.textContent}`)))).toEqual([
    'P: Avant.',
    'IMG',
    'P: Après le dépôt.',
  ]);
});

test('typing right after a paste that ends with an image, or after describing that image, goes on after it, replacing nothing', async ({ page }) => {
  createAccount(WRITER);
  await signIn(page, WRITER, 'fr');
  const body = await newArticle(page, 'fr');
  await body.click();
  await page.keyboard.type('Avant.');
  await page.keyboard.press('Enter');
  const images = body.locator('img');
  const selected = body.locator('.ProseMirror-selectednode');
  const outline = () => body.evaluate((el) => [...el.children].map((c) => (c.tagName === 'IMG' ? 'IMG' : `${c.tagName}: ${c.textContent}`)));

  await paste(body, `<meta charset="utf-8"><p>Un paragraphe collé.</p><img src="${GOOGLE_IMAGE}" width="480" height="200">`);
  await expect(images).toHaveCount(1);
  await expect(selected).toHaveCount(0);
  await page.keyboard.type('Après le collage.');
  await expect(images).toHaveCount(1);
  expect(await outline()).toEqual(['P: Avant.', 'P: Un paragraphe collé.', 'IMG', 'P: Après le collage.']);

  // Described from the line under the text: the focus back in the text, after the image.
  await page.getByRole('button', { name: 'Décrire l’image' }).click();
  const alt = page.getByLabel('Texte de remplacement', { exact: true });
  await expect(alt).toBeFocused();
  await alt.fill('Le logo de Google Docs sur fond bleu');
  await alt.press('Enter');
  await expect(images).toHaveAttribute('alt', 'Le logo de Google Docs sur fond bleu');
  await expect(body).toBeFocused();
  await expect(selected).toHaveCount(0);
  await page.keyboard.type('Légende. ');
  await expect(images).toHaveCount(1);
  expect(await outline()).toEqual(['P: Avant.', 'P: Un paragraphe collé.', 'IMG', 'P: Légende. Après le collage.']);
});

test('in Arabic, pasted from Word: a title, bulleted and numbered lists with a sub-item, and a table', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'ar');
  const body = await newArticle(page, 'ar');
  const item = (style: string, marker: string, text: string) =>
    `<p class=MsoListParagraphCxSpMiddle dir=RTL style='margin-right:36.0pt;text-indent:-18.0pt;${style}'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span></span><![endif]><span lang=AR-SA>${text}</span><o:p></o:p></p>`;
  await paste(
    body,
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=FR><!--StartFragment-->' +
      '<h1 dir=RTL><span lang=AR-SA>بيان صحفي</span></h1>' +
      '<p class=MsoNormal dir=RTL><span lang=AR-SA>فقرة أولى.</span></p>' +
      item('mso-list:l0 level1 lfo1', '·', 'البند الأول') +
      item('mso-list:l0 level2 lfo1', 'o', 'بند فرعي') +
      item('mso-list:l0 level1 lfo1', '·', 'البند الثاني') +
      '<p class=MsoNormal dir=RTL><span lang=AR-SA>فقرة بين القائمتين.</span></p>' +
      item('mso-list:l1 level1 lfo2', '1.', 'الخطوة الأولى') +
      item('mso-list:l1 level1 lfo2', '2.', 'الخطوة الثانية') +
      `<table class=MsoTableGrid dir=rtl><tr><td><p class=MsoNormal>خانة أ</p></td><td><p class=MsoNormal>خانة ب</p></td></tr></table>` +
      `<p class=MsoNormal><img src="${GOOGLE_IMAGE}" alt=""></p>` +
      '<!--EndFragment--></body></html>',
  );
  await expect(body.getByRole('heading', { level: 2, name: 'بيان صحفي' })).toBeVisible();
  const bullets = body.locator('ul').first();
  await expect(bullets.locator(':scope > li')).toHaveText([/^البند الأول\s*بند فرعي$/, 'البند الثاني']);
  await expect(bullets.locator(':scope > li > ul > li')).toHaveText(['بند فرعي']);
  await expect(body.locator('ol > li')).toHaveText(['الخطوة الأولى', 'الخطوة الثانية']);
  // No bullet typed by Word is left in the text.
  await expect(body).not.toContainText('·');
  await expect(page.getByRole('status').filter({ hasText: ar.Editor.tablesNotKept })).toBeVisible();
  // An image given an empty description (alt="") needs one as well.
  await expect(page.getByRole('button', { name: ar.Editor.imageDescribe })).toBeVisible();
  await expect(page.getByText(ar.Editor.imagesDropped)).toHaveCount(0);
});
