/**
 * The organization structure as the legacy menu lists it ("Structure organisationnelle"): the
 * Director General, two Deputy Directors General, three offices. The seed names no one, so
 * `headName` stays null. The French titles are feminine because the seed's are ("Directrice
 * générale", "Directrice générale adjointe…"); Spanish and Arabic follow; English has no gender.
 * The tree is a plausible reading of the list: everything reports to the Director General.
 */
import { eq } from 'drizzle-orm';
import { orgUnits, orgUnitTranslations, LOCALES } from '@/db/schema';
import type { Localized, SeedContext } from './context';

interface OrgUnitContent {
  key: string;
  parentKey?: string;
  position: number;
  name: Localized<string>;
  /** The head's title; null where the seed gives none. */
  headTitle: Localized<string> | null;
}

export const ORG_UNITS: readonly OrgUnitContent[] = [
  {
    key: 'director-general',
    position: 0,
    name: {
      fr: 'Bureau de la Directrice générale',
      en: 'Office of the Director General',
      es: 'Oficina de la Directora General',
      ar: 'مكتب المديرة العامة',
    },
    headTitle: { fr: 'Directrice générale', en: 'Director General', es: 'Directora General', ar: 'المديرة العامة' },
  },
  {
    key: 'ddg-management-reform',
    parentKey: 'director-general',
    position: 0,
    name: { fr: 'Gestion et réformes', en: 'Management and Reform', es: 'Gestión y Reforma', ar: 'الإدارة والإصلاح' },
    headTitle: {
      fr: 'Directrice générale adjointe chargée de la gestion et des réformes',
      en: 'Deputy Director General for Management and Reform',
      es: 'Directora General Adjunta de Gestión y Reforma',
      ar: 'نائبة المديرة العامة لشؤون الإدارة والإصلاح',
    },
  },
  {
    key: 'ddg-operations',
    parentKey: 'director-general',
    position: 1,
    name: { fr: 'Opérations', en: 'Operations', es: 'Operaciones', ar: 'العمليات' },
    headTitle: {
      fr: 'Directrice générale adjointe chargée des opérations',
      en: 'Deputy Director General for Operations',
      es: 'Directora General Adjunta de Operaciones',
      ar: 'نائبة المديرة العامة لشؤون العمليات',
    },
  },
  {
    key: 'chief-of-staff',
    parentKey: 'director-general',
    position: 2,
    name: {
      fr: 'Bureau du Chef de Cabinet',
      en: 'Office of the Chief of Staff',
      es: 'Oficina del Jefe de Gabinete',
      ar: 'مكتب رئيس الديوان',
    },
    headTitle: { fr: 'Chef de Cabinet', en: 'Chief of Staff', es: 'Jefe de Gabinete', ar: 'رئيس الديوان' },
  },
  {
    key: 'partnerships-advocacy-communication',
    parentKey: 'director-general',
    position: 3,
    name: {
      fr: 'Bureau des partenariats, de la sensibilisation et de la communication',
      en: 'Office of Partnerships, Advocacy and Communication',
      es: 'Oficina de Alianzas, Promoción y Comunicación',
      ar: 'مكتب الشراكات والدعوة والتواصل',
    },
    headTitle: null,
  },
  {
    key: 'strategy-institutional-performance',
    parentKey: 'director-general',
    position: 4,
    name: {
      fr: 'Bureau de la stratégie et de la performance institutionnelle',
      en: 'Office of Strategy and Institutional Performance',
      es: 'Oficina de Estrategia y Desempeño Institucional',
      ar: 'مكتب الاستراتيجية والأداء المؤسسي',
    },
    headTitle: null,
  },
];

/** Units and their labels; a unit that exists (by key) is left as editors keep it. */
export async function seedOrgUnits({ tx, summary }: SeedContext): Promise<void> {
  for (const unit of ORG_UNITS) {
    let parentId: string | null = null;
    if (unit.parentKey) {
      const [parent] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.key, unit.parentKey));
      if (!parent) throw new Error(`Organization unit "${unit.parentKey}" is missing.`);
      parentId = parent.id;
    }
    const [created] = await tx
      .insert(orgUnits)
      .values({ key: unit.key, parentId, position: unit.position, headName: null })
      .onConflictDoNothing({ target: orgUnits.key })
      .returning({ id: orgUnits.id });
    if (!created) continue;
    summary.created.orgUnits++;
    await tx.insert(orgUnitTranslations).values(
      LOCALES.map((locale) => ({
        unitId: created.id,
        locale,
        name: unit.name[locale],
        headTitle: unit.headTitle?.[locale] ?? null,
      })),
    );
  }
}
