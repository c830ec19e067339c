'use client';

import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { NodeSelection, Selection, type Transaction } from '@tiptap/pm/state';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Blockquote from '@tiptap/extension-blockquote';
import Image from '@tiptap/extension-image';
import { ListItem } from '@tiptap/extension-list';
import { useFieldIds } from '@/components/ui/field';
import { storedImageProps } from '@/lib/media/image-props';
import { CaretAfterPastedImage, caretAfterLinkedWords, caretAfterSelectedImage } from './rich-text-caret';
import { cleanPastedHtml } from './rich-text-paste';
import { PhonesLeftToRight } from './rich-text-phones';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { isSafeHref, isSafeSrc } from '@/lib/rich-text/urls';

/**
 * The rich-text body editor (Tiptap), reusable by any form that stores rich text (articles,
 * organization pages). Client-only. It produces exactly the structures lib/rich-text/schema.ts
 * accepts (bold, italic, links, h2–h4, lists, quotations made of paragraphs, images with alt
 * text) and keeps its content in the browser: the form posts it as JSON through a hidden input,
 * so an error answer from the server never loses what was typed.
 *
 * Props: `name` (hidden input's name), `initialDoc`, `onChange(doc)` to follow edits, the
 * `label` (visible, also the editing area's accessible name), `error`/`hint` shown like other
 * fields, `lang`/`dir` of the content (an Arabic body in a French interface), and `labels`:
 * the toolbar's words, from the caller's messages. To replace the content (e.g. "load their
 * version" after a conflict), give the component a new React `key` with the new `initialDoc`.
 *
 * An image file pasted or dropped (a screenshot, a photo from the desktop) goes into the media
 * library through `uploadImage`, given only to those who may add to it, then opens the image
 * panel on it to describe it and insert it; of several files, the first only (the status line
 * says the others were left out). `describeImage` keeps the description typed for a library
 * image that had none in the content's language.
 *
 * Pasted HTML is first fitted to what the text may hold (rich-text-paste.ts); an image pasted
 * with no description (Google Docs and Word give none) is kept, and the line under the editor
 * asks for one, with a button that opens the image panel on it: a draft may be saved so, not
 * published (lib/rich-text/images.ts). The Image button, on a selected image, describes it too.
 *
 * Once an image is inserted (or described, or pasted) or a link applied, the caret is after it,
 * in the text, and typing goes on there: nothing is left selected for the next key to replace
 * (rich-text-caret.ts).
 */
export interface RichTextEditorLabels {
  toolbar: string;
  bold: string;
  italic: string;
  link: string;
  linkUrl: string;
  linkApply: string;
  linkRemove: string;
  /** Said at the link's field when its address cannot be a link (the text typed stays). */
  linkInvalid: string;
  heading2: string;
  heading3: string;
  heading4: string;
  paragraph: string;
  bulletList: string;
  orderedList: string;
  quote: string;
  image: string;
  imageSrc: string;
  imageAlt: string;
  imageInsert: string;
  /** Said at the image's fields when its address or its text is missing or unusable. */
  imageSrcInvalid: string;
  imageAltRequired: string;
  /** The picker of library images, and its first choice (an address typed below instead). */
  imageLibrary: string;
  imageByAddress: string;
  /** Said when a paste brought images the site cannot show (they are left out). */
  imagesDropped: string;
  /** Said when a paste brought a table (its cells became paragraphs). */
  tablesNotKept: string;
  /** Said while images of the text have no description (a paste's), beside the button that opens the image panel on the first. */
  imagesUndescribed: (count: number) => string;
  imageDescribe: string;
  /** The image panel's button when it changes an image of the text (rather than inserting one). */
  imageApply: string;
  /** The status line while an image file pasted or dropped goes into the media library, and once it is there. */
  imageUploading: string;
  imageUploaded: string;
  /** Once there, when several files came: only the first was taken. */
  imageUploadedFirstOnly: string;
  /** Said when an image file is pasted or dropped by someone who may not add to the media library. */
  imageUploadNotAllowed: string;
  cancel: string;
  undo: string;
  redo: string;
}

