import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

/**
 * A colleague as a refusal names them at the head of its sentence ("Awa Diallo a modifié cette
 * image…"): their name, as the audit log or the record has it, or "Quelqu’un d’autre" when
 * neither says (a record written before the log, or by a script), as the release editor words
 * it (Editor.someoneElse).
 */
export async function nameOrSomeoneElse(locale: Locale, name: string | null | undefined): Promise<string> {
  return name ?? (await getTranslations({ locale, namespace: 'Editor' }))('someoneElse');
}
