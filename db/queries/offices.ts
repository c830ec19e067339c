import { and, asc, count, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { containsPattern, escapeLike } from '@/db/like';
import { readAll } from '@/db/read-all';
import {
  articles,
  countries,
  countryTranslations,
  officePhones,
  officeTranslations,
  offices,
  LOCALES,
  type Locale,
  type PhoneLabel,
} from '@/db/schema';
import { lastSaved } from '@/db/queries/audit';
import { foldedContains, foldedContainsPattern } from '@/db/queries/search-fold';
import type { PublicUser } from '@/db/queries/users';
import { emailSearchForm } from '@/lib/email';
import { DEFAULT_LOCALE } from '@/lib/locales';
import { foldName } from '@/lib/match-name';
import { internationalPrefixStart, nationalNumberStarts } from '@/lib/phone';
import { regionName } from '@/lib/regions';
import { slugify, uniqueSlug } from '@/lib/slug';
import { checkOfficePhones, type PhoneProblem } from '@/lib/validation/office-phones';
import type { OfficeFormInput } from '@/lib/validation/offices';

/**
 * Offices as administrators see and change them (the public reads are in public-offices.ts).
 * Every function that is not a plain read takes the acting user, so nothing here runs before
 * the caller has checked who is asking.
 */

export type OfficeStatusFilter = 'active' | 'archived' | 'all';

export interface OfficeListFilter {
  q?: string;
  country?: string;
  region?: string;
  status?: OfficeStatusFilter;
}

export interface OfficeListRow {
  id: string;
  name: string;
  city: string;
  /** The language `name` and `city` are written in: the list's, or French standing in. */
  textLocale: Locale;
  countryCode: string;
  countryName: string;
  region: string | null;
  email: string | null;
  status: 'active' | 'archived';
  phones: { label: PhoneLabel; e164: string }[];
  citations: number;
  /** Locales that have their own name and city (the others fall back to French). */
  locales: Locale[];
}


/** Words of digits and phone punctuation: "022", "(02)", "+41", "91-11". */
const PHONE_WORD = /^\+?[\d().\/-]*\d[\d().\/-]*$/;

interface SearchTerm {
  text: string;
  /** Made of phone words only: possibly a number, or its beginning, in national format. */
  number: boolean;
}

/**
 * A word's digits as ASCII: an Arabic keyboard types "٢٩١٦" (or the Persian "۲۹۱۶", or full-width
 * "２９１６"), stored numbers hold "2916". The phone form reads all of these already.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0xff10];
const asciiDigits = (word: string) =>
  word.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (d) => {
    const code = d.codePointAt(0)!;
    return String(code - DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
  });

/**
 * The terms of a search, each to be found somewhere in an office. A number is typed in groups
 * ("022 717 91 11"): consecutive phone words make one term (a "+" starts another number).
 */
function searchTerms(q: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const word of q.split(/\s+/).filter(Boolean)) {
    const number = PHONE_WORD.test(asciiDigits(word).replace(/^\uff0b/, '+'));
    const last = terms.at(-1);
    if (number && last?.number && !word.startsWith('+')) last.text += ` ${word}`;
    else terms.push({ text: word, number });
  }
  return terms;
}

/**
 * One term found in the office's e-mail or key, a name, city or address in any language, its
 * country's name in any language, or one of its numbers: the digits anywhere in it ("717 91 11"),
 * at its start when typed with "00" for "+" ("0041 22 717" is +41 22 717…), or, typed in
 * national format, at the start of the national number ("022 717" is +41 22 717…).
 */
