import { z } from 'zod';
import type { RichTextDoc } from './types';
import { isSafeHref, isSafeSrc } from './urls';

/**
 * The allowlist, as a validator: anything not described here is refused on save (strict
 * objects, so an unknown attribute such as `onclick` fails too). Links and images may only point
 * where lib/rich-text/urls.ts allows.
 */

const mark = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bold') }),
  z.strictObject({ type: z.literal('italic') }),
  z.strictObject({
    type: z.literal('link'),
    attrs: z
      .object({ href: z.string().max(2000).refine(isSafeHref) })
      .transform(({ href }) => ({ href })),
  }),
]);

// No length of its own: a paragraph pasted from a PDF can be one run of text tens of thousands
// of characters long, and a limit here was refused as "an element the site cannot publish". The
// body is bounded as a whole, by the request the form sends (next.config.ts, bodySizeLimit).
const text = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z.array(mark).max(5).optional(),
});
const hardBreak = z.strictObject({ type: z.literal('hardBreak') });
const inline = z.discriminatedUnion('type', [text, hardBreak]);

const paragraph = z.object({
  type: z.literal('paragraph'),
  content: z.array(inline).max(2000).optional(),
}).transform(({ type, content }) => (content ? { type, content } : { type }));

const heading = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }).transform(({ level }) => ({ level })),
  content: z.array(inline).max(500).optional(),
}).transform(({ type, attrs, content }) => (content ? { type, attrs, content } : { type, attrs }));

const blockquote = z.object({
  type: z.literal('blockquote'),
  content: z.array(paragraph).min(1).max(100),
}).transform(({ type, content }) => ({ type, content }));

const image = z.object({
  type: z.literal('image'),
  attrs: z.object({
    src: z.string().max(2000).refine(isSafeSrc),
    // None yet (an image pasted without one): '' until described, which publishing requires (images.ts).
    alt: z.string().max(500).nullish().transform((a) => a?.trim() ?? ''),
    width: z.number().int().positive().max(10_000).nullish(),
    height: z.number().int().positive().max(10_000).nullish(),
  }).transform(({ src, alt, width, height }) => ({
    src, alt, ...(width ? { width } : {}), ...(height ? { height } : {}),
  })),
}).transform(({ type, attrs }) => ({ type, attrs }));

type ListShape = { type: 'bulletList' | 'orderedList'; content: { type: 'listItem'; content: unknown[] }[] };
const list: z.ZodType<ListShape> = z.lazy(() =>
  z.object({
    type: z.enum(['bulletList', 'orderedList']),
    content: z.array(
      z.object({
        type: z.literal('listItem'),
        content: z.array(z.union([paragraph, list])).min(1).max(50),
      }).transform(({ type, content }) => ({ type, content })),
    ).min(1).max(200),
  }).transform(({ type, content }) => ({ type, content })),
);

const block = z.union([paragraph, heading, blockquote, list, image]);

export const richTextDocSchema = z
  .object({ type: z.literal('doc'), content: z.array(block).max(2000) })
  .transform(({ type, content }) => ({ type, content }) as RichTextDoc);

export const emptyDoc = (): RichTextDoc => ({ type: 'doc', content: [] });

/**
 * A form's rich-text body: the JSON the editor posts (empty means an empty document), parsed
 * and checked against the allowlist; `message` (a Validation key) when it is not acceptable.
 */
export const richTextField = (message: string) =>
  z.string().transform((raw, ctx) => {
    let json: unknown;
    try {
      json = JSON.parse(raw || '{"type":"doc","content":[]}');
    } catch {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    const parsed = richTextDocSchema.safeParse(json);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return parsed.data;
  });
