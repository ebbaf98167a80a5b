import { extractKeyFacts, type KeyFacts } from '.';

/** Longer than any article the extractor lets through (its element bound); a bigger message is refused, not computed. */
const MAX_TEXT = 5_000_000;

/** The background's `key-facts` handler: the request comes from our pages, but it is checked like any message. */
export async function keyFactsOf({ title, text }: { title: unknown; text: unknown }): Promise<KeyFacts> {
  if (typeof title !== 'string' || typeof text !== 'string' || text.length > MAX_TEXT) {
    throw Object.assign(new Error('key facts need a title and a text'), { code: 'invalid' });
  }
  return extractKeyFacts(title, text);
}
