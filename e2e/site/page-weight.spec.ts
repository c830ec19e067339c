/**
 * The weight of public pages. Past 64 KiB, `next start` writes a page holding text beyond
 * Latin-1 (all of ours) about three times more slowly (Node's string writes; docs/performance.md,
 * "Done on 28 November, fourth session"), and a full news list of ten French releases sits a
 * few kilobytes under that line. A byte budget, not a timing: it fails when the frame every page
 * shares (header, menu, footer, metadata, RSC payload) grows — a component, an inline SVG, a
 * class string repeated on every item — until ordinary content would cross the line.
 */
import { expect, test } from '../fixtures';

const KIB = 1024;
/**
 * Budgets with a few kilobytes of room over what the pages weighed when they were set (58 and 52 kB).
 * The release's grew by 1 KiB for what search engines ask of its NewsArticle data (its author, its
 * publisher's logo, an image), written twice like any server-rendered script (HTML and RSC payload).
 */
const BUDGETS = [
  { path: '/fr/news/le-directeur-general-de-loim-assistera-au-sommet-ibero-americain', max: 62 * KIB },
  { path: '/fr', max: 56 * KIB },
];

test('the demo release page and the home page stay within their byte budgets', async ({ request }) => {
  for (const { path, max } of BUDGETS) {
    const body = await (await request.get(path)).body();
    expect(body.length, `${path}: ${body.length} bytes, budget ${max}`).toBeLessThan(max);
  }
});
