/**
 * The message catalogs: fr.json is the source of truth; every other locale must carry exactly
 * its keys (nothing missing, nothing stale) and no empty text. Reads the files as they are on
 * disk, so a catalog someone forgot to create fails here rather than in a browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { typeset } from '@/lib/typography';
import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '@/lib/articles/workflow';
import { initialSound } from '@/lib/format';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locales';

type Catalog = { [key: string]: string | Catalog };

const dir = import.meta.dirname;

function load(locale: string): Catalog {
  const file = path.join(dir, `${locale}.json`);
  if (!fs.existsSync(file)) throw new Error(`messages/${locale}.json does not exist`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Catalog;
}

/** Leaf keys as dotted paths, with their values (a non-string leaf is kept to be reported). */
function leaves(catalog: Catalog, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalog)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of leaves(value, full)) out.set(k, v);
    } else {
      out.set(full, value);
    }
  }
  return out;
}

describe('message catalogs', () => {
  // Files are read inside each test, so a missing or malformed catalog fails a test by name.
  it(`${DEFAULT_LOCALE}.json (the source of truth) has messages`, () => {
    expect(leaves(load(DEFAULT_LOCALE)).size).toBeGreaterThan(0);
  });

  describe.each(LOCALES)('%s.json', (locale) => {
    it(`has exactly the keys of ${DEFAULT_LOCALE}.json`, () => {
      const source = leaves(load(DEFAULT_LOCALE));
      const catalog = leaves(load(locale));
      const missing = [...source.keys()].filter((k) => !catalog.has(k));
      const extra = [...catalog.keys()].filter((k) => !source.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('has only non-empty strings', () => {
      const bad = [...leaves(load(locale))].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad).toEqual([]);
    });

    it('prints a count as the {n} the caller formatted (lib/format.ts formatNumber), never as ICU #', () => {
      // `#` is the formatter's own number format, not the interface's: one place decides the digits.
      const bad = [...leaves(load(locale))].filter(([, v]) => typeof v === 'string' && /plural,/.test(v) && v.includes('#')).map(([k]) => k);
      expect(bad).toEqual([]);
    });
  });

  it('writes Arabic with Arabic punctuation (؟ ، ؛), not the Latin marks', () => {
    // A Latin "?" anywhere in a message holding Arabic, a Latin comma or semicolon touching an
    // Arabic word; ICU's own commas ("{count, plural, …}") touch Latin names only.
    const arabic = /[\u0600-\u06FF]/;
    const latin = /[\u0600-\u06FF]\s*[,;]|[,;]\s*[\u0600-\u06FF]/;
    const bad = [...leaves(load('ar'))].filter(([, v]) => typeof v === 'string' && arabic.test(v) && (v.includes('?') || latin.test(v))).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('spaces French high punctuation with a no-break space, so « : ; ! ? » never starts a line', () => {
    // The interface's own text, set as lib/typography.ts sets what writers type on public pages;
    // "https://", "mailto:" and "08:00" take no space at all and are left alone.
    const bad = [...leaves(load('fr'))].filter(([, v]) => typeof v === 'string' && /\s[:;!?»]|«\s/.test(v.replaceAll('\u00a0', ''))).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  describe('ar.json wording, where a reviewer found it slipping', () => {
    const ar = () => [...leaves(load('ar'))].filter((e): e is [string, string] => typeof e[1] === 'string');
    const at = (key: string) => leaves(load('ar')).get(key);

    it('calls the slug what its field calls it (الرابط), never an e-mail address nor a title', () => {
      expect(at('Editor.slug')).toMatch(/^الرابط/);
      const slugMessages = ar().filter(([k]) => /^Validation\.\w+\.(slug\w*|nameForSlug)$/.test(k) || /^TopicForm\.slug/.test(k));
      expect(slugMessages.length).toBeGreaterThan(10);
      // "عنوان" alone is the title the slug is made from ("تعذّر استخراج رابط من هذا العنوان"), never the slug.
      const bad = slugMessages.filter(([, v]) => /الإلكتروني/.test(v) || /عنوان/.test(v.replace(/من (هذا )?العنوان/g, '')));
      expect(bad).toEqual([]);
    });

    it('writes a count of things with every plural form Arabic has', () => {
      // A bare "{count} أرقام" is wrong for 2 (the dual) and from 11 on (the singular).
      const bare = ar().filter(([, v]) => /\{(count|n)\}\s*[\u0600-\u06ff]/.test(v) && !/\{count, plural/.test(v));
      expect(bare).toEqual([]);
      const partial = ar().filter(([, v]) => /\{count, plural,/.test(v) && !['one', 'two', 'few', 'many', 'other'].every((c) => new RegExp(`\\b${c} \\{`).test(v)));
      expect(partial).toEqual([]);
    });

    it('isolates a Latin address beginning (https://, mailto:, tel:, /…) in an Arabic sentence, so it reads left to right', () => {
      // Unisolated, the right-to-left sentence reorders it: "https://" is shown "//:https", "mailto:" ":mailto".
      const scheme = /(https?:\/\/…?|mailto:|tel:|\/…)/g;
      const bad = ar()
        .filter(([, v]) => /[\u0600-\u06ff]/.test(v))
        .flatMap(([k, v]) => [...v.matchAll(scheme)].filter((m) => v[m.index - 1] !== '\u2066' || v[m.index + m[0].length] !== '\u2069').map((m) => `${k}: ${m[0]}`));
      expect(bad).toEqual([]);
    });

    it('introduces the note sent back with a release without making its sender a man (not رسالته)', () => {
      // Shown under "أعادها {name} إلى المسودة": the editor who sent it back may be a woman.
      expect(at('Workflow.returnedNote')).not.toMatch(/(رسالته|ملاحظته|تعليقه)/);
    });

    it('addresses the reader in the singular, as the rest of the interface does (اكتب، أكِّده)', () => {
      // Plural imperatives and pronouns: "أبقوا", "أضيفوا", "صِفوها", "نصّكم", "يمكنكم".
      const plural = /[\u0600-\u06ff][\u064b-\u0652]*(?:وا|وه|وها|كم|تموه)(?![\u0600-\u06ff])/;
      const bad = ar().filter(([, v]) => plural.test(v)).map(([k, v]) => `${k}: ${v.match(plural)?.[0]}`);
      expect(bad).toEqual([]);
    });
  });

  it('elides in French before a name that begins with a vowel sound, in every language’s grammar', () => {
    const say = (locale: string, key: string, name: string) =>
      createTranslator({ locale, messages: load(locale) as never })(key as never, { name, sound: initialSound(name) } as never);
    expect(say('fr', 'AdminUsers.created', 'Edgar Éditeur')).toBe('Le compte d’Edgar Éditeur est créé.');
    expect(say('fr', 'AdminUsers.created', 'Marie Martin')).toBe('Le compte de Marie Martin est créé.');
    expect(say('fr', 'AdminUsers.resetQuestion', 'Hélène')).toBe(typeset('Réinitialiser le mot de passe d’Hélène ?', 'fr'));
    expect(say('fr', 'Auth.signOutIntro', 'Ida')).toMatch(/^Vous êtes connecté en tant qu’Ida\./);
    expect(say('fr', 'AdminUsers.disableQuestion', 'Bruno')).toMatch(/^Désactiver le compte de Bruno\u00a0\?/);
    expect(say('es', 'AdminUsers.created', 'Edgar Éditeur')).toBe('Se ha creado la cuenta de Edgar Éditeur.');
  });

  it('names every workflow step the audit log records (article.<transition>)', () => {
    const names = leaves(load(DEFAULT_LOCALE));
    const missing = TRANSITIONS.map((t) => `AuditLog.actions.article_${t}`).filter((k) => !names.has(k));
    expect(missing).toEqual([]);
  });
});
