/**
 * Reads a press release page scraped from the legacy site (the text form of
 * db/seed/fixtures/legacy-oim-fr.txt): navigation menu, title, hard-wrapped body, and the
 * "Pour plus d’informations, veuillez contacter:" block.
 *
 * The page is legacy dirt, so the parser repairs what it safely can and reports everything it
 * noticed as `issues` (codes and data, no sentences): the caller decides what to apply, logs the
 * rest, and an editor sees it. Nothing is guessed silently.
 *
 * The shape it expects, in order (every part but the title is optional):
 *
 * 1. The navigation menu, which is skipped: lines starting with "-" (items; a lone "-" separates
 *    sections), headings printed twice ("Structure\nStructure": a link and its sub-menu title),
 *    and a heading followed by the same heading glued to an introduction sentence
 *    ("Qui sommes nous\nQui sommes nousL'Organisation…"). Those introductions are kept in
 *    `profileIntros`. The menu ends at the first line that is none of these.
 * 2. The title: that first line after the menu.
 * 3. The body, hard-wrapped. Paragraph rule: a line whose text ends with sentence-final
 *    punctuation (. ! ? …), optionally followed by closing quotes or a parenthesis (» ” " ’ ) ,
 *    spaces allowed before them), ends its paragraph; so does a blank line. Wrapped lines are
 *    joined with one space, except after a hyphen glued to a letter ("ibéro-" + "américain"),
 *    which is kept without a space. Two exceptions keep quotations whole: punctuation does not end
 *    a paragraph while a « or “ opened in it is not closed yet (a quotation of several sentences),
 *    and a line that starts with a lower-case letter continues the previous paragraph even after
 *    a full stop, because no paragraph starts in lower case ("« … des fonds. »" + "explique
 *    Brunson McKinley."). Known limits: an abbreviation ending a line before a capitalised word
 *    ("M." + "Dupont") still splits the paragraph there, and a « never closed runs on to the next
 *    blank line.
 * 4. The contact block, from a line like "Pour plus d’informations, veuillez contacter:" to the
 *    end: label lines (the first one names the office), phone lines ("Tél. :", "Fax :"…, several
 *    numbers per line), and the e-mail ("E-mail :" with the address on the same or the next line,
 *    possibly as a broken `"mailto:x@y">x@y` anchor fragment).
 */
import { z } from 'zod';
import { analyzePhone, splitLegacyPhoneParts, type PhoneAnalysis } from '@/lib/phone';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { PhoneLabel } from '@/db/schema';

export interface LegacyProfileIntro {
  /** The menu heading, e.g. "Qui sommes nous". */
  heading: string;
  /** The sentence glued to it, verbatim. */
  text: string;
}

export interface LegacyPhone {
  label: PhoneLabel;
  /** The number as the page wrote it, completed when it was a short tail ("9168058"). */
  raw: string;
  analysis: PhoneAnalysis;
}

export interface LegacyContact {
  /** "Pour plus d’informations, veuillez contacter:" as written. */
  heading: string;
  /** The first label line, e.g. "Le bureau de l’OIM à Montevideo"; null when there is none. */
  officeLabel: string | null;
  /** Further label lines (a person's name, an address…), in order. */
  otherLines: string[];
  phones: LegacyPhone[];
  /** The repaired address, or null when the block has none (or only an invalid one). */
  email: string | null;
}

export type LegacyIssueSeverity = 'info' | 'warning' | 'error';

