import type { ReactNode } from 'react';
import { ContentText } from '@/components/site/content-text';
import { storedImageProps } from '@/lib/media/image-props';
import type { Locale } from '@/lib/locales';
import type { RichTextBlock, RichTextInline, RichTextMark } from '@/lib/rich-text/types';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { isSafeHref } from '@/lib/rich-text/urls';

/**
 * Renders stored rich text from the allowlist in lib/rich-text/types.ts. It builds React
 * elements, never HTML strings, and ignores any node or mark it does not know, so nothing
 * stored can inject markup or script. Links are re-checked here as well as on save. With the
 * text's `locale` (public pages), each text node is typeset (ContentText, lib/typography.ts);
 * attributes (href, src, alt) never are.
 */

function withMarks(text: string, marks: RichTextMark[] | undefined, key: number, locale: Locale | undefined): ReactNode {
  return (marks ?? []).reduce<ReactNode>((node, mark) => {
    switch (mark.type) {
      case 'bold':
        return <strong>{node}</strong>;
      case 'italic':
        return <em>{node}</em>;
      case 'link': {
        const href = mark.attrs?.href ?? '';
        if (!isSafeHref(href)) return node;
        const external = /^https?:\/\//i.test(href);
        return (
          <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
            {node}
          </a>
        );
      }
      default:
        return node;
    }
  }, <span key={key}>
    <ContentText text={text} locale={locale} />
  </span>);
}

function Inline({ content, locale }: { content: RichTextInline[] | undefined; locale: Locale | undefined }) {
  return (
    <>
      {(content ?? []).map((n, i) => {
        if (n.type === 'hardBreak') return <br key={i} />;
        if (n.type === 'text') return <span key={i}>{withMarks(n.text, n.marks, i, locale)}</span>;
        return null;
      })}
    </>
  );
}

function Block({ block, locale }: { block: RichTextBlock; locale: Locale | undefined }): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Inline content={block.content} locale={locale} />
        </p>
      );
    case 'heading': {
      const level = [2, 3, 4].includes(block.attrs?.level) ? block.attrs.level : 2;
      const Tag = `h${level}` as 'h2' | 'h3' | 'h4';
      return (
        <Tag>
          <Inline content={block.content} locale={locale} />
        </Tag>
      );
    }
    case 'blockquote':
      return (
        <blockquote>
          {block.content.map((p, i) => (
            <Block key={i} block={p} locale={locale} />
          ))}
        </blockquote>
      );
    case 'bulletList':
    case 'orderedList': {
      const Tag = block.type === 'bulletList' ? 'ul' : 'ol';
      return (
        <Tag>
          {block.content.map((item, i) => (
            <li key={i}>
              {item.content.map((b, j) => (
                <Block key={j} block={b as RichTextBlock} locale={locale} />
              ))}
            </li>
          ))}
        </Tag>
      );
    }
    case 'image': {
      const { src, alt, width, height } = block.attrs;
      if (!/^(https?:\/\/|\/(?!\/))/i.test(src)) return null;
      // With its size (an image of the media library): widths for the screen, no layout shift.
      const props = width && height ? storedImageProps({ src, alt, width, height }, { sizes: '(min-width: 48rem) 48rem, 100vw' }) : { src, alt, loading: 'lazy' as const, decoding: 'async' as const };
      return (
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- editor images of any origin; alt is in props */}
          <img {...props} />
        </figure>
      );
    }
    default:
      return null;
  }
}

export function RichText({ doc, className = 'prose-body', locale }: { doc: RichTextDoc; className?: string; locale?: Locale }) {
  return (
    <div className={className}>
      {(doc?.content ?? []).map((block, i) => (
        <Block key={i} block={block} locale={locale} />
      ))}
    </div>
  );
}
