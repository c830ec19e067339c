import { getMediaFile } from '@/db/queries/media';
import { namesEtag } from '@/lib/cache/conditional';
import { MEDIA_FILE } from '@/lib/media/limits';

/**
 * An uploaded image, as stored in the media library. Its address is named after its bytes
 * (lib/media/process.ts), so a browser or a shared cache may keep it for good: new bytes get a
 * new address. An address that names nothing is answered 404, stored by no one (the same bytes
 * uploaded again would bring it back).
 */
export async function GET(request: Request, { params }: RouteContext<'/media/[file]'>) {
  const { file } = await params;
  const found = MEDIA_FILE.test(file) ? await getMediaFile(`/media/${file}`) : null;
  if (!found) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' } });
  const etag = `"${found.sha256.slice(0, 32)}"`;
  const headers = {
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    'Content-Type': found.mimeType,
    // An image, shown in pages; never run as anything else, wherever it is opened.
    'Content-Security-Policy': "default-src 'none'; sandbox",
  };
  if (namesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(found.data), { headers: { ...headers, 'Content-Length': String(found.data.length) } });
}

