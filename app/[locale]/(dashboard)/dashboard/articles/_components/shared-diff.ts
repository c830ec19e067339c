import type { SharedFields } from '@/db/queries/article-shared';
import { choiceDiff, setDiff } from '@/lib/revisions/choice-diff';
import type { FieldDiff } from '@/lib/revisions/diff';
import type { ArticleEditorOptions, ArticleFormValues } from './article-form-values';

/**
 * The shared fields stored (theirs) against the form's (mine), in words: the labels the editor
 * already has for every choice.
 */
export function sharedFieldDiffs(theirs: SharedFields, mine: ArticleFormValues, options: ArticleEditorOptions, none: string): FieldDiff[] {
  const names = {
    type: new Map(options.types.map((x) => [x.value, x.label])),
    office: new Map(options.offices.map((x) => [x.id, x.name])),
    topic: new Map(options.topics.map((x) => [x.id, x.name])),
    country: new Map(options.countries.map((x) => [x.code, x.name])),
    media: new Map(options.media.map((x) => [x.id, x.label])),
  };
  const name = (list: Map<string, string>, key: string | null) => (key ? (list.get(key) ?? key) : none);
  return [
    choiceDiff('type', name(names.type, theirs.type), name(names.type, mine.type)),
    choiceDiff('contactOfficeId', name(names.office, theirs.contactOfficeId), name(names.office, mine.contactOfficeId || null)),
    setDiff('topics', theirs.topicIds.map((k) => name(names.topic, k)), mine.topicIds.map((k) => name(names.topic, k))),
    setDiff('countries', theirs.countryCodes.map((k) => name(names.country, k)), mine.countryCodes.map((k) => name(names.country, k))),
    choiceDiff('heroMediaId', name(names.media, theirs.heroMediaId), name(names.media, mine.heroMediaId || null)),
  ];
}
