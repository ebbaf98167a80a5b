import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { KeyFacts } from '@/components/KeyFacts';
import type { Article } from '@/utils/extract/types';
import { highlightSentence } from '@/utils/highlight-sentence';
import type { KeyFacts as Facts } from '@/utils/keyfacts';
import { sendMessage } from '@/utils/browser/messages';
import { markAfterPaint } from '@/utils/browser/paint-marks';
import { FACTS_PAINTED } from '@/utils/perf-marks';

/**
 * The article's key facts, computed by the background (the extractor stays out of this page's bundle);
 * choosing one highlights its sentence in the rendered body. No answer: no facts, the article stands alone.
 */
export function ArticleFacts({ article, bodyRef }: { article: Pick<Article, 'title' | 'text'>; bodyRef: RefObject<HTMLElement | null> }) {
  const [facts, setFacts] = useState<Facts | null>(null);
  useEffect(() => {
    let current = true;
    setFacts(null);
    void sendMessage('key-facts', { title: article.title, text: article.text }).then((reply) => {
      if (current && reply.ok) setFacts(reply.value);
    });
    return () => void (current = false);
  }, [article.title, article.text]);
  useEffect(() => {
    if (facts) markAfterPaint(FACTS_PAINTED);
  }, [facts]);
  if (!facts) return null;
  return <KeyFacts facts={facts} onSelect={(i) => bodyRef.current && highlightSentence(bodyRef.current, facts.sentences[i] ?? '')} />;
}
