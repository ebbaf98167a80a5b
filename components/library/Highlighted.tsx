import { highlightSegments, type ParsedQuery } from '@/utils/clippings/search-index';

/** Text with the query's matches in <mark> elements: built from text nodes, never from HTML. */
export function Highlighted({ text, query }: { text: string; query: ParsedQuery }) {
  return <>{highlightSegments(text, query).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
