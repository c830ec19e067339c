import { Refusal } from '@/lib/articles/refusal';

/** The refusal a write is expected to end with (anything else fails the test). */
export async function refusalOf(p: Promise<unknown>): Promise<Refusal> {
  try {
    await p;
  } catch (e) {
    if (e instanceof Refusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}