export interface RichTextEditorProps {
  /** Unique to this instance unless given (see components/ui/field.tsx). */
  id?: string;
  name: string;
  label: ReactNode;
  initialDoc: RichTextDoc;
  onChange?: (doc: RichTextDoc) => void;
  error?: string;
  hint?: ReactNode;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  labels: RichTextEditorLabels;
  /** Images of the media library the image panel offers (alt: in the content's language, '' if none). */
  images?: LibraryImage[];
  /**
   * Given when the person may add to the media library (the server page decides, from their
   * role): an image file pasted or dropped is sent there. Answers the image stored (or found
   * there already), or why it was refused, in the interface's language.
   */
  uploadImage?: (file: File) => Promise<{ image: LibraryImage } | { error: string }>;
  /** Keeps in the library the description typed for one of its images that had none in the content's language; answers why not, or null. */
  describeImage?: (src: string, alt: string) => Promise<string | null>;
  /**
   * The text is shown, not edited (a translation this person may no longer change): nothing
   * typed, pasted or dropped goes in, and assistive technology is told. A fieldset disabled
   * around the editor disables its toolbar, never the editable text itself.
   */
  readOnly?: boolean;
}

/** What the image panel opens on: an image just stored (to insert), or one of the text's at `at` (to describe). */
type Offer = { src: string; alt: string; at?: number };

