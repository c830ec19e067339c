import { describe, expect, it } from 'vitest';
import {
  copyToOffer,
  dropExpiredLocalCopies,
  LOCAL_COPY_MAX_AGE_MS,
  LOCAL_COPY_PREFIX,
  localCopyKey,
  mergeCopyValues,
  readLocalCopy,
  removeAllLocalCopies,
  sameValues,
  writeLocalCopy,
  type CopyStorage,
  type LocalCopy,
} from './local-copy';

/** localStorage as the browser keeps it: strings by key, in insertion order. */
class MemoryStorage implements CopyStorage {
  items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Private browsing or a full quota: every call throws, as browsers do. */
const brokenStorage: CopyStorage = {
  get length(): number {
    throw new DOMException('denied', 'SecurityError');
  },
  key: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

const now = Date.parse('2026-03-10T12:00:00Z');
const loaded = { title: 'Titre enregistré', slugAuto: true, topicIds: ['a'], body: { type: 'doc', content: [{ type: 'paragraph' }] } };
const copy = (values: object, savedAt = new Date(now - 60_000).toISOString()): LocalCopy<object> => ({ values, baseVersion: 3, savedAt });

describe('localCopyKey', () => {
  it('names a form holding every language at once (an office) without a language, apart from any text', () => {
    const office = localCopyKey({ userId: 'u-1', kind: 'office', id: 'new' });
    expect(office).toBe(`${LOCAL_COPY_PREFIX}u-1:office:new`);
    expect(office).not.toBe(localCopyKey({ userId: 'u-1', kind: 'page', id: 'new', contentLocale: 'fr' }));
  });

  it('names the user, the kind, the text and its language, under the one prefix', () => {
    const key = localCopyKey({ userId: 'u-1', kind: 'article', id: 't-9', contentLocale: 'ar' });
    expect(key).toBe(`${LOCAL_COPY_PREFIX}u-1:article:t-9:ar`);
  });

  it('differs for another user, another kind, another text or language', () => {
    const base = { userId: 'u-1', kind: 'article', id: 'new', contentLocale: 'fr' } as const;
    const keys = new Set([
      localCopyKey(base),
      localCopyKey({ ...base, userId: 'u-2' }),
      localCopyKey({ ...base, kind: 'page' }),
      localCopyKey({ ...base, id: 't-9' }),
      localCopyKey({ ...base, contentLocale: 'en' }),
    ]);
    expect(keys.size).toBe(5);
  });

  it('cannot be confused by a separator inside a part', () => {
    expect(localCopyKey({ userId: 'a:b', kind: 'page', id: 'c', contentLocale: 'fr' })).not.toBe(
      localCopyKey({ userId: 'a', kind: 'page', id: 'b:c', contentLocale: 'fr' }),
    );
  });
});

describe('writing and reading a copy', () => {
  it('reads back what was written', () => {
    const storage = new MemoryStorage();
    const written = copy({ title: 'Tapé' });
    expect(writeLocalCopy(storage, 'k', written)).toBe(true);
    expect(readLocalCopy(storage, 'k', now)).toEqual(written);
  });

  it('keeps the second version when there is one', () => {
    const storage = new MemoryStorage();
    writeLocalCopy(storage, 'k', { ...copy({ title: 'Tapé' }), otherVersion: 7 });
    expect(readLocalCopy(storage, 'k', now)?.otherVersion).toBe(7);
  });

  it('has nothing under a key never written', () => {
    expect(readLocalCopy(new MemoryStorage(), 'k', now)).toBeNull();
  });

  it('drops unread a copy older than 30 days, and keeps one just younger', () => {
    const storage = new MemoryStorage();
    writeLocalCopy(storage, 'old', copy({ title: 'Vieux' }, new Date(now - LOCAL_COPY_MAX_AGE_MS - 1).toISOString()));
    writeLocalCopy(storage, 'recent', copy({ title: 'Récent' }, new Date(now - LOCAL_COPY_MAX_AGE_MS + 60_000).toISOString()));
    expect(readLocalCopy(storage, 'old', now)).toBeNull();
    expect(storage.getItem('old')).toBeNull();
    expect(readLocalCopy(storage, 'recent', now)?.values).toEqual({ title: 'Récent' });
  });

  it('drops a value that is not JSON, or not a copy, without throwing', () => {
    const storage = new MemoryStorage();
    storage.setItem('broken', '{"values": {"title": "coupé');
    storage.setItem('other', JSON.stringify({ hello: 'world' }));
    storage.setItem('badVersion', JSON.stringify({ values: {}, baseVersion: '3', savedAt: new Date(now).toISOString() }));
    storage.setItem('badDate', JSON.stringify({ values: {}, baseVersion: null, savedAt: 'hier' }));
    for (const key of ['broken', 'other', 'badVersion', 'badDate']) {
      expect(readLocalCopy(storage, key, now)).toBeNull();
      expect(storage.getItem(key)).toBeNull();
    }
  });

  it('carries on silently when the storage refuses (private mode, quota) or is missing', () => {
    expect(writeLocalCopy(brokenStorage, 'k', copy({ title: 'x' }))).toBe(false);
    expect(readLocalCopy(brokenStorage, 'k', now)).toBeNull();
    expect(() => removeAllLocalCopies(brokenStorage)).not.toThrow();
    expect(() => dropExpiredLocalCopies(brokenStorage, now)).not.toThrow();
    expect(writeLocalCopy(null, 'k', copy({ title: 'x' }))).toBe(false);
    expect(readLocalCopy(null, 'k', now)).toBeNull();
  });
});

describe('removing copies', () => {
  it('on signing out, removes every copy of every user, and nothing else', () => {
    const storage = new MemoryStorage();
    for (const userId of ['u-1', 'u-2']) writeLocalCopy(storage, localCopyKey({ userId, kind: 'page', id: 'p', contentLocale: 'fr' }), copy({ title: userId }));
    writeLocalCopy(storage, localCopyKey({ userId: 'u-1', kind: 'article', id: 'new', contentLocale: 'ar' }), copy({ title: 'ar' }));
    storage.setItem('someone-else', 'kept');
    removeAllLocalCopies(storage);
    expect([...storage.items.keys()]).toEqual(['someone-else']);
  });

  it('drops the expired and broken copies only', () => {
    const storage = new MemoryStorage();
    const key = (id: string) => localCopyKey({ userId: 'u', kind: 'page', id, contentLocale: 'fr' });
    writeLocalCopy(storage, key('old'), copy({}, new Date(now - LOCAL_COPY_MAX_AGE_MS - 1).toISOString()));
    storage.setItem(key('broken'), 'not json');
    writeLocalCopy(storage, key('fresh'), copy({}));
    storage.setItem('unrelated', 'not json either');
    dropExpiredLocalCopies(storage, now);
    expect([...storage.items.keys()]).toEqual([key('fresh'), 'unrelated']);
  });
});

describe('what is offered when an editor opens', () => {
  it('offers a copy whose text differs from what was loaded', () => {
    const offered = copyToOffer(copy({ ...loaded, title: 'Titre tapé' }), loaded);
    expect(offered?.values).toEqual({ ...loaded, title: 'Titre tapé' });
    expect(offered?.baseVersion).toBe(3);
  });

  it('offers nothing when the copy holds what was loaded (saved since), whatever its keys order', () => {
    const reordered = { body: { content: [{ type: 'paragraph' }], type: 'doc' }, topicIds: ['a'], slugAuto: true, title: 'Titre enregistré' };
    expect(copyToOffer(copy(reordered), loaded)).toBeNull();
    expect(copyToOffer(null, loaded)).toBeNull();
  });

  it('takes from a copy only the fields the form has, of the same kind', () => {
    const merged = mergeCopyValues(loaded, { title: 'Tapé', topicIds: 'not a list', slugAuto: 'yes', gone: 'a field the form no longer has' });
    expect(merged).toEqual({ ...loaded, title: 'Tapé' });
    expect(copyToOffer(copy({ gone: 'x', topicIds: 5 }), loaded)).toBeNull();
    expect(mergeCopyValues(loaded, null)).toEqual(loaded);
  });

  it('compares values by content, lists in their order', () => {
    expect(sameValues({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValues({ b: [1, 2] }, { b: [2, 1] })).toBe(false);
    expect(sameValues({ a: 'x' }, { a: 'y' })).toBe(false);
  });
});
