import { useEffect, useState } from 'preact/hooks';

/** How far down the page the reader has scrolled, from 0 to 1 (1 when it all fits on screen). */
export function useReadingProgress(): number {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const travel = document.documentElement.scrollHeight - innerHeight;
      setProgress(travel <= 0 ? 1 : Math.min(1, Math.max(0, scrollY / travel)));
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