export interface LibraryImage {
  src: string;
  label: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * An image's description is '' until typed (never null, which the save refuses): what a paste
 * brings without one is kept, and said to need one.
 */
const DescribedImage = Image.extend({
  addAttributes() {
    return { ...this.parent?.(), alt: { default: '', parseHTML: (el: HTMLElement) => el.getAttribute('alt')?.trim() ?? '' } };
  },
});

const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    blockquote: false,
    listItem: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['mailto', 'tel'],
      // What the save would refuse (lib/rich-text/urls.ts) is no link: pasted, it keeps its words.
      isAllowedUri: (url, { defaultValidate }) => defaultValidate(url) && isSafeHref(url),
      HTMLAttributes: { rel: null, target: null },
    },
  }),
  // The stored allowlist: a quotation holds paragraphs, a list item paragraphs and sub-lists.
  Blockquote.extend({ content: 'paragraph+' }),
  ListItem.extend({ content: 'paragraph (bulletList | orderedList)*' }),
  DescribedImage.configure({ inline: false, allowBase64: false }),
  // An image pasted or dropped in last is not left selected, for the next key to replace (rich-text-caret.ts).
  CaretAfterPastedImage,
  // Phone numbers drawn as they are written, also in an Arabic paragraph (rich-text-phones.ts).
  PhonesLeftToRight,
];

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Tab inside a list indents the item (the editor's own shortcut), so Escape is the way out that
 * always works: it moves the focus to whatever follows the editor, as Tab would elsewhere.
 */
function focusAfter(el: Element): boolean {
  const next = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
    (c) => !el.contains(c) && el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  next?.focus();
  return !!next;
}

/**
 * The files of a paste or a drop that go into the media library, or null to leave it to the
 * editor: files alone (a screenshot, a photo from the desktop), or beside HTML whose one image
 * the site cannot show (a browser copying an image gives both: the file is taken instead, the
 * rest of the HTML still comes in). Other HTML brings its own images, or comes without them,
 * the person told (a word processor's text with a picture of itself beside it, for one).
 */
export function filesToUpload(data: DataTransfer | null, unsafeImages: number): { files: File[]; withHtml: boolean } | null {
  const files = data ? [...data.files] : [];
  if (!data || files.length === 0) return null;
  const withHtml = data.getData('text/html').trim() !== '';
  if (withHtml && unsafeImages !== 1) return null;
  return { files, withHtml };
}

export function RichTextEditor({ id: given, name, label, initialDoc, onChange, error, hint, lang, dir, labels, images = [], uploadImage, describeImage, readOnly = false }: RichTextEditorProps) {
  const [json, setJson] = useState(() => JSON.stringify(initialDoc));
  // What the status line under the editor says (a paste's images left out, an upload's progress or refusal).
  const [status, setStatus] = useState('');
  // Images put in the library from here (or described from here): offered before the others, as they are now.
  const [added, setAdded] = useState<LibraryImage[]>([]);
  const library = [...added, ...images.filter((i) => !added.some((a) => a.src === i.src))];
  // An image just stored, or one of the text to describe, for the image panel to open on (a new object each time).
  const [offer, setOffer] = useState<Offer | null>(null);
  const { id, describedBy } = useFieldIds(given, error, hint);
  const labelId = `${id}-label`;
  // The editor keeps the handlers it was created with: they read the current props from here.
  const latest = useRef({ labels, uploadImage });
  useEffect(() => {
    latest.current = { labels, uploadImage };
  });
  // How many images the HTML of the paste (or drop) being handled lost (transformPastedHTML runs first).
  const unsafe = useRef(0);
  // What the status line said of the last paste's HTML (the next paste replaces it).
  const pasteSaid = useRef('');

  const receive = async (files: File[]) => {
    const { labels: l, uploadImage: upload } = latest.current;
    if (!upload) return setStatus(l.imageUploadNotAllowed);
    setStatus(l.imageUploading);
    const answer = await upload(files[0]!);
    if ('error' in answer) return setStatus(answer.error);
    setAdded((list) => [answer.image, ...list.filter((i) => i.src !== answer.image.src)]);
    setOffer({ ...answer.image });
    setStatus(files.length > 1 ? l.imageUploadedFirstOnly : l.imageUploaded);
  };
  const take = (taken: { files: File[] } | null) => {
    unsafe.current = 0;
    if (taken) void receive(taken.files);
  };

  // An image inserted from the panel: a library image with no description in this language keeps the one typed.
  const inserted = async (image: LibraryImage | undefined, alt: string) => {
    setStatus((s) => (s === labels.imageUploaded || s === labels.imageUploadedFirstOnly ? '' : s));
    if (!image || image.alt || !describeImage) return;
    const problem = await describeImage(image.src, alt);
    if (problem) setStatus(problem);
    else setAdded((list) => [{ ...image, alt }, ...list.filter((i) => i.src !== image.src)]);
  };
  const editor = useEditor({
    extensions,
    content: initialDoc,
    editable: !readOnly,
    // Rendered on the server without the editor, then created in the browser (no hydration mismatch).
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': 'true' } : {}),
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        ...(lang ? { lang } : {}),
        ...(dir ? { dir } : {}),
        // The wrapper shows the focus ring; the reading measure of .prose-body does not apply here.
        class: 'prose-body min-h-64 max-w-none px-3 py-2 focus-visible:outline-none',
      },
      transformPastedHTML: (html) => {
        const { html: kept, dropped, tables } = cleanPastedHtml(html);
        unsafe.current = dropped;
        const l = latest.current.labels;
        const said = [dropped > 0 ? l.imagesDropped : '', tables > 0 ? l.tablesNotKept : ''].filter(Boolean).join(' ');
        const before = pasteSaid.current;
        pasteSaid.current = said;
        setStatus((s) => said || (s === before ? '' : s));
        return kept;
      },
      // Image files: into the library, then the image panel (HTML beside them still comes in).
      // ProseMirror asks these even of a view that is not editable: nothing goes into the library then.
      handlePaste: (view, event) => {
        if (!view.editable) return false;
        const taken = filesToUpload(event.clipboardData, unsafe.current);
        take(taken);
        return !!taken && !taken.withHtml;
      },
      handleDrop: (view, event, _slice, moved) => {
        if (!view.editable) return false;
        const taken = moved ? null : filesToUpload(event.dataTransfer, unsafe.current);
        // Where it was dropped is where the image goes.
        const at = taken && !taken.withHtml ? view.posAtCoords({ left: event.clientX, top: event.clientY }) : null;
        if (at) view.dispatch(view.state.tr.setSelection(Selection.near(view.state.doc.resolve(at.pos))));
        take(taken);
        return !!taken && !taken.withHtml;
      },
      handleKeyDown: (view, event) => {
        if (event.key !== 'Escape') return false;
        const frame = view.dom.closest('[data-rich-text-editor]');
        return frame ? focusAfter(frame) : false;
      },
    },
    onUpdate: ({ editor: e }) => {
      const doc = e.getJSON() as RichTextDoc;
      setJson(JSON.stringify(doc));
      onChange?.(doc);
    },
  });
  // A form that becomes read-only while open (a refused save met a state this person may not
  // edit) stops taking text; no update is emitted, so the text is not marked changed.
  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  return (
    <div className="space-y-1">
      <p id={labelId} className="block text-sm font-semibold text-ink">
        {label}
      </p>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <div
        data-rich-text-editor=""
        className={`rounded-md border bg-white shadow-sm focus-within:ring-2 focus-within:ring-brand-700 ${error ? 'border-red-700 ring-1 ring-red-700' : 'border-line'}`}
      >
        {editor ? (
          <Toolbar editor={editor} labels={labels} controls={id} images={library} offer={offer} onInserted={inserted} lang={lang} dir={dir} />
        ) : (
          <div className="h-11 border-b border-line" aria-hidden="true" />
        )}
        <EditorContent editor={editor} />
      </div>
      <input type="hidden" name={name} value={json} />
      <p role="status" className="text-sm text-muted empty:hidden">
        {status}
      </p>
      {editor && <Undescribed editor={editor} labels={labels} onDescribe={setOffer} />}
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** The positions of the text's images that have no description yet. */
function undescribedImageAt(editor: Editor): number[] {
  const at: number[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === 'image' && !String(node.attrs.alt ?? '').trim()) at.push(pos);
    return !node.isTextblock;
  });
  return at;
}

