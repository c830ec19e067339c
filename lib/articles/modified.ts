/**
 * When a release last changed for its readers: its last save, or the moment it went (back)
 * live when that came later — a release saved at 05:26 and scheduled for 05:29 changed, for
 * readers, at 05:29, when it appeared. So it is never before its publication: what search
 * engines and shared previews are told (JSON-LD dateModified, article:modified_time) and the
 * sitemap's lastmod all follow this one rule. Dates not known (null) are left out.
 */
export function modifiedForReaders(dates: {
  updatedAt: Date | string;
  publishAt?: Date | string | null;
  firstPublishedAt?: Date | string | null;
}): string {
  const times = [dates.updatedAt, dates.publishAt, dates.firstPublishedAt].filter((d) => d != null).map((d) => new Date(d).getTime());
  return new Date(Math.max(...times)).toISOString();
}
