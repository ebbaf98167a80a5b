import { useEffect, useState } from 'preact/hooks';

/** How far through the article body the reader has scrolled, from 0 to 1. */
export function useReadingProgress(bodyRef: { current: HTMLElement | null }): number {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const body = bodyRef.current;
      if (!body) return;
      const rect = body.getBoundingClientRect();
      const travel = rect.height - innerHeight;
      setProgress(travel <= 0 ? 1 : Math.min(1, Math.max(0, -rect.top / travel)));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll);
    return () => {
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);
  return progress;
}
