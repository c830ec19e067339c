/** PostgreSQL NOTIFY channel carrying cache tags to expire, as JSON { tags, from }. */
export const NOTIFY_CHANNEL = 'communique_cache';

/** Header carrying the shared secret on the internal revalidation endpoint. */
export const REVALIDATE_HEADER = 'x-communique-revalidate';