function termMatches({ text, number }: SearchTerm): SQL {
  const pattern = containsPattern(text);
  // Names, cities, addresses and countries as the other lists compare them: "geneve" finds "Genève".
  const folded = foldedContainsPattern(text);
  // Names and addresses are found as typed (digits of an Arabic address too), numbers by their digits.
  const numberText = number ? asciiDigits(text).replace(/\uff0b/g, '+') : text;
  const digits = numberText.replace(/\D/g, '');
  const typedNumber = number && digits.length >= 3;
  const international = typedNumber ? internationalPrefixStart(numberText) : undefined;
  const starts = international ? [international] : typedNumber ? nationalNumberStarts(numberText) : [];
  const numbers = [`%${digits}%`, ...starts.map((start) => `${escapeLike(start)}%`)];
  // Addresses are stored with their domain in ASCII, and shown in its own letters: either finds it.
  const storedForm = emailSearchForm(text);
  return or(
    ilike(offices.email, pattern),
    storedForm ? ilike(offices.email, containsPattern(storedForm)) : undefined,
    ilike(offices.key, pattern),
    sql`exists (select 1 from ${officeTranslations} ot where ot.office_id = ${offices.id}
      and (${foldedContains(sql`ot.name`, folded)} or ${foldedContains(sql`ot.city`, folded)} or ${foldedContains(sql`coalesce(ot.address, '')`, folded)}))`,
    sql`exists (select 1 from ${countryTranslations} ct where ct.country_code = ${offices.countryCode} and ${foldedContains(sql`ct.name`, folded)})`,
    digits.length >= 3
      ? sql`exists (select 1 from ${officePhones} op where op.office_id = ${offices.id} and op.e164 like any(${sql.param(numbers)}::text[]))`
      : undefined,
  )!;
}

export async function listOffices(locale: Locale, filter: OfficeListFilter = {}, tx: Executor = db): Promise<OfficeListRow[]> {
  const where: SQL[] = [];
  if (filter.status !== 'all') where.push(eq(offices.status, filter.status ?? 'active'));
  if (filter.country) where.push(eq(offices.countryCode, filter.country));
  // One M49 code: a region ("019") or a sub-region ("005"); the two code sets do not overlap.
  if (filter.region) where.push(or(eq(countries.region, filter.region), eq(countries.subregion, filter.region))!);
  const terms = searchTerms(filter.q ?? '');
  if (terms.length > 0) where.push(and(...terms.map(termMatches))!);
  const base = await tx
    .select({
      id: offices.id,
      key: offices.key,
      countryCode: offices.countryCode,
      region: countries.region,
      email: offices.email,
      status: offices.status,
      citations: sql<number>`(select count(*)::int from ${articles} a where a.contact_office_id = ${offices.id})`,
    })
    .from(offices)
    .innerJoin(countries, eq(countries.code, offices.countryCode))
    .where(and(...where));
  if (base.length === 0) return [];
  const ids = base.map((o) => o.id);
  const [texts, phones, names] = await readAll(tx, [
    tx.select().from(officeTranslations).where(inArray(officeTranslations.officeId, ids)),
    tx
      .select({ officeId: officePhones.officeId, label: officePhones.label, e164: officePhones.e164 })
      .from(officePhones)
      .where(inArray(officePhones.officeId, ids))
      .orderBy(asc(officePhones.position)),
    countryNames(locale, [...new Set(base.map((o) => o.countryCode))], tx),
  ]);
  const collator = new Intl.Collator(locale);
  return base
    .map((o) => {
      const own = texts.filter((t) => t.officeId === o.id);
      const text = own.find((t) => t.locale === locale) ?? own.find((t) => t.locale === DEFAULT_LOCALE);
      return {
        id: o.id,
        name: text?.name ?? o.key,
        city: text?.city ?? '',
        textLocale: text?.locale ?? locale,
        countryCode: o.countryCode,
        countryName: names.get(o.countryCode) ?? o.countryCode,
        region: o.region,
        email: o.email,
        status: o.status,
        phones: phones.filter((p) => p.officeId === o.id).map(({ label, e164 }) => ({ label, e164 })),
        citations: o.citations,
        locales: LOCALES.filter((l) => own.some((t) => t.locale === l)),
      };
    })
    .sort((a, b) => collator.compare(a.countryName, b.countryName) || collator.compare(a.name, b.name));
}

