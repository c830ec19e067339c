import { readFileSync } from 'node:fs';
import { parseLegacyPage, type LegacyIssue, type LegacyPage } from '@/lib/import/legacy-release';
import type { SeedContext, SeedFindingAction } from './context';

/** The scraped legacy page the real content comes from, as the repository holds it. */
export const LEGACY_SOURCE = 'db/seed/fixtures/legacy-oim-fr.txt';

/** The office the release's contact block names, and the country its phones are checked against. */
export const LEGACY_OFFICE = { key: 'montevideo', city: 'Montevideo', country: 'UY' } as const;

/**
 * Reads and parses the fixture. Its contact block names the Montevideo office ("Le bureau de
 * l’OIM à Montevideo"), so the phones are read as Uruguayan ones; a page that no longer says
 * so is refused rather than imported against the wrong country.
 */
export function readLegacyPage(): LegacyPage {
  const text = readFileSync(new URL('./fixtures/legacy-oim-fr.txt', import.meta.url), 'utf8');
  const page = parseLegacyPage(text, { officeCountry: LEGACY_OFFICE.country });
  const errors = page.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`${LEGACY_SOURCE} does not parse: ${errors.map((e) => e.code).join(', ')}`);
  }
  if (!page.contact?.officeLabel?.includes(LEGACY_OFFICE.city)) {
    throw new Error(`${LEGACY_SOURCE}: the contact block no longer names the ${LEGACY_OFFICE.city} office.`);
  }
  return page;
}

/** What the seed does with each kind of finding when it imports from the page. */
function actionFor(issue: LegacyIssue): SeedFindingAction {
  switch (issue.code) {
    case 'phone-calling-code':
      return 'applied-suggestion';
    case 'broken-mailto':
    case 'html-markup':
    case 'phone-prefix-completed':
      return 'repaired';
    case 'phone-invalid':
    case 'invalid-email':
      return 'skipped';
    default:
      return 'noted';
  }
}

const CONTACT_ISSUES: ReadonlySet<LegacyIssue['code']> = new Set<LegacyIssue['code']>([
  'broken-mailto',
  'html-markup',
  'mailto-mismatch',
  'invalid-email',
  'phone-prefix-completed',
  'phone-calling-code',
  'phone-other-country',
  'phone-invalid',
]);

/** Whether a finding is about the contact block (so the office) rather than the release text. */
export function isContactIssue(issue: LegacyIssue): boolean {
  return CONTACT_ISSUES.has(issue.code);
}

/** Records the page's findings in the summary, once per subject created from it. */
export function recordFindings({ summary }: SeedContext, subject: string, issues: LegacyIssue[]): void {
  for (const issue of issues) summary.findings.push({ source: LEGACY_SOURCE, subject, action: actionFor(issue), issue });
}
