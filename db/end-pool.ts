import type pg from 'pg';

/**
 * Ends a pool and waits until each of its connections is closed. `pool.end()` resolves once
 * it has asked every client to end, before the server has read the goodbye; a server stopped
 * right after (an embedded one a command started) would end those connections itself, and
 * their clients would report them lost.
 */
export async function endPool(pool: pg.Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) return resolve();
    pool.on('remove', () => {
      if (--open === 0) resolve();
    });
  });
  await pool.end();
  await closed;
}
