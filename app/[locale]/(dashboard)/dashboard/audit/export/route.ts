import { db } from '@/db';
import { audit, auditRefusal } from '@/db/queries/audit';
import { eachAuditEntry, type AuditRow } from '@/db/queries/audit-log';
import { getTranslations } from 'next-intl/server';
import { isAppLocale } from '@/i18n/routing';
import { CSV_BOM, csvRow, type CsvSeparator } from '@/lib/csv';
import { siteDay } from '@/lib/format';
import { getRequester } from '@/lib/dal';
import { DEFAULT_LOCALE } from '@/lib/locales';
import { can } from '@/lib/permissions';
import { deniedEntry, refusedBecause } from '@/lib/requester';
import { auditDetailWords, detailLines } from '../detail-words';
import { auditFilterMessages, CHECKED_FIELDS, itemName, readAuditFilter, unnamedActorLabel } from '../filter';

/**
 * The columns: the detail as recorded (JSON: ids, codes, exact values) for what reads it as data;
 * then the same in words, as the page says it (./detail-words.ts), for a person reading the file,
 * last, so that every column before it stays where it was.
 */
const HEADER = ['id', 'at', 'actorName', 'actorEmail', 'action', 'entityType', 'entityId', 'title', 'locale', 'outcome', 'ip', 'detail', 'changes'] as const;

/**
 * The audit log as CSV, with the filters of the page. A route handler is a public endpoint
 * like any other: it checks who is asking itself (the dashboard layout never runs here),
 * audits a refusal as well as the export, and streams rows in batches. A filter the page would
 * refuse (an impossible date, "to" before "from", too short an item id) is refused here too,
 * with a 400 and the same messages, before any CSV byte and without an audit entry: nothing was
 * exported. The first batch of rows is read before anything else too: a database that fails
 * then gives a 500, not a 200 with a header row and a reset connection logged as an export.
 * A failure on a later batch can only cut the stream short.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isAppLocale(raw) ? raw : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'AuditLog' });
  const requester = await getRequester();
  const { user } = requester;
  if (!user || !can(user.role, 'audit.view')) {
    await auditRefusal(deniedEntry(requester, { action: 'audit.export', detail: { permission: 'audit.view' } }));
    // A disabled account is told so (403: signing in again cannot help), not to sign in.
    const why = refusedBecause(requester);
    return new Response(t(why === 'forbidden' ? 'exportForbidden' : why === 'accountDisabled' ? 'exportAccountDisabled' : 'exportSignedOut'), {
      status: why === 'signedOut' ? 401 : 403,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }

  const query = new URL(request.url).searchParams;
  const { filter, errors } = readAuditFilter(query);
  const separator: CsvSeparator = query.get('sep') === 'semicolon' ? ';' : ',';
  if (!filter) {
    const said = auditFilterMessages(errors, locale, t);
    const lines = CHECKED_FIELDS.flatMap((f) => (said[f] ? [t('exportFieldError', { field: t(`filters.${f}`), message: said[f] })] : []));
    return new Response([t('exportInvalidFilter'), ...lines].join('\n') + '\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const rows = eachAuditEntry(filter);
  const encoder = new TextEncoder();
  // An entry that names no one says whom it is from, as the list does ("System", "Anonymous…");
  // one about a release, a topic, a unit, an office or an account names it, as the list does.
  const cell = (r: AuditRow, h: Exclude<(typeof HEADER)[number], 'changes'>) =>
    h === 'actorName' ? (r.actorName ?? unnamedActorLabel(r, t)) : h === 'title' ? (itemName(r, locale)?.name ?? null) : r[h];
  const batch = async (entries: AuditRow[]) => {
    const words = await auditDetailWords(user, locale, entries);
    const row = (r: AuditRow, i: number) => csvRow(HEADER.map((h) => (h === 'changes' ? detailLines(words[i]!, t).join('\n') : cell(r, h))), separator);
    return encoder.encode(entries.map(row).join(''));
  };
  // The first batch, words included, is made before anything is sent (see above).
  let first: Uint8Array | null;
  try {
    const read = await rows.next();
    first = read.done ? null : await batch(read.value);
  } catch (error) {
    console.error('[audit export] reading the log failed:', error);
    return new Response(t('exportFailed') + '\n', {
      status: 500,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  await audit(db, { action: 'audit.export', actorId: user.id, actorEmail: user.email, ip: requester.ip, detail: { filter } });
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(HEADER.map((h) => t(`csv.${h}`)), separator)));
      if (first === null) controller.close();
      else controller.enqueue(first);
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) return controller.close();
      controller.enqueue(await batch(next.value));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  // The organization's day, not UTC's: an export made at 00:30 in Geneva is named after that day.
  const day = siteDay();
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-log-${day}.csv"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
