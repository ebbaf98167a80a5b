import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './key-facts.css';

export interface AiKeyPointsProps {
  /** The article's plain text. */
  text: string;
  title?: string;
  lang?: string | null;
  /** Where the Summarizer API is looked up; tests pass a stub. */
  scope?: object;
}

/**
 * Optional "AI key points (on device)" from Chrome's built-in Summarizer API. Never blocking: where the API does
 * not exist this renders nothing and loads nothing; where it does, the panel and its code load after the first paint.
 */
export function AiKeyPoints(props: AiKeyPointsProps) {
  const scope = props.scope ?? globalThis;
  const present = 'Summarizer' in scope;
  const [Panel, setPanel] = useState<FunctionComponent<AiKeyPointsProps> | null>(null);
  useEffect(() => {
    if (!present || Panel) return;
    let live = true;
    import('./AiKeyPointsPanel')
      .then((m) => live && setPanel(() => m.AiKeyPointsPanel))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [present]);
  return present && Panel ? <Panel {...props} scope={scope} /> : null;
}
