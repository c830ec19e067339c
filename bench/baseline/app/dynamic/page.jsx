import { Suspense } from 'react';
import { connection } from 'next/server';
import { Blocks } from '../blocks';

/**
 * (e) A data-less dynamic page: rendered on every request, touching no data source. `?blocks=N`
 * sets how much markup it renders, so the bench compares a cold render of one of our pages with
 * the framework rendering the same amount of HTML per request, and nothing else.
 */
async function Dynamic({ searchParams }) {
  await connection();
  const { blocks } = await searchParams;
  const count = Math.min(Math.max(Number.parseInt(blocks ?? '0', 10) || 0, 0), 500);
  return <Blocks count={count} />;
}

export default function DynamicPage({ searchParams }) {
  return (
    <Suspense fallback={null}>
      <Dynamic searchParams={searchParams} />
    </Suspense>
  );
}