/**
 * Under the text while images of it have no description (a paste's): how many, and a button
 * that selects the first and opens the image panel on it.
 */
function Undescribed({ editor, labels, onDescribe }: { editor: Editor; labels: RichTextEditorLabels; onDescribe: (offer: Offer) => void }) {
  const undescribed = useEditorState({ editor, selector: ({ editor: e }) => undescribedImageAt(e) });
  const describe = () => {
    const at = undescribed[0]!;
    editor.chain().setNodeSelection(at).scrollIntoView().run();
    onDescribe({ src: String(editor.state.doc.nodeAt(at)?.attrs.src ?? ''), alt: '', at });
  };
  return (
    <div className={undescribed.length > 0 ? 'flex flex-wrap items-center gap-x-3 gap-y-1' : 'hidden'}>
      <p role="status" className="text-sm font-semibold text-ink empty:hidden">
        {undescribed.length > 0 ? labels.imagesUndescribed(undescribed.length) : ''}
      </p>
      {undescribed.length > 0 && (
        <button type="button" onClick={describe} className="rounded border border-line bg-white px-3 py-1 text-sm font-semibold text-brand-800">
          {labels.imageDescribe}
        </button>
      )}
    </div>
  );
}

/** Where the image described from `at` is now: there still, or else the first of its address; null if gone. */
function imageToDescribe(editor: Editor, described: { at: number; src: string }): number | null {
  if (editor.state.doc.nodeAt(described.at)?.attrs.src === described.src) return described.at;
  let found: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found === null && node.type.name === 'image' && node.attrs.src === described.src) found = pos;
    return found === null && !node.isTextblock;
  });
  return found;
}

function ToolButton({
  onClick,
  active,
  label,
  children,
  disabled,
}: {
  onClick: () => void;
  active?: boolean;
  label: string;
  children: ReactNode;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-pressed={active === undefined ? undefined : active}
      title={label}
      className={`inline-flex min-h-8 min-w-8 items-center justify-center rounded px-2 text-sm ${
        active ? 'bg-brand-800 text-white' : 'text-ink hover:bg-brand-50'
      } disabled:opacity-40`}
    >
      {children}
      <span className="sr-only">{label}</span>
    </button>
  );
}

type Panel = null | 'link' | 'image';

