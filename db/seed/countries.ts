import { countries, countryTranslations, LOCALES } from '@/db/schema';
import { countryRegion } from '@/lib/m49';
import type { SeedContext } from './context';

/**
 * ISO 3166-1 alpha-2, every officially assigned code (249), plus XK (Kosovo), a user-assigned
 * code that libphonenumber-js and many registries use. Written out rather than taken from a
 * library: libphonenumber-js lists only territories with a numbering plan (no AQ, BV, GS, HM, PN,
 * TF, UM) and adds AC and TA, which are not ISO countries.
 */
export const COUNTRY_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

/**
 * Every country with its name in the four locales, from the CLDR data that ships with Node's ICU
 * (no list of names to maintain here), and its UN M49 region and sub-region (lib/m49.ts). Rows
 * that exist are left alone, so a name an editor corrected stays corrected; databases seeded
 * before regions existed got them from migration 0002.
 */
export async function seedCountries({ tx, summary }: SeedContext): Promise<void> {
  const names = LOCALES.map((locale) => ({
    locale,
    display: new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }),
  }));

  const inserted = await tx
    .insert(countries)
    .values(COUNTRY_CODES.map((code) => ({ code, ...countryRegion(code) })))
    .onConflictDoNothing()
    .returning({ code: countries.code });
  summary.created.countries += inserted.length;

  const translations = await tx
    .insert(countryTranslations)
    .values(
      COUNTRY_CODES.flatMap((code) =>
        names.map(({ locale, display }) => ({ countryCode: code, locale, name: display.of(code) ?? code })),
      ),
    )
    .onConflictDoNothing()
    .returning({ code: countryTranslations.countryCode });
  summary.created.countryNames += translations.length;
}