async function countryNames(locale: Locale, codes: string[] | 'all', tx: Executor = db): Promise<Map<string, string>> {
  const rows = await tx
    .select({ code: countryTranslations.countryCode, name: countryTranslations.name })
    .from(countryTranslations)
    .where(and(eq(countryTranslations.locale, locale), codes === 'all' ? undefined : inArray(countryTranslations.countryCode, codes)));
  return new Map(rows.map((r) => [r.code.trim(), r.name]));
}

/** Every country, named in `locale` and sorted for a select. */
export async function listCountryOptions(locale: Locale, tx: Executor = db): Promise<{ code: string; name: string }[]> {
  const names = await countryNames(locale, 'all', tx);
  const collator = new Intl.Collator(locale);
  return [...names].map(([code, name]) => ({ code, name })).sort((a, b) => collator.compare(a.name, b.name));
}

export interface RegionOption {
  /** UN M49 code of the region. */
  code: string;
  name: string;
  subregions: { code: string; name: string }[];
}

/**
 * The countries, and the UN M49 regions with their sub-regions, that have at least one office:
 * the choices of the list's filters, named in `locale` and sorted for it.
 */
export async function officeFilterOptions(locale: Locale, tx: Executor = db): Promise<{ countries: { code: string; name: string }[]; regions: RegionOption[] }> {
  const rows = await tx
    .selectDistinct({ code: offices.countryCode, region: countries.region, subregion: countries.subregion })
    .from(offices)
    .innerJoin(countries, eq(countries.code, offices.countryCode));
  const names = await countryNames(locale, rows.map((r) => r.code), tx);
  const collator = new Intl.Collator(locale);
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  const regions = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.region) continue;
    const subs = regions.get(r.region) ?? new Set<string>();
    if (r.subregion) subs.add(r.subregion);
    regions.set(r.region, subs);
  }
  return {
    countries: rows.map((r) => ({ code: r.code, name: names.get(r.code) ?? r.code })).sort(byName),
    regions: [...regions]
      .map(([code, subs]) => ({
        code,
        name: regionName(locale, code),
        subregions: [...subs].map((s) => ({ code: s, name: regionName(locale, s) })).sort(byName),
      }))
      .sort(byName),
  };
}

export interface OfficeForEdit {
  id: string;
  key: string;
  countryCode: string;
  email: string | null;
  status: 'active' | 'archived';
  version: number;
  /** When the stored version was saved. */
  updatedAt: Date;
  isSample: boolean;
  citations: number;
  texts: Partial<Record<Locale, { name: string; city: string; address: string | null }>>;
  phones: { label: PhoneLabel; e164: string }[];
}

export async function getOfficeForEdit(id: string, tx: Executor = db): Promise<OfficeForEdit | null> {
  const [office] = await tx
    .select({
      id: offices.id,
      key: offices.key,
      countryCode: offices.countryCode,
      email: offices.email,
      status: offices.status,
      version: offices.version,
      updatedAt: offices.updatedAt,
      isSample: offices.isSample,
    })
    .from(offices)
    .where(eq(offices.id, id));
  if (!office) return null;
  const [texts, phones, citations] = await readAll(tx, [
    tx.select().from(officeTranslations).where(eq(officeTranslations.officeId, id)),
    tx
      .select({ label: officePhones.label, e164: officePhones.e164 })
      .from(officePhones)
      .where(eq(officePhones.officeId, id))
      .orderBy(asc(officePhones.position)),
    countOfficeCitations(id, tx),
  ]);
  return {
    ...office,
    citations,
    texts: Object.fromEntries(texts.map((t) => [t.locale, { name: t.name, city: t.city, address: t.address }])),
    phones,
  };
}

