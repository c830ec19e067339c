'use client';

import { useLayoutEffect } from 'react';

/**
 * Names the document where the page's own metadata cannot: a "not found" boundary shown in
 * place of a page keeps that page's metadata title ("Modifier l’article"), which Next streams
 * and React hoists into the head after this boundary has rendered. So the title is set, and set
 * again whenever the head changes, for as long as the boundary is shown. A layout effect: on
 * leaving, its cleanup runs within the commit that puts the next page's title in, and
 * disconnecting drops the observer's pending records, so that title is never overwritten.
 */
export function DocumentTitle({ title }: { title: string }) {
  useLayoutEffect(() => {
    const name = () => {
      if (document.title !== title) document.title = title;
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
  return <title>{title}</title>;
}
