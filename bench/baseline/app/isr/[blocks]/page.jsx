import { cacheTag } from 'next/cache';
import { Blocks } from '../../blocks';

/**
 * A diagnostic, not a target: the framework's own cache-miss render. Rendered on its first
 * request and cached like our public pages (generateStaticParams names one value; others render
 * on demand), with its data behind a tagged 'use cache' function that /api/expire expires. The
 * bench compares our cache-miss renders with this as well as with (e).
 */
export const generateStaticParams = () => [{ blocks: '1' }];

async function blockCount(blocks) {
  'use cache';
  cacheTag('isr');
  return Math.min(Math.max(Number.parseInt(blocks, 10) || 0, 0), 500);
}

export default async function IsrPage({ params }) {
  const { blocks } = await params;
  return <Blocks count={await blockCount(blocks)} />;
}