/** How many articles name this office as their contact (in any state: a draft cites it too). */
export async function countOfficeCitations(id: string, tx: Executor = db): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(articles).where(eq(articles.contactOfficeId, id));
  return row?.n ?? 0;
}

// ---------------------------------------------------------------- writing

export type OfficeSaveResult =
  | { status: 'saved'; id: string }
  | {
      status: 'invalid';
      phoneProblems: PhoneProblem[];
      /** Another office of the same country already has this French name. */
      duplicate?: { id: string; name: string; archived: boolean };
      unknownCountry?: boolean;
    }
  /**
   * Someone else saved the office since the form was opened (its version moved on): what is
   * stored now, and who saved it when (null when no audit entry names them, e.g. the seed's
   * office; the time is then the office's last change).
   */
  | { status: 'conflict'; current: OfficeForEdit; savedBy: string | null; savedAt: Date }
  | { status: 'missing' };

/**
 * Another office of the same country with the same French name, compared as people read names
 * (case, accents and punctuation aside, lib/match-name.ts, as topics are): "Bureau de Geneve"
 * is "Bureau de Genève". A country holds a handful of offices: they are compared here.
 */
async function findDuplicate(tx: Executor, input: OfficeFormInput, exceptId: string | null) {
  const wanted = foldName(input.texts[DEFAULT_LOCALE].name);
  const sameCountry = await tx
    .select({ id: offices.id, name: officeTranslations.name, status: offices.status })
    .from(offices)
    .innerJoin(officeTranslations, and(eq(officeTranslations.officeId, offices.id), eq(officeTranslations.locale, DEFAULT_LOCALE)))
    .where(and(eq(offices.countryCode, input.countryCode), exceptId ? ne(offices.id, exceptId) : undefined));
  const row = sameCountry.find((o) => foldName(o.name) === wanted);
  return row ? { id: row.id, name: row.name, archived: row.status === 'archived' } : undefined;
}

