import { useEffect, useState } from 'preact/hooks';

/** reader.css lays the key facts beside the article from this width, above it below. */
const WIDE = '(min-width: 1100px)';

/** Whether the window is wide enough for the side column, following resizes. */
export function useWideLayout(): boolean {
  const [wide, setWide] = useState(() => matchMedia(WIDE).matches);
  useEffect(() => {
    const query = matchMedia(WIDE);
    const onChange = () => setWide(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return wide;
}
