// Text fragments (`#:~:text=`) link to a passage of a page; browsers scroll to and highlight it.
const WORDS_AT_EDGES = 4;
const MAX_EXACT_CHARS = 80;

/** Percent-encodes a text directive part, including the characters the syntax reserves (`-`, `,`, `&`). */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** A URL that opens `pageUrl` scrolled to the passage `selected`, short passages exactly, long ones by their edges. */
export function textFragmentUrl(pageUrl: string, selected: string): string {
  const passage = selected.replace(/\s+/g, ' ').trim();
  const base = pageUrl.split('#')[0] ?? pageUrl;
  if (!passage) return base;
  const words = passage.split(' ');
  const directive =
    passage.length <= MAX_EXACT_CHARS || words.length <= WORDS_AT_EDGES * 2
      ? encodePart(passage)
      : `${encodePart(words.slice(0, WORDS_AT_EDGES).join(' '))},${encodePart(words.slice(-WORDS_AT_EDGES).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}
