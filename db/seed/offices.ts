/**
 * The Montevideo office, built from the legacy page's contact block through the importer rather
 * than typed in: its phones are written "+592 2 9168043 / 9168058" there, +592 being Guyana's
 * calling code, and the e-mail survives only as a broken mailto fragment. The importer notices
 * both; the seed applies its suggestions (the office is in Uruguay, and the same digits after
 * +598 are valid Uruguayan fixed lines) and reports what it did in the summary and the audit log.
 */
import { auditLog, officePhones, offices, officeTranslations, LOCALES, type PhoneLabel } from '@/db/schema';
import type { LegacyContact, LegacyPage } from '@/lib/import/legacy-release';
import type { Localized, SeedContext } from './context';
import { isContactIssue, LEGACY_OFFICE, LEGACY_SOURCE, recordFindings } from './legacy';

const MONTEVIDEO: { name: Localized<string>; city: Localized<string> } = {
  name: {
    fr: 'Bureau de l’OIM à Montevideo',
    en: 'IOM Office in Montevideo',
    es: 'Oficina de la OIM en Montevideo',
    ar: 'مكتب المنظمة الدولية للهجرة في مونتيفيديو',
  },
  city: { fr: 'Montevideo', en: 'Montevideo', es: 'Montevideo', ar: 'مونتيفيديو' },
};

interface OfficePhone {
  label: PhoneLabel;
  e164: string;
}

/**
 * The numbers to store: valid ones as they are, a mistyped calling code replaced by the
 * importer's suggestion, a valid number of another country kept (an office may list one abroad;
 * the finding is reported), an invalid one left out (reported too).
 */
function phonesToStore(contact: LegacyContact): OfficePhone[] {
  const phones: OfficePhone[] = [];
  for (const { label, analysis } of contact.phones) {
    switch (analysis.kind) {
      case 'valid':
      case 'other-country':
        phones.push({ label, e164: analysis.e164 });
        break;
      case 'wrong-calling-code':
        phones.push({ label, e164: analysis.suggestion.e164 });
        break;
      case 'invalid':
        break;
    }
  }
  // The same number twice (e.g. "Tél." and "Fax" alike) is stored once.
  return phones.filter((p, i) => phones.findIndex((q) => q.e164 === p.e164) === i);
}

/** Creates the office unless one with its key exists; returns its id either way. */
export async function seedOffices(ctx: SeedContext, legacy: LegacyPage): Promise<{ montevideoId: string }> {
  const { tx, summary } = ctx;
  const contact = legacy.contact;
  if (!contact) throw new Error(`${LEGACY_SOURCE} has no contact block.`);

  const [created] = await tx
    .insert(offices)
    .values({ key: LEGACY_OFFICE.key, countryCode: LEGACY_OFFICE.country, email: contact.email })
    .onConflictDoNothing({ target: offices.key })
    .returning({ id: offices.id });
  if (!created) {
    const existing = await tx.query.offices.findFirst({
      columns: { id: true },
      where: (o, { eq }) => eq(o.key, LEGACY_OFFICE.key),
    });
    if (!existing) throw new Error(`Office "${LEGACY_OFFICE.key}" vanished during the seed.`);
    return { montevideoId: existing.id };
  }

  summary.created.offices++;
  await tx.insert(officeTranslations).values(
    LOCALES.map((locale) => ({
      officeId: created.id,
      locale,
      name: MONTEVIDEO.name[locale],
      city: MONTEVIDEO.city[locale],
    })),
  );
  const phones = phonesToStore(contact);
  if (phones.length > 0) {
    await tx.insert(officePhones).values(phones.map((p, position) => ({ officeId: created.id, position, ...p })));
  }
  summary.created.officePhones += phones.length;

  const issues = legacy.issues.filter(isContactIssue);
  recordFindings(ctx, `office:${LEGACY_OFFICE.key}`, issues);
  await tx.insert(auditLog).values({
    action: 'office.import',
    entityType: 'office',
    entityId: created.id,
    detail: { source: LEGACY_SOURCE, phones: phones.map((p) => p.e164), email: contact.email, issues },
  });
  return { montevideoId: created.id };
}
