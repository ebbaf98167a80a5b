import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { aiKeyPointsState, summarizeKeyPoints } from '@/utils/browser/summarizer';
import type { AiKeyPointsProps as Props } from './AiKeyPoints';

type State =
  | { kind: 'none' }
  | { kind: 'offer' }
  | { kind: 'working'; progress: number | null; clicked: boolean }
  | { kind: 'done'; points: string[] }
  | { kind: 'failed' };

/**
 * "AI key points (on device)" from Chrome's built-in Summarizer. Loaded by `AiKeyPoints` only where the API exists.
 * Checks availability after the first paint, summarises at once when the model is there, offers a button when the
 * model must be downloaded first (that needs a click), and renders nothing otherwise. Output is rendered as text.
 */
export function AiKeyPointsPanel({ text, title, lang, scope = globalThis }: Props) {
  const [state, setState] = useState<State>({ kind: 'none' });
  const abort = useRef<AbortController | null>(null);
  const titleId = useId();

  const run = async (clicked: boolean) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'working', progress: null, clicked });
    try {
      const points = await summarizeKeyPoints(text, {
        lang,
        title,
        signal: controller.signal,
        scope,
        onProgress: (loaded) => !controller.signal.aborted && setState({ kind: 'working', progress: loaded, clicked }),
      });
      if (controller.signal.aborted) return;
      // an automatic run that yields nothing shows nothing; a click always gets an answer
      setState(points.length ? { kind: 'done', points } : clicked ? { kind: 'failed' } : { kind: 'none' });
    } catch {
      if (!controller.signal.aborted) setState(clicked ? { kind: 'failed' } : { kind: 'none' });
    }
  };

  useEffect(() => {
    let live = true;
    setState({ kind: 'none' });
    if (!text.trim()) return;
    void aiKeyPointsState(lang, scope).then((s) => {
      if (!live) return;
      if (s === 'available') void run(false);
      else if (s === 'downloadable') setState({ kind: 'offer' });
    });
    return () => {
      live = false;
      abort.current?.abort();
    };
  }, [text, lang, scope]);

  if (state.kind === 'none') return null;
  if (state.kind === 'working' && !state.clicked && state.progress === null) {
    // a quiet placeholder while the model writes; a region with a heading appears only once there is something
    return (
      <section class="cr-ai" aria-busy="true">
        <p class="cr-ai-status" role="status">{t('factsAiWorking')}</p>
      </section>
    );
  }
  return (
    <section class="cr-ai" aria-labelledby={titleId}>
      <h2 class="cr-facts-heading" id={titleId}>{t('factsAiTitle')}</h2>
      {state.kind === 'offer' && (
        <button type="button" class="cr-button" onClick={() => void run(true)}>
          {t('factsAiGet')}
        </button>
      )}
      {state.kind === 'working' && (
        <p class="cr-ai-status" role="status">
          {state.progress !== null && state.progress < 1
            ? t('factsAiDownloading', String(Math.round(state.progress * 100)))
            : t('factsAiWorking')}
        </p>
      )}
      {state.kind === 'failed' && <p class="cr-ai-status">{t('factsAiFailed')}</p>}
      {state.kind === 'done' && (
        <ul class="cr-ai-points">
          {state.points.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
