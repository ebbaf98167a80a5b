import type { RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import { KeyFacts } from '@/components/KeyFacts';
import type { Article } from '@/utils/extract/types';
import { highlightSentence } from '@/utils/highlight-sentence';
import { extractKeyFacts } from '@/utils/keyfacts';

/** The article's key facts; choosing one highlights its sentence in the rendered body. */
export function ArticleFacts({ article, bodyRef }: { article: Pick<Article, 'title' | 'text'>; bodyRef: RefObject<HTMLElement | null> }) {
  const facts = useMemo(() => extractKeyFacts(article.title, article.text), [article.title, article.text]);
  return <KeyFacts facts={facts} onSelect={(i) => bodyRef.current && highlightSentence(bodyRef.current, facts.sentences[i] ?? '')} />;
}
