/** What the media library takes, shared by the upload form (checked before sending) and the server. */

/** The largest file taken (the server actions' body limit follows it: next.config.ts). */
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024;
export const MEDIA_MAX_MB = MEDIA_MAX_BYTES / 1024 / 1024;
/**
 * The largest request body the server reads (next.config.ts: server actions and the proxy): an
 * upload's file and the texts sent with it. A file between MEDIA_MAX_BYTES and this is read and
 * refused at its field; a larger body is not read at all (proxy.ts answers it).
 */
export const MEDIA_BODY_MAX_BYTES = MEDIA_MAX_BYTES + 1024 * 1024;
/** Longest side of a stored image: wider than any place a page shows it, on a 2× screen. */
export const MEDIA_MAX_EDGE = 2400;

export const MEDIA_FORMATS = {
  jpeg: { mimeType: 'image/jpeg', ext: 'jpg' },
  png: { mimeType: 'image/png', ext: 'png' },
  webp: { mimeType: 'image/webp', ext: 'webp' },
  avif: { mimeType: 'image/avif', ext: 'avif' },
} as const;

/** What a browser may offer in the file picker (the server decides from the bytes, not from this). */
export const MEDIA_ACCEPT = Object.values(MEDIA_FORMATS)
  .map((f) => f.mimeType)
  .join(',');

/** `<32 hex>.<ext>` and nothing else: the /media route's file name, checked before any query. */
export const MEDIA_FILE = /^[0-9a-f]{32}\.(?:jpg|png|webp|avif)$/;

/**
 * Uploads one person may make in an hour (the library's form and images pasted into texts
 * alike): enough for an event's photos, and a bound on what a leaked account can pile into the
 * database or make the server re-encode. Counted from the audit log (db/queries/media.ts
 * uploadWait), so an image deleted after its upload still counts.
 */
export const MEDIA_UPLOADS_PER_HOUR = 100;
