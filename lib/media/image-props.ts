import { getImageProps } from 'next/image';

/** Uploaded images (app/media/[file]): the only ones next.config.ts lets the image optimizer read. */
const OPTIMIZED = /^\/media\/[0-9a-f]{32}\.(?:jpg|png|webp|avif)$/;

/**
 * The attributes of an `<img>` for a stored image: for an upload, a `srcset` of widths made by
 * Next's image optimizer (WebP for browsers that take it), so a phone loads an image sized for
 * it rather than the 2,400 px original; its stored width and height keep the layout still while
 * it loads. An older image given by its path is used as it is. No client JavaScript: a plain
 * element, rendered on the server.
 */
export function storedImageProps(image: { src: string; width: number; height: number; alt: string }, opts: { sizes: string; eager?: boolean }) {
  if (!OPTIMIZED.test(image.src)) {
    return { src: image.src, alt: image.alt, width: image.width, height: image.height, loading: opts.eager ? ('eager' as const) : ('lazy' as const), decoding: 'async' as const };
  }
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    width: image.width,
    height: image.height,
    sizes: opts.sizes,
    loading: opts.eager ? 'eager' : 'lazy',
    ...(opts.eager ? { fetchPriority: 'high' as const } : {}),
  });
  // getImageProps sets a transparent text colour for its own placeholder handling; ours has none.
  const { style: _style, ...attributes } = props;
  return attributes;
}
