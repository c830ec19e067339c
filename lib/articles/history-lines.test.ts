import { createTranslator } from 'next-intl';
import { typeset } from '@/lib/typography';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import { intlLocale } from '@/lib/format';
import fr from '@/messages/fr.json';
import { heroAltLine, lineValues, scheduleLine, type HistoryLine } from './history-lines';

const catalogs = { fr, ar };
// Times as the page shows them (LocalTime), here in UTC, in the language's digits.
const say = (locale: 'fr' | 'ar', line: HistoryLine) => {
  const t = createTranslator({ locale, messages: catalogs[locale], namespace: 'ReleaseHistory' });
  const time = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return t.markup(line.key, lineValues(line, (part) => ('time' in part ? time.format(new Date(part.time)) : part.text)) as Record<string, string>);
};
const FIRST = '2031-05-04T08:00:00.000Z';
const SECOND = '2031-06-01T08:00:00.000Z';

describe('a release’s history, in words', () => {
  it('says the main image’s new description and the one it replaced, or that there was none; an older entry only that it changed', () => {
    expect(say('fr', heroAltLine({ text: { before: 'Une tente', after: 'Une tente bleue' } }))).toBe(typeset('Description : « Une tente bleue » (auparavant : « Une tente »)', 'fr'));
    expect(say('fr', heroAltLine({ text: { before: null, after: 'Une tente' } }))).toBe(typeset('Description : « Une tente » (auparavant : aucune)', 'fr'));
    expect(say('fr', heroAltLine({ text: null }))).toBe('Description de l’image modifiée (les textes n’étaient pas encore conservés)');
    expect(say('ar', heroAltLine({ text: { before: null, after: 'خيمة' } }))).toBe('الوصف: «خيمة» (سابقا: لا يوجد)');
  });

  it('says a schedule set, moved, withdrawn or cut short, with the times it had when known', () => {
    const line = (kind: 'scheduled' | 'rescheduled' | 'cancelled' | 'publishedEarly', publishAt: string | null, previousPublishAt: string | null, to: 'scheduled' | 'draft' | 'archived' | 'published' = 'scheduled') =>
      scheduleLine({ kind, publishAt, previousPublishAt, to });
    expect(say('fr', line('scheduled', FIRST, null))).toBe('Publication programmée pour le 4 mai 2031 à 08:00');
    expect(say('fr', line('rescheduled', SECOND, FIRST))).toBe(typeset('Publication reprogrammée pour le 1 juin 2031 à 08:00 (auparavant : 4 mai 2031 à 08:00)', 'fr'));
    expect(say('fr', line('rescheduled', SECOND, null))).toBe('Publication reprogrammée pour le 1 juin 2031 à 08:00');
    expect(say('fr', line('cancelled', null, SECOND, 'draft'))).toBe(typeset('Programmation annulée (publication prévue le 1 juin 2031 à 08:00) : remise en brouillon', 'fr'));
    expect(say('fr', line('cancelled', null, null, 'archived'))).toBe(typeset('Programmation annulée : traduction archivée', 'fr'));
    expect(say('fr', line('publishedEarly', null, SECOND, 'published'))).toBe('Publication immédiate, au lieu du 1 juin 2031 à 08:00');
    expect(say('fr', line('publishedEarly', null, null, 'published'))).toBe('Publication immédiate, avant l’heure prévue');
    expect(say('ar', line('cancelled', null, null, 'draft'))).toBe('أُلغيت الجدولة: أعيدت إلى مسودة');
    expect(say('ar', line('scheduled', FIRST, null))).toBe('جُدول النشر في 4 مايو 2031 في 08:00 ص');
  });
});