export type LegacyIssue =
  | { code: 'no-title'; severity: 'error' }
  | { code: 'no-body'; severity: 'error' }
  | { code: 'no-contact-block'; severity: 'warning' }
  /** The body's last paragraph has no final punctuation: text may be missing. */
  | { code: 'unterminated-paragraph'; severity: 'warning'; text: string }
  /** An anchor fragment such as `"mailto:x@y">x@y` left by a bad scrape. */
  | { code: 'broken-mailto'; severity: 'warning'; raw: string; repaired: string }
  /** Whole HTML markup where plain text was expected. */
  | { code: 'html-markup'; severity: 'warning'; raw: string; repaired: string }
  /** The link and its text name different addresses: the link's target is kept. */
  | { code: 'mailto-mismatch'; severity: 'warning'; raw: string; href: string; text: string }
  | { code: 'invalid-email'; severity: 'error'; raw: string }
  /** "… / 9168058": the short part took the first number's leading digits. */
  | { code: 'phone-prefix-completed'; severity: 'info'; raw: string; completed: string }
  /** Invalid as written; valid for the office's country with its calling code instead. */
  | {
      code: 'phone-calling-code';
      severity: 'warning';
      raw: string;
      /** The country of the calling code as written, e.g. "GY"; absent when it cannot be told. */
      country?: string;
      callingCode: string;
      officeCountry: string;
      suggestion: string;
    }
  /** A valid number, of another country than the office's. */
  | {
      code: 'phone-other-country';
      severity: 'warning';
      raw: string;
      e164: string;
      country: string;
      officeCountry: string;
      suggestion?: string;
    }
  | { code: 'phone-invalid'; severity: 'error'; raw: string; reason: string };

export interface LegacyPage {
  /** Navigation labels in the order met, each once ("Structure", "Directrice générale"…). */
  menu: string[];
  profileIntros: LegacyProfileIntro[];
  title: string | null;
  /** Body paragraphs, joined from their wrapped lines, typography untouched. */
  paragraphs: string[];
  /** The paragraphs as rich text; a « quotation » paragraph is a blockquote. */
  body: RichTextDoc;
  contact: LegacyContact | null;
  issues: LegacyIssue[];
}

export interface ParseLegacyPageOptions {
  /** ISO 3166-1 alpha-2 country of the office the release cites; phones are checked against it. */
  officeCountry: string;
}