function Toolbar({
  editor,
  labels,
  controls,
  images,
  offer,
  onInserted,
  lang,
  dir,
}: {
  editor: Editor;
  labels: RichTextEditorLabels;
  controls: string;
  images: LibraryImage[];
  /** An image just put in the library, or one of the text to describe: the image panel opens on it, the focus on its description. */
  offer: Offer | null;
  /** Told of each image inserted: the library's one at that address, if any, and the text typed for it. */
  onInserted: (image: LibraryImage | undefined, alt: string) => void;
  /** The content's language: the alternative text typed in the image panel is written in it. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}) {
  const [panel, setPanel] = useState<Panel>(null);
  const [url, setUrl] = useState('');
  const [src, setSrc] = useState('');
  const [alt, setAlt] = useState('');
  // Which panel field is refused (the panel stays open with what was typed, the focus on it).
  const [problem, setProblem] = useState<'url' | 'src' | 'alt' | null>(null);
  // The image panel opened on an image just stored: drawn anew (a new key), its description field focused.
  const [offered, setOffered] = useState(offer);
  const [opening, setOpening] = useState(0);
  const [altFirst, setAltFirst] = useState(false);
  // The image of the text the panel describes (changes), rather than one it inserts.
  const [editing, setEditing] = useState<{ at: number; src: string } | null>(null);
  if (offer !== offered) {
    setOffered(offer);
    if (offer) {
      setSrc(offer.src);
      setAlt(offer.alt);
      setProblem(null);
      setPanel('image');
      setAltFirst(true);
      setEditing(offer.at === undefined ? null : { at: offer.at, src: offer.src });
      setOpening((n) => n + 1);
    }
  }
  const uid = useId();
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  // What was just put in the text is not left selected for the next key to replace: typing goes on after it (rich-text-caret.ts).
  const caretAfterImage = ({ tr }: { tr: Transaction }) => caretAfterSelectedImage(tr) || true;
  const caretAfterLink = ({ tr }: { tr: Transaction }) => caretAfterLinkedWords(tr, editor.schema.marks.link!);

  const open = (next: Panel) => {
    setProblem(null);
    setAltFirst(false);
    // What was typed for an image of the text is not offered for the next one inserted.
    if (editing) {
      setEditing(null);
      setSrc('');
      setAlt('');
    }
    setPanel(next);
  };
  // Closing a panel gives the focus back to the text, where the person was.
  const close = () => {
    open(null);
    editor.commands.focus();
  };
  // Escape anywhere in a panel (its list of library images, its buttons) closes it, as in its fields.
  const escapeCloses = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };
  const refuse = (field: 'url' | 'src' | 'alt') => {
    setProblem(field);
    document.getElementById(`${uid}-${field}`)?.focus();
  };

  const applyLink = () => {
    const typed = url.trim();
    // "example.org/page", typed without its scheme, is a web address.
    const href = isSafeHref(typed) || !/^[\w.-]+\.[a-z]{2,}/i.test(typed) ? typed : `https://${typed}`;
    if (!typed) chain().extendMarkRange('link').unsetLink().command(caretAfterLink).run();
    else if (isSafeHref(href)) chain().extendMarkRange('link').setLink({ href }).command(caretAfterLink).run();
    else return refuse('url');
    open(null);
  };
  const insertImage = () => {
    if (!isSafeSrc(src.trim())) return refuse('src');
    if (!alt.trim()) return refuse('alt');
    // A library image carries its size, so the page keeps its place while it loads.
    const known = images.find((i) => i.src === src.trim());
    const size = known ? { width: known.width, height: known.height } : {};
    const at = editing ? imageToDescribe(editor, editing) : null;
    if (at !== null) {
      // The image described keeps its place, and its size unless another image is chosen.
      const moved = editor.state.doc.nodeAt(at)?.attrs.src !== src.trim();
      chain()
        .setNodeSelection(at)
        .updateAttributes('image', { src: src.trim(), alt: alt.trim(), ...(moved ? { width: null, height: null } : {}), ...size })
        .command(caretAfterImage)
        .run();
    } else {
      chain().setImage({ src: src.trim(), alt: alt.trim(), ...size }).command(caretAfterImage).run();
    }
    onInserted(known, alt.trim());
    setSrc('');
    setAlt('');
    setEditing(null);
    open(null);
  };
  // The Image button on an image of the text (selected by a click) describes it; elsewhere, it inserts one.
  const imageButton = () => {
    const { selection } = editor.state;
    if (panel !== 'image' && selection instanceof NodeSelection && selection.node.type.name === 'image') {
      open('image');
      const described = { at: selection.from, src: String(selection.node.attrs.src) };
      setEditing(described);
      setSrc(described.src);
      setAlt(String(selection.node.attrs.alt ?? ''));
      setAltFirst(true);
      setOpening((n) => n + 1);
    } else {
      open(panel === 'image' ? null : 'image');
    }
  };
  // The library image chosen (or just pasted) is shown in the panel, so it is described seeing it.
  const previewed = images.find((i) => i.src === src.trim());
  // Enter in a panel's field applies it instead of submitting the surrounding form.
  const onEnter = (fn: () => void) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      fn();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  return (
    <div className="border-b border-line">
      <div role="toolbar" aria-label={labels.toolbar} aria-controls={controls} className="flex flex-wrap items-center gap-1 p-1.5">
        <span className={TOOL_GROUP}>
          <ToolButton label={labels.bold} active={s.bold} onClick={() => chain().toggleBold().run()}>
            <b aria-hidden="true">B</b>
          </ToolButton>
          <ToolButton label={labels.italic} active={s.italic} onClick={() => chain().toggleItalic().run()}>
            <i aria-hidden="true" className="font-serif">I</i>
          </ToolButton>
          <ToolButton
            label={labels.link}
            active={s.link}
            onClick={() => {
              setUrl((editor.getAttributes('link').href as string | undefined) ?? '');
              open(panel === 'link' ? null : 'link');
            }}
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" />
            </svg>
          </ToolButton>
        </span>
        <span className={TOOL_GROUP}>
          <span className="mx-1 h-6 w-px bg-line" aria-hidden="true" />
          <ToolButton label={labels.heading2} active={s.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
            <span aria-hidden="true">H2</span>
          </ToolButton>
          <ToolButton label={labels.heading3} active={s.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
            <span aria-hidden="true">H3</span>
          </ToolButton>
          <ToolButton label={labels.heading4} active={s.h4} onClick={() => chain().toggleHeading({ level: 4 }).run()}>
            <span aria-hidden="true">H4</span>
          </ToolButton>
          <ToolButton label={labels.paragraph} onClick={() => chain().setParagraph().run()}>
            <span aria-hidden="true">¶</span>
          </ToolButton>
        </span>
        <span className={TOOL_GROUP}>
          <span className="mx-1 h-6 w-px bg-line" aria-hidden="true" />
          <ToolButton label={labels.bulletList} active={s.bullet} onClick={() => chain().toggleBulletList().run()}>
            <span aria-hidden="true">•≡</span>
          </ToolButton>
          <ToolButton label={labels.orderedList} active={s.ordered} onClick={() => chain().toggleOrderedList().run()}>
            {/* Isolated left to right: in an Arabic toolbar the bidi algorithm would show ".1". */}
            <span aria-hidden="true" dir="ltr">
              1.
            </span>
          </ToolButton>
          <ToolButton label={labels.quote} active={s.quote} onClick={() => chain().toggleBlockquote().run()}>
            <span aria-hidden="true">“ ”</span>
          </ToolButton>
          <ToolButton label={labels.image} onClick={imageButton}>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
              <rect x="2.5" y="3.5" width="15" height="13" rx="1.5" />
              <circle cx="7" cy="8" r="1.5" />
              <path d="m3 15 4.5-4.5 3 3 2.5-2.5 4 4" />
            </svg>
          </ToolButton>
        </span>
        <span className={TOOL_GROUP}>
          <span className="mx-1 h-6 w-px bg-line" aria-hidden="true" />
          <ToolButton label={labels.undo} disabled={!s.canUndo} onClick={() => chain().undo().run()}>
            <span aria-hidden="true" className="rtl:-scale-x-100">↶</span>
          </ToolButton>
          <ToolButton label={labels.redo} disabled={!s.canRedo} onClick={() => chain().redo().run()}>
            <span aria-hidden="true" className="rtl:-scale-x-100">↷</span>
          </ToolButton>
        </span>
      </div>
      {panel === 'link' && (
        <div role="group" aria-label={labels.link} onKeyDown={escapeCloses} className="flex flex-wrap items-end gap-2 border-t border-line bg-surface p-2">
          <PanelField
            id={`${uid}-url`}
            className="grow text-sm"
            label={labels.linkUrl}
            problem={problem === 'url' ? labels.linkInvalid : null}
            autoFocus
            type="url"
            dir="ltr"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={onEnter(applyLink)}
          />
          <button type="button" onClick={applyLink} className="rounded bg-brand-800 px-3 py-1.5 text-sm font-semibold text-white">
            {labels.linkApply}
          </button>
          {s.link && (
            <button
              type="button"
              onClick={() => {
                chain().extendMarkRange('link').unsetLink().command(caretAfterLink).run();
                open(null);
              }}
              className="rounded border border-line bg-white px-3 py-1.5 text-sm"
            >
              {labels.linkRemove}
            </button>
          )}
          <button type="button" onClick={close} className="rounded px-3 py-1.5 text-sm text-brand-800">
            {labels.cancel}
          </button>
        </div>
      )}
      {panel === 'image' && (
        <div
          key={opening}
          role="group"
          aria-label={labels.image}
          onKeyDown={escapeCloses}
          className="grid gap-2 border-t border-line bg-surface p-2 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end"
        >
          {images.length > 0 && (
            <label className="text-sm sm:col-span-4" htmlFor={`${uid}-library`}>
              <span className="block font-semibold">{labels.imageLibrary}</span>
              <select
                id={`${uid}-library`}
                autoFocus={!altFirst}
                value={images.some((i) => i.src === src) ? src : ''}
                onChange={(e) => {
                  const chosen = images.find((i) => i.src === e.target.value);
                  setSrc(chosen?.src ?? '');
                  setAlt(chosen?.alt ?? '');
                }}
                className="mt-1 block w-full rounded border border-line px-2 py-1"
              >
                <option value="">{labels.imageByAddress}</option>
                {images.map((i) => (
                  <option key={i.src} value={i.src}>
                    {i.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {previewed ? (
            // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- a preview (alt ""): its description is typed beside it
            <img
              {...storedImageProps({ ...previewed, alt: '' }, { sizes: '12rem' })}
              className="h-32 w-auto max-w-full justify-self-start rounded border border-line bg-white object-contain sm:col-span-4"
            />
          ) : (
            editing && isSafeSrc(src.trim()) && (
              // eslint-disable-next-line @next/next/no-img-element -- an image of the text from another site, previewed (alt ""): its description is typed beside it
              <img src={src.trim()} alt="" className="h-32 w-auto max-w-full justify-self-start rounded border border-line bg-white object-contain sm:col-span-4" />
            )
          )}
          <PanelField
            id={`${uid}-src`}
            label={labels.imageSrc}
            problem={problem === 'src' ? labels.imageSrcInvalid : null}
            autoFocus={!altFirst && images.length === 0}
            dir="ltr"
            value={src}
            onChange={(e) => setSrc(e.target.value)}
            onKeyDown={onEnter(insertImage)}
          />
          <PanelField
            id={`${uid}-alt`}
            label={labels.imageAlt}
            problem={problem === 'alt' ? labels.imageAltRequired : null}
            autoFocus={altFirst}
            lang={lang}
            dir={dir}
            value={alt}
            onChange={(e) => setAlt(e.target.value)}
            onKeyDown={onEnter(insertImage)}
          />
          <button type="button" onClick={insertImage} className="rounded bg-brand-800 px-3 py-1.5 text-sm font-semibold text-white">
            {editing ? labels.imageApply : labels.imageInsert}
          </button>
          <button type="button" onClick={close} className="rounded px-3 py-1.5 text-sm text-brand-800">
            {labels.cancel}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * The toolbar's buttons in groups (marks, blocks, lists and images, history) that go to the next
 * line whole when the toolbar is narrow (a translation beside its source, a wide sidebar in
 * Arabic), rather than one button alone.
 */
const TOOL_GROUP = 'flex items-center gap-1';

/** One field of a toolbar panel: its label, the input, and why it is refused, under it and tied to it. */
function PanelField({
  id,
  label,
  problem,
  className = 'text-sm',
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; problem: string | null }) {
  return (
    <div className={className}>
      <label className="block" htmlFor={id}>
        <span className="block font-semibold">{label}</span>
        <input
          id={id}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          className="mt-1 block w-full rounded border border-line px-2 py-1 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700"
          {...input}
        />
      </label>
      {problem && (
        <span id={`${id}-problem`} className="mt-1 block text-sm font-semibold text-red-800">
          {problem}
        </span>
      )}
    </div>
  );
}
