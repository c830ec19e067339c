import { and, asc, eq, inArray } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/db';
import { countryTranslations, officePhones, officeTranslations, offices, type PhoneLabel } from '@/db/schema';
import { CONTENT_LIFE } from '@/lib/cache/life';
import { tags } from '@/lib/cache/tags';
import { DEFAULT_LOCALE, type Locale } from '@/lib/locales';

export interface OfficeContact {
  id: string;
  key: string;
  name: string;
  city: string;
  address: string | null;
  /** The language `name` and `city` are written in: the reader's, or French standing in. */
  textLocale: Locale;
  /** The language of `address`: a translation may leave it out, and the French one stands in. */
  addressLocale: Locale;
  countryCode: string;
  countryName: string;
  email: string | null;
  phones: { label: PhoneLabel; e164: string }[];
  isSample: boolean;
  archived: boolean;
}

/**
 * Offices with their texts in `locale`. An office is a proper name with an address: where a
 * locale lacks its translation, the French one stands in rather than leaving a release without
 * its contact block, and says so (`textLocale`) for the page to mark it as French. The address
 * stands in on its own too: a translation that names the office but leaves its address out
 * shows the French address, as the office form says, rather than none.
 */
async function loadOffices(locale: Locale, ids: string[] | 'active'): Promise<OfficeContact[]> {
  const base = await db
    .select({
      id: offices.id,
      key: offices.key,
      countryCode: offices.countryCode,
      email: offices.email,
      status: offices.status,
      isSample: offices.isSample,
    })
    .from(offices)
    .where(ids === 'active' ? eq(offices.status, 'active') : inArray(offices.id, ids));
  if (base.length === 0) return [];
  const officeIds = base.map((o) => o.id);
  const [texts, phones, countryNames] = await Promise.all([
    db
      .select()
      .from(officeTranslations)
      .where(and(inArray(officeTranslations.officeId, officeIds), inArray(officeTranslations.locale, [locale, DEFAULT_LOCALE]))),
    db
      .select({ officeId: officePhones.officeId, label: officePhones.label, e164: officePhones.e164 })
      .from(officePhones)
      .where(inArray(officePhones.officeId, officeIds))
      .orderBy(asc(officePhones.position), asc(officePhones.e164)),
    db
      .select({ code: countryTranslations.countryCode, name: countryTranslations.name })
      .from(countryTranslations)
      .where(
        and(
          inArray(countryTranslations.countryCode, [...new Set(base.map((o) => o.countryCode))]),
          eq(countryTranslations.locale, locale),
        ),
      ),
  ]);
  return base.map((o) => {
    const own = texts.find((t) => t.officeId === o.id && t.locale === locale);
    const french = texts.find((t) => t.officeId === o.id && t.locale === DEFAULT_LOCALE);
    const text = own ?? french;
    const addressText = text?.address ? text : french?.address ? french : text;
    return {
      id: o.id,
      key: o.key,
      name: text?.name ?? o.key,
      city: text?.city ?? '',
      address: addressText?.address || null,
      textLocale: text?.locale ?? locale,
      addressLocale: addressText?.locale ?? locale,
      countryCode: o.countryCode,
      countryName: countryNames.find((c) => c.code === o.countryCode)?.name ?? o.countryCode,
      email: o.email,
      phones: phones.filter((p) => p.officeId === o.id).map(({ label, e164 }) => ({ label, e164 })),
      isSample: o.isSample,
      archived: o.status === 'archived',
    };
  });
}

/** The contact block of a release; an archived office still renders where it is cited. */
export async function getOfficeContact(officeId: string, locale: Locale): Promise<OfficeContact | null> {
  'use cache';
  cacheTag(tags.office(officeId));
  cacheLife(CONTENT_LIFE);
  const [office] = await loadOffices(locale, [officeId]);
  return office ?? null;
}

/** The public directory: active offices, by country then name, in the reader's language. */
export async function listOfficeDirectory(locale: Locale): Promise<OfficeContact[]> {
  'use cache';
  cacheTag(tags.offices());
  cacheLife(CONTENT_LIFE);
  const list = await loadOffices(locale, 'active');
  const collator = new Intl.Collator(locale);
  return list.sort((a, b) => collator.compare(a.countryName, b.countryName) || collator.compare(a.name, b.name));
}
