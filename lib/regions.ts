import { intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/locales';

/** The five UN M49 regions a country can belong to (lib/m49.ts), in M49 code order. */
export const M49_REGIONS = ['002', '009', '019', '142', '150'] as const;

const M49_CODE = /^\d{3}$/;

export const isM49Code = (value: string | undefined): value is string => !!value && M49_CODE.test(value);

/**
 * The name of an M49 region or sub-region ("002", "011"…) in `locale`, from the CLDR data that
 * ships with Node's ICU: "Afrique", "Africa", "África", "أفريقيا". CLDR writes a few of them in
 * lower case (French "région micronésienne"); a name standing alone in a list starts with a
 * capital.
 */
export function regionName(locale: Locale, code: string): string {
  const name = new Intl.DisplayNames([intlLocale(locale)], { type: 'region', fallback: 'code' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(intlLocale(locale)) + name.slice(1);
}
