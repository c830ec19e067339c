import { typeset } from '@/lib/typography';
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import { sharedChangeLines, sharedFieldLabels, sharedFieldNames, sharedValueIds, type SharedHistoryWords } from './shared-history';

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
const s = fr.ArticleShared;
const names: Record<string, string> = { news: 'Actualité', press_release: 'Communiqué de presse', o1: 'Bureau de Montevideo', o2: 'Bureau de Genève', UY: 'Uruguay', FR: 'France', CH: 'Suisse' };
const words: SharedHistoryWords = {
  field: sharedFieldLabels((k) => fr.Editor[k]),
  name: (_field, value) => names[value] ?? null,
  none: { contactOfficeId: fr.Editor.noOffice, heroMediaId: fr.Editor.noHero },
  deleted: (field) => createTranslator({ locale: 'fr', messages: fr, namespace: 'ArticleShared' })('historyDeleted', { field }),
  replaced: (v) => fill(s.historyReplaced, v),
  added: (v) => fill(s.historyAdded, v),
  removed: (v) => fill(s.historyRemoved, v),
  fieldsOnly: (v) => fill(s.historyFields, v),
  list: (items) => new Intl.ListFormat('fr', { type: 'conjunction' }).format(items),
};

describe('a change of the shared settings, in words', () => {
  it('names each value, says what was added and removed, in the form’s order', () => {
    const lines = sharedChangeLines(
      {
        fields: ['countryCodes', 'type', 'contactOfficeId', 'heroMediaId'],
        changes: {
          countryCodes: { before: ['FR', 'UY'], after: ['CH', 'UY'] },
          type: { before: 'press_release', after: 'news' },
          contactOfficeId: { before: null, after: 'o2' },
          heroMediaId: { before: 'gone', after: null },
        },
      },
      words,
    );
    expect(lines).toEqual([
      typeset('Type : Actualité (auparavant : Communiqué de presse)', 'fr'),
      typeset('Bureau à contacter : Bureau de Genève (auparavant : Aucun)', 'fr'),
      typeset('Pays — ajout : Suisse', 'fr'),
      typeset('Pays — retrait : France', 'fr'),
      typeset('Image principale : Aucune image (auparavant : (supprimée depuis))', 'fr'),
    ]);
  });

  it('says a value deleted since in the gender of what it was: an image, an office (feminine in Spanish)', () => {
    const gone: Parameters<typeof sharedChangeLines>[0] = {
      fields: ['contactOfficeId', 'heroMediaId'],
      changes: { contactOfficeId: { before: 'lost', after: 'o1' }, heroMediaId: { before: 'lost', after: null } },
    };
    expect(sharedChangeLines(gone, words)).toEqual([
      typeset('Bureau à contacter : Bureau de Montevideo (auparavant : (supprimé depuis))', 'fr'),
      typeset('Image principale : Aucune image (auparavant : (supprimée depuis))', 'fr'),
    ]);
    const t = createTranslator({ locale: 'es', messages: es, namespace: 'ArticleShared' });
    expect(t('historyDeleted', { field: 'contactOfficeId' })).toBe('(eliminada desde entonces)');
    expect(t('historyDeleted', { field: 'countryCodes' })).toBe('(eliminado desde entonces)');
    expect(t('historyDeletedNamed', { field: 'contactOfficeId', name: 'Oficina de Montevideo' })).toBe('Oficina de Montevideo (eliminada desde entonces)');
    expect(t('historyDeletedNamed', { field: 'topicIds', name: 'Migración' })).toBe('Migración (eliminado desde entonces)');
  });

  it('an entry that recorded only the fields names them', () => {
    expect(sharedChangeLines({ fields: ['topicIds', 'type'], changes: null }, words)).toEqual([typeset('Modifié : Type et Thèmes', 'fr')]);
    expect(sharedFieldNames({ fields: ['heroMediaId', 'topicIds'] }, words.field)).toEqual(['Thèmes', 'Image principale']);
  });

  it('collects the values to name, before and after, lists included, whatever else an entry holds', () => {
    const ids = sharedValueIds([
      { changes: { topicIds: { before: ['t1'], after: ['t1', 't2'] }, contactOfficeId: { before: null, after: 'o1' } } },
      { changes: { countryCodes: { before: ['UY'], after: [] }, heroMediaId: 'odd' as never, type: { before: 'news', after: 'statement' } } },
      { changes: null },
    ]);
    expect(Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, [...v].sort()]))).toEqual({
      type: ['news', 'statement'],
      contactOfficeId: ['o1'],
      topicIds: ['t1', 't2'],
      countryCodes: ['UY'],
      heroMediaId: [],
    });
  });
});
