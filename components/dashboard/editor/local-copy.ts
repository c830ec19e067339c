/**
 * The copy of an editor's unsaved text kept in this browser (localStorage), so a crash, a tab
 * closed anyway or a dead battery does not lose what was typed since the last save (WordPress
 * calls it the browser backup of a post). Pure functions over a storage given as an argument,
 * so they run in tests and on the server (the key is built there, from the signed-in user).
 *
 * Every key starts with LOCAL_COPY_PREFIX, so signing out can remove them all; a copy names its
 * user, so another person signed in on the same browser profile is never offered it.
 */

export const LOCAL_COPY_PREFIX = 'communique:unsaved:';

/** Older copies are dropped unread: text that old is more likely a trap than a rescue. */
export const LOCAL_COPY_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** What the copy functions need of a storage (window.localStorage, or a stand-in in tests). */
export type CopyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface LocalCopy<V> {
  values: V;
  /** The version the values were based on (null: not saved yet), put back with them. */
  baseVersion: number | null;
  /** A second version they rest on (the article's shared fields), when the editor has one. */
  otherVersion?: number | null;
  /** When the copy was written (ISO 8601). */
  savedAt: string;
}

export interface LocalCopyTarget {
  /** The signed-in user: a copy is offered only to the person who typed it. */
  userId: string;
  kind: 'article' | 'page' | 'office';
  /** The translation, page or office edited; for one not saved yet, "new" (qualified by its article when there is one). */
  id: string;
  /** The language of the text edited; none for a form holding every language at once (an office). */
  contentLocale?: string;
}

export function localCopyKey({ userId, kind, id, contentLocale }: LocalCopyTarget): string {
  const parts = contentLocale === undefined ? [userId, kind, id] : [userId, kind, id, contentLocale];
  return LOCAL_COPY_PREFIX + parts.map(encodeURIComponent).join(':');
}

/** The browser's localStorage, or null where there is none or it may not be used (blocked, server). */
export function browserStorage(): CopyStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

// Private browsing, a full quota, a storage blocked by the browser's settings: the copy is a
// safety net, so its failures are swallowed and the editor carries on as it did without it.
function attempt<T>(fallback: T, run: () => T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

/** Writes the copy; false when the storage refused it (full, unavailable). */
export function writeLocalCopy<V>(storage: CopyStorage | null, key: string, copy: LocalCopy<V>): boolean {
  if (!storage) return false;
  return attempt(false, () => {
    storage.setItem(key, JSON.stringify(copy));
    return true;
  });
}

export function removeLocalCopy(storage: CopyStorage | null, key: string): void {
  if (storage) attempt(undefined, () => storage.removeItem(key));
}

const isVersion = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isInteger(v));

function parseCopy(raw: string): LocalCopy<unknown> | null {
  const copy = attempt<unknown>(null, () => JSON.parse(raw));
  if (!copy || typeof copy !== 'object') return null;
  const { values, baseVersion, otherVersion, savedAt } = copy as Record<string, unknown>;
  if (!values || typeof values !== 'object' || Array.isArray(values)) return null;
  if (!isVersion(baseVersion) || (otherVersion !== undefined && !isVersion(otherVersion))) return null;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  return { values, baseVersion, ...(otherVersion !== undefined ? { otherVersion } : {}), savedAt };
}

const expired = (copy: LocalCopy<unknown>, now: number) => now - Date.parse(copy.savedAt) > LOCAL_COPY_MAX_AGE_MS;

/**
 * The copy under `key`, or null. One that cannot be read (broken JSON, another shape) or is
 * older than LOCAL_COPY_MAX_AGE_MS is removed unread. Its values are checked by the caller
 * (mergeCopyValues), against the form's own.
 */
export function readLocalCopy(storage: CopyStorage | null, key: string, now = Date.now()): LocalCopy<unknown> | null {
  if (!storage) return null;
  const raw = attempt(null, () => storage.getItem(key));
  if (raw === null) return null;
  const copy = parseCopy(raw);
  if (!copy || expired(copy, now)) {
    removeLocalCopy(storage, key);
    return null;
  }
  return copy;
}

/** Every key this app wrote (LOCAL_COPY_PREFIX), listed first: removing while listing shifts the indexes. */
function copyKeys(storage: CopyStorage): string[] {
  return attempt([], () => {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(LOCAL_COPY_PREFIX)) keys.push(key);
    }
    return keys;
  });
}

/** On signing out: no copy of anyone's text stays on a shared computer. */
export function removeAllLocalCopies(storage: CopyStorage | null): void {
  if (storage) for (const key of copyKeys(storage)) removeLocalCopy(storage, key);
}

/** Removes the copies too old (or broken) to be offered, whoever's and whichever text they are. */
export function dropExpiredLocalCopies(storage: CopyStorage | null, now = Date.now()): void {
  if (storage) for (const key of copyKeys(storage)) readLocalCopy(storage, key, now);
}

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * The form's values with those of the copy put in, field by field, where the field is one the
 * form has and of the same kind (text, list, document…): a copy written by an older version of
 * the form never brings a field it does not know, nor a value of the wrong kind.
 */
export function mergeCopyValues<V extends object>(loaded: V, copied: unknown): V {
  const merged = { ...loaded };
  if (!copied || typeof copied !== 'object') return merged;
  for (const key of Object.keys(loaded) as (keyof V)[]) {
    const value = (copied as Record<PropertyKey, unknown>)[key];
    if (value !== undefined && kindOf(value) === kindOf(loaded[key])) merged[key] = value as V[keyof V];
  }
  return merged;
}

/** JSON with object keys in a fixed order: the same values give the same text, whatever their keys' order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sameValues(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/**
 * What to offer when an editor opens: the copy, its values merged into the form's, when they
 * differ from what was loaded; null when there is nothing worth offering (no copy, or the same
 * text as stored — saved since, here or elsewhere).
 */
export function copyToOffer<V extends object>(copy: LocalCopy<unknown> | null, loaded: V): LocalCopy<V> | null {
  if (!copy) return null;
  const values = mergeCopyValues(loaded, copy.values);
  return sameValues(values, loaded) ? null : { ...copy, values };
}
