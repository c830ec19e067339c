import { isSafeSrc } from '@/lib/rich-text/urls';

/**
 * HTML pasted (or dropped) into the rich-text editor, made to fit what the text may hold
 * (lib/rich-text/types.ts) before the editor reads it, so that structure is kept where it can
 * be and the person is told of what cannot. Browser-only (DOMParser).
 *
 * - Images the site cannot show are left out: a word processor's point at the author's disk
 *   (file:, cid:), a web page's may be data: or relative to that page. Kept, they would be
 *   refused on save with the whole text; the person is told and adds them with the Image
 *   button. Images with a web address stay, described or not (the editor asks for what is
 *   missing).
 * - Headings the text has no level for take the nearest one: a title (h1, as Word and Google
 *   Docs mark "Heading 1") becomes h2, h5 and h6 become h4.
 * - Word's lists (paragraphs styled `mso-list`, their bullet or number typed in a span Word
 *   marks `mso-list:Ignore`) become real lists, nested by their level.
 * - A paragraph holding nothing but images (Google Docs puts each image in one) gives way to
 *   them: the editor's image is a block of its own, and the paragraph would stay behind, empty.
 * - Tables cannot be kept (the editor makes a paragraph of each cell): counted, to be said.
 */
export interface PastedHtml {
  html: string;
  /** Images left out. */
  dropped: number;
  /** Tables whose cells became paragraphs. */
  tables: number;
}

export function cleanPastedHtml(html: string): PastedHtml {
  if (!/<(img|h1|h5|h6|table)\b|mso-list/i.test(html)) return { html, dropped: 0, tables: 0 };
  const doc = new DOMParser().parseFromString(html, 'text/html');
  unwrapImageParagraphs(doc);
  let dropped = 0;
  for (const img of doc.querySelectorAll('img')) {
    if (!isSafeSrc(img.getAttribute('src')?.trim() ?? '')) {
      img.remove();
      dropped++;
    }
  }
  for (const [from, to] of [['h1', 'h2'], ['h5', 'h4'], ['h6', 'h4']] as const) {
    for (const h of doc.querySelectorAll(from)) {
      const kept = doc.createElement(to);
      kept.append(...h.childNodes);
      h.replaceWith(kept);
    }
  }
  wordLists(doc);
  return { html: doc.body.innerHTML, dropped, tables: doc.querySelectorAll('table').length };
}

function unwrapImageParagraphs(doc: Document): void {
  for (const p of doc.querySelectorAll('p')) {
    const images = [...p.querySelectorAll('img')];
    // In a list item the first block must stay a paragraph.
    if (images.length === 0 || (p.textContent ?? '').trim() !== '' || p.parentElement?.closest('li')) continue;
    p.replaceWith(...images);
  }
}

const WORD_LIST_ITEM = /mso-list:\s*(l\d+)\s+level(\d+)/i;
// An ordered list's marker: "1.", "a)", "iv." (a bullet is "·", "o", "§" or "-").
const ORDERED_MARKER = /^\s*(\d+|[a-z]|[ivxlc]+)[.)]/i;

/** Word's list paragraphs, one run of consecutive ones at a time, as ul/ol nested by level. */
function wordLists(doc: Document): void {
  const isItem = (el: Element | null): el is HTMLElement => !!el && el.tagName === 'P' && WORD_LIST_ITEM.test(el.getAttribute('style') ?? '');
  for (const first of doc.querySelectorAll('p')) {
    if (!first.isConnected || !isItem(first) || isItem(first.previousElementSibling)) continue;
    const run: HTMLElement[] = [];
    for (let el: Element | null = first; isItem(el); el = el.nextElementSibling) run.push(el);
    // The lists being filled, outermost first; a paragraph of another Word list (or of the other kind) at the same level starts a new one.
    const open: { level: number; kind: string; list: HTMLElement }[] = [];
    for (const p of run) {
      const [, id, n] = WORD_LIST_ITEM.exec(p.getAttribute('style') ?? '')!;
      const level = Number(n);
      const markers = [...p.querySelectorAll('[style*="mso-list:ignore" i], [style*="mso-list: ignore" i]')];
      const ordered = ORDERED_MARKER.test(markers.map((m) => m.textContent).join(''));
      const kind = `${id} ${ordered ? 'ol' : 'ul'}`;
      for (const m of markers) m.remove();
      while (open.length > 0 && (open.at(-1)!.level > level || (open.at(-1)!.level === level && open.at(-1)!.kind !== kind))) open.pop();
      if (open.length === 0 || open.at(-1)!.level < level) {
        const list = doc.createElement(ordered ? 'ol' : 'ul');
        const parent = open.at(-1)?.list.lastElementChild;
        if (parent) parent.append(list);
        else p.before(list);
        open.push({ level, kind, list });
      }
      const item = doc.createElement('li');
      const text = doc.createElement('p');
      text.append(...p.childNodes);
      item.append(text);
      open.at(-1)!.list.append(item);
      p.remove();
    }
  }
}