/** Everything that can be wrong with an office beyond the shape of the form. */
async function check(tx: Executor, input: OfficeFormInput, exceptId: string | null) {
  // No unique index can say "same name, read as people read it": saves naming offices of one
  // country take turns until they commit, so two admins creating the same office at the same
  // moment (or one, in two tabs) get one office and one "already exists".
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`office-names:${input.countryCode}`}))`);
  const checked = checkOfficePhones(input.phones, input.countryCode);
  const [country] = await tx.select({ code: countries.code }).from(countries).where(eq(countries.code, input.countryCode));
  const duplicate = await findDuplicate(tx, input, exceptId);
  const invalid = checked.problems.length > 0 || !!duplicate || !country;
  return { checked, invalid, result: { status: 'invalid' as const, phoneProblems: checked.problems, duplicate, unknownCountry: !country } };
}

async function writeTexts(tx: Executor, officeId: string, input: OfficeFormInput) {
  await tx.delete(officeTranslations).where(eq(officeTranslations.officeId, officeId));
  const rows = LOCALES.filter((l) => input.texts[l].name !== '').map((locale) => ({
    officeId,
    locale,
    name: input.texts[locale].name,
    city: input.texts[locale].city,
    address: input.texts[locale].address || null,
  }));
  await tx.insert(officeTranslations).values(rows);
}

async function writePhones(tx: Executor, officeId: string, phones: { label: PhoneLabel; e164: string; position: number }[]) {
  await tx.delete(officePhones).where(eq(officePhones.officeId, officeId));
  if (phones.length > 0) await tx.insert(officePhones).values(phones.map((p) => ({ officeId, ...p })));
}

export async function createOffice(tx: Executor, _actor: PublicUser, input: OfficeFormInput): Promise<OfficeSaveResult> {
  const { checked, invalid, result } = await check(tx, input, null);
  if (invalid) return result;
  const base = slugify(input.texts[DEFAULT_LOCALE].name, DEFAULT_LOCALE) || 'office';
  const taken = new Set(
    (await tx.select({ key: offices.key }).from(offices).where(ilike(offices.key, `${escapeLike(base)}%`))).map((r) => r.key),
  );
  const [created] = await tx
    .insert(offices)
    .values({ key: uniqueSlug(base, (k) => taken.has(k)), countryCode: input.countryCode, email: input.email })
    .returning({ id: offices.id });
  if (!created) throw new Error('office insert returned nothing');
  await writeTexts(tx, created.id, input);
  await writePhones(tx, created.id, checked.phones);
  return { status: 'saved', id: created.id };
}

/**
 * Saves over version `version` only: a concurrent save makes this one a conflict, never a silent
 * overwrite. What is wrong with the form itself (a phone number, a name another office has, a
 * country) is answered first, as the release and page editors answer a form's mistakes before
 * its conflict: none of it depends on what the colleague saved, the admin corrects it with their
 * text in place, and the save after meets the conflict (the version sent has not moved).
 */
export async function updateOffice(
  tx: Executor,
  _actor: PublicUser,
  id: string,
  version: number,
  input: OfficeFormInput,
): Promise<OfficeSaveResult> {
  const [current] = await tx.select({ version: offices.version }).from(offices).where(eq(offices.id, id)).for('update');
  if (!current) return { status: 'missing' };
  const { checked, invalid, result } = await check(tx, input, id);
  if (invalid) return result;
  if (current.version !== version) {
    const stored = (await getOfficeForEdit(id, tx))!;
    // Creations and edits only: an archive or restore changes no field the form holds.
    const last = await lastSaved(tx, 'office', id, ['office.create', 'office.update']);
    return { status: 'conflict', current: stored, savedBy: last?.name ?? null, savedAt: last?.at ?? stored.updatedAt };
  }
  await tx
    .update(offices)
    .set({ countryCode: input.countryCode, email: input.email, version: sql`${offices.version} + 1`, updatedAt: sql`now()` })
    .where(eq(offices.id, id));
  await writeTexts(tx, id, input);
  await writePhones(tx, id, checked.phones);
  return { status: 'saved', id };
}

/**
 * Archives or restores an office: it stays where it is cited, it only leaves (or rejoins) the
 * directory. `unchanged` when it already was in that state (a second click, another admin
 * first), `missing` when it is gone. The version is left alone: it guards the edit form's fields,
 * which this does not touch, so an admin editing the office meanwhile saves without a conflict.
 */
export async function setOfficeStatus(tx: Executor, _actor: PublicUser, id: string, status: 'active' | 'archived'): Promise<'changed' | 'unchanged' | 'missing'> {
  const rows = await tx
    .update(offices)
    .set({ status, updatedAt: sql`now()` })
    .where(and(eq(offices.id, id), ne(offices.status, status)))
    .returning({ id: offices.id });
  if (rows.length > 0) return 'changed';
  const [office] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.id, id));
  return office ? 'unchanged' : 'missing';
}

export type OfficeDeleteResult = { status: 'deleted' } | { status: 'cited'; citations: number } | { status: 'missing' };

/**
 * Deletes an office no article cites (one created by mistake). A cited office can only be
 * archived: the check here gives a clear answer, and the foreign key (restrict) holds even
 * against an article that starts citing it at the same moment.
 */
export async function deleteOffice(tx: Executor, _actor: PublicUser, id: string): Promise<OfficeDeleteResult> {
  const [office] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.id, id)).for('update');
  if (!office) return { status: 'missing' };
  const citations = await countOfficeCitations(id, tx);
  if (citations > 0) return { status: 'cited', citations };
  try {
    await tx.transaction(async (sp) => {
      await sp.delete(offices).where(eq(offices.id, id));
    });
  } catch (e) {
    if (isForeignKeyViolation(e)) return { status: 'cited', citations: await countOfficeCitations(id, tx) };
    throw e;
  }
  return { status: 'deleted' };
}

function isForeignKeyViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23503' || err?.cause?.code === '23503';
}
