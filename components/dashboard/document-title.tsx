'use client';

import { useEffect } from 'react';

/**
 * Names the document where the page's own metadata cannot: a "not found" boundary shown in
 * place of a page keeps that page's metadata title ("Modifier l’article"), which Next renders
 * before the boundary's own <title>.
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return <title>{title}</title>;
}
