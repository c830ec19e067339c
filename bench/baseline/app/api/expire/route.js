import { revalidateTag } from 'next/cache';

/** Expires the diagnostic page's tag (app/isr), as our internal endpoint does for our pages. */
export async function POST() {
  revalidateTag('isr', { expire: 0 });
  return Response.json({ expired: true });
}
