import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locales';
import { slugField } from './slug';
import { unflatten } from './nested-form';

export const TOPIC_NAME_MAX = 120;

/**
 * A topic as its form sends it: `texts.<locale>.name` and `texts.<locale>.slug` (the address of
 * its news list in that language; empty means "from the name"). French is required; a language
 * without a name has no list of that topic and the editors' lists show the French name.
 */
const topicText = z.object({
  name: z.string().trim().max(TOPIC_NAME_MAX, 'tooLong').default(''),
  slug: slugField('topic'),
});

export const topicFormSchema = z.preprocess(
  (raw) => (raw && typeof raw === 'object' ? unflatten(raw as Record<string, unknown>) : raw),
  z
    .object({
      texts: z.object(Object.fromEntries(LOCALES.map((l) => [l, topicText.default({ name: '', slug: '' })])) as Record<
        (typeof LOCALES)[number],
        z.ZodDefault<typeof topicText>
      >),
    })
    .superRefine((v, ctx) => {
      if (v.texts[DEFAULT_LOCALE].name === '') ctx.addIssue({ code: 'custom', path: ['texts', DEFAULT_LOCALE, 'name'], message: 'topic.nameRequired' });
      // An address with no name in its language would lead to a list no one can name.
      for (const l of LOCALES) {
        if (v.texts[l].slug !== '' && v.texts[l].name === '') ctx.addIssue({ code: 'custom', path: ['texts', l, 'name'], message: 'topic.nameForSlug' });
      }
    }),
);

export type TopicFormInput = z.output<typeof topicFormSchema>;

export const topicEditSchema = z.intersection(z.object({ id: z.uuid('invalid'), version: z.string().regex(/^\d+$/, 'invalid') }), topicFormSchema);

export const topicIdSchema = z.object({ id: z.uuid('invalid') });