/** Sentence-final punctuation, then optional closing quotes or parenthesis (see the rule above). */
const ENDS_PARAGRAPH = /[.!?…](?:[\s\u00a0\u202f]*[»”"’)])*$/;
const CONTACT_HEADING = /^(?:pour (?:plus d[’']informations|tout renseignement)|for (?:more|further) information|para (?:más|mayor) información)\b/i;
const PHONE_LINE = /^(t[ée]l[ée]?(?:phone|fono)?|phone|fax|mobile|portable|m[óo]vil|cel(?:l|ular)?)\s*\.?\s*:?\s*(.*)$/i;
const EMAIL_LINE = /^(?:e-?mail|courriel|correo(?: electr[óo]nico)?|mail)\s*:?\s*(.*)$/i;
const NUMBER_ONLY_LINE = /^[+(]?\d[\d\s().\-/;,]*$/;

const emailSchema = z.email();

function normalizeLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+$/, ''));
}

interface MenuScan {
  menu: string[];
  profileIntros: LegacyProfileIntro[];
  /** Index of the first line after the menu. */
  end: number;
}

/** Walks the navigation menu (see rule 1) and stops at the first line that is not part of it. */
function scanMenu(lines: string[]): MenuScan {
  const menu: string[] = [];
  const profileIntros: LegacyProfileIntro[] = [];
  const addLabel = (label: string) => {
    if (label && !menu.includes(label)) menu.push(label);
  };
  let i = 0;
  while (i < lines.length) {
    const line = (lines[i] ?? '').trim();
    const next = (lines[i + 1] ?? '').trim();
    if (line === '') {
      i++;
    } else if (line.startsWith('-')) {
      addLabel(line.replace(/^-+\s*/, ''));
      i++;
    } else if (next === line) {
      addLabel(line);
      i += 2;
    } else if (next.length > line.length && next.startsWith(line) && !/^\s/.test(next.slice(line.length))) {
      // Glued: the heading's own text runs straight into the introduction, no space between.
      addLabel(line);
      profileIntros.push({ heading: line, text: next.slice(line.length).trim() });
      i += 2;
    } else {
      break;
    }
  }
  return { menu, profileIntros, end: i };
}

function joinWrapped(lines: string[]): string {
  return lines.reduce((acc, line) => (acc === '' ? line : /\p{L}-$/u.test(acc) ? acc + line : `${acc} ${line}`), '');
}

/** Whether a « or “ opened in these lines is still waiting for its closing mark. */
function quotationOpen(lines: string[]): boolean {
  let depth = 0;
  for (const ch of lines.join(' ')) {
    if (ch === '«' || ch === '“') depth++;
    else if ((ch === '»' || ch === '”') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Rebuilds paragraphs from hard-wrapped lines (rule 3). */
export function paragraphsFromWrappedLines(lines: string[]): string[] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  // What ended the last paragraph: only a punctuation break may be undone by a lower-case line;
  // a blank line is a deliberate break.
  let lastBreak: 'punctuation' | 'blank' = 'blank';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
      lastBreak = 'blank';
      continue;
    }
    if (current.length === 0 && lastBreak === 'punctuation' && /^\p{Ll}/u.test(line)) {
      current = paragraphs.pop() ?? [];
    }
    current.push(line);
    if (ENDS_PARAGRAPH.test(line) && !quotationOpen(current)) {
      paragraphs.push(current);
      current = [];
      lastBreak = 'punctuation';
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs.map(joinWrapped);
}

interface EmailFinding {
  email: string | null;
  issues: LegacyIssue[];
}

/** Finds the address in the text of the e-mail line(s) and repairs anchor leftovers. */
function extractEmail(raw: string): EmailFinding {
  const text = raw.trim();
  const anchor = /<a\b[^>]*?href\s*=\s*["']?mailto:([^"'?>\s]+)[^>]*>([^<]*)<\/a>/i.exec(text);
  const fragment = anchor ? null : /["']?mailto:([^"'?>\s]+)(?:\?[^"'>]*)?["']?\s*(?:>\s*([^\s<]*))?/i.exec(text);
  const plain = /[^\s@<>"'():;]+@[^\s@<>"'():;]+/.exec(text);
  const href = anchor?.[1] ?? fragment?.[1];
  const label = (anchor?.[2] ?? fragment?.[2] ?? '').trim();
  const email = href ?? plain?.[0] ?? null;
  if (email === null) return { email: null, issues: text ? [{ code: 'invalid-email', severity: 'error', raw: text }] : [] };

  const issues: LegacyIssue[] = [];
  if (!emailSchema.safeParse(email).success) return { email: null, issues: [{ code: 'invalid-email', severity: 'error', raw: text }] };
  if (anchor) issues.push({ code: 'html-markup', severity: 'warning', raw: text, repaired: email });
  else if (fragment) issues.push({ code: 'broken-mailto', severity: 'warning', raw: text, repaired: email });
  if (href && label.includes('@') && label.toLowerCase() !== href.toLowerCase()) {
    issues.push({ code: 'mailto-mismatch', severity: 'warning', raw: text, href, text: label });
  }
  return { email, issues };
}

function phoneLabel(word: string): PhoneLabel {
  if (/^fax/i.test(word)) return 'fax';
  if (/^(mobile|portable|m[óo]vil|cel)/i.test(word)) return 'mobile';
  return 'switchboard';
}

function phoneIssue(raw: string, analysis: PhoneAnalysis): LegacyIssue | null {
  switch (analysis.kind) {
    case 'valid':
      return null;
    case 'wrong-calling-code':
      return {
        code: 'phone-calling-code',
        severity: 'warning',
        raw,
        ...(analysis.country ? { country: analysis.country } : {}),
        callingCode: analysis.callingCode,
        officeCountry: analysis.officeCountry,
        suggestion: analysis.suggestion.e164,
      };
    case 'other-country':
      return {
        code: 'phone-other-country',
        severity: 'warning',
        raw,
        e164: analysis.e164,
        country: analysis.country,
        officeCountry: analysis.officeCountry,
        ...(analysis.suggestion ? { suggestion: analysis.suggestion.e164 } : {}),
      };
    case 'invalid':
      return { code: 'phone-invalid', severity: 'error', raw, reason: analysis.reason };
  }
}

function parsePhones(label: PhoneLabel, field: string, officeCountry: string, issues: LegacyIssue[]): LegacyPhone[] {
  return splitLegacyPhoneParts(field).map(({ written, completed: raw }) => {
    if (written !== raw) issues.push({ code: 'phone-prefix-completed', severity: 'info', raw: written, completed: raw });
    const analysis = analyzePhone(raw, officeCountry);
    const issue = phoneIssue(raw, analysis);
    if (issue) issues.push(issue);
    return { label, raw, analysis };
  });
}

function parseContact(lines: string[], officeCountry: string, issues: LegacyIssue[]): LegacyContact {
  const [heading = '', ...rest] = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  const labels: string[] = [];
  const phones: LegacyPhone[] = [];
  let email: string | null = null;
  let awaitingEmail = false;

  for (const line of rest) {
    const phone = PHONE_LINE.exec(line);
    const emailLine = EMAIL_LINE.exec(line);
    if (phone && /\d/.test(phone[2] ?? '')) {
      phones.push(...parsePhones(phoneLabel(phone[1] ?? ''), phone[2] ?? '', officeCountry, issues));
      awaitingEmail = false;
    } else if (emailLine) {
      const value = emailLine[1] ?? '';
      awaitingEmail = value.trim() === '';
      if (!awaitingEmail) email ??= takeEmail(value, issues);
    } else if (awaitingEmail || /mailto:|@/i.test(line)) {
      email ??= takeEmail(line, issues);
      awaitingEmail = false;
    } else if (NUMBER_ONLY_LINE.test(line)) {
      phones.push(...parsePhones('switchboard', line, officeCountry, issues));
    } else {
      labels.push(line);
    }
  }
  return { heading, officeLabel: labels[0] ?? null, otherLines: labels.slice(1), phones, email };
}

function takeEmail(text: string, issues: LegacyIssue[]): string | null {
  const found = extractEmail(text);
  issues.push(...found.issues);
  return found.email;
}

/** Reads one legacy release page; see the module comment for the rules. */
export function parseLegacyPage(text: string, options: ParseLegacyPageOptions): LegacyPage {
  const lines = normalizeLines(text);
  const issues: LegacyIssue[] = [];
  const { menu, profileIntros, end } = scanMenu(lines);

  const title = lines[end]?.trim() || null;
  if (title === null) issues.push({ code: 'no-title', severity: 'error' });

  const afterTitle = lines.slice(end + 1);
  const contactAt = afterTitle.findIndex((l) => CONTACT_HEADING.test(l.trim()));
  const bodyLines = contactAt === -1 ? afterTitle : afterTitle.slice(0, contactAt);
  const paragraphs = title === null ? [] : paragraphsFromWrappedLines(bodyLines);
  if (title !== null && paragraphs.length === 0) issues.push({ code: 'no-body', severity: 'error' });
  const last = paragraphs.at(-1);
  if (last !== undefined && !ENDS_PARAGRAPH.test(last)) {
    issues.push({ code: 'unterminated-paragraph', severity: 'warning', text: last });
  }

  let contact: LegacyContact | null = null;
  if (contactAt === -1) {
    if (title !== null) issues.push({ code: 'no-contact-block', severity: 'warning' });
  } else {
    contact = parseContact(afterTitle.slice(contactAt), options.officeCountry, issues);
  }

  return { menu, profileIntros, title, paragraphs, body: docFromParagraphs(paragraphs), contact, issues };
}

/**
 * The first sentence of a paragraph, for a lede: up to the first sentence-final punctuation that
 * is followed by a capital letter or an opening quote, or the whole paragraph. Known limit: an
 * abbreviation before a capitalised name ("M. Dupont") ends it too early; the legacy releases
 * spell names out.
 */
export function firstSentence(paragraph: string): string {
  const text = paragraph.trim();
  const match = /^.+?[.!?…](?:[\s\u00a0\u202f]*[»”"’)])*(?=\s+[\p{Lu}«“"]|$)/u.exec(text);
  return match ? match[0] : text;
}
