/**
 * A POST that calls one of the app's cached reads (a `'use cache'` function: db/queries/public-*.ts,
 * lib/site.ts) as if it were a server action. Next registers every cached function as a server
 * function too, callable by its id like an action — with a `Next-Action` header, or from a form
 * posted without script (`$ACTION_ID_<id>`, or `$ACTION_REF_<n>` with its `$ACTION_<n>:0`
 * descriptor and the arguments bound to it) — on any page's address, by anyone. Such a call runs
 * the read with arguments no page checked: a search query past its length limit
 * (lib/search.ts), a page size of a million, every distinct one a new entry in the server's
 * cache. This app hands no cached function to the browser, so no call of one is legitimate:
 * proxy.ts answers it as an action that does not exist, before it runs.
 *
 * The id tells: Next writes a server function's kind into the first bit of its id's first byte
 * (next/dist/shared/lib/server-reference-info.js: 1 for 'use cache', 0 for a server action).
 */

const SERVER_FUNCTION_ID = /^[0-9a-f]{2,}$/i;

/** Whether `id` names a cached function (not a server action). */
export function isCachedFunctionId(id: string): boolean {
  return SERVER_FUNCTION_ID.test(id) && Number.parseInt(id.slice(0, 2), 16) >= 0x80;
}

const ACTION_ID_FIELD = '$ACTION_ID_';
const ACTION_REF_FIELD = '$ACTION_REF_';

/**
 * The ids of the server functions a form posted without script calls, as Next reads them from
 * its fields before decoding it (areAllActionIdsValid in next/dist/server/app-render/action-handler.js).
 */
export function formActionIds(form: FormData): string[] {
  const ids: string[] = [];
  for (const key of new Set(form.keys())) {
    if (key.startsWith(ACTION_ID_FIELD)) ids.push(key.slice(ACTION_ID_FIELD.length));
    else if (key.startsWith(ACTION_REF_FIELD)) {
      for (const descriptor of form.getAll(`$ACTION_${key.slice(ACTION_REF_FIELD.length)}:0`)) {
        if (typeof descriptor !== 'string') continue;
        try {
          const { id } = JSON.parse(descriptor) as { id?: unknown };
          if (typeof id === 'string') ids.push(id);
        } catch {
          // Not a descriptor Next could decode either: it refuses the request itself.
        }
      }
    }
  }
  return ids;
}

/**
 * Whether a request calls a cached function: by its `Next-Action` header, or (a multipart post
 * without one) by its form's fields. A body that cannot be read as a form is left to Next, which
 * refuses it. `maxBytes`: a multipart body said to be larger is not read here (Next refuses it unread).
 */
export async function callsCachedFunction(request: Request, maxBytes: number): Promise<boolean> {
  if (request.method !== 'POST') return false;
  const header = request.headers.get('next-action');
  if (header !== null) return isCachedFunctionId(header.trim());
  if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) return false;
  // Sent in chunks (no length), the body is read all the same: Next reads no more of it than this either.
  const length = request.headers.get('content-length');
  if (length !== null && Number(length) > maxBytes) return false;
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return false;
  }
  return formActionIds(form).some(isCachedFunctionId);
}

/** The answer to such a call: as to an action this server does not have (Next's own header). */
export function cachedFunctionCallResponse(): Response {
  return new Response('Server action not found.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'x-nextjs-action-not-found': '1' },
  });
}
