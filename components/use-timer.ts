// A timer that replaces its previous run and is cleared when the component unmounts.
import { useCallback, useEffect, useRef } from 'preact/hooks';

export function useTimer(): (ms: number, run: () => void) => void {
  const handle = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (handle.current) clearTimeout(handle.current);
    },
    [],
  );
  return useCallback((ms: number, run: () => void) => {
    if (handle.current) clearTimeout(handle.current);
    handle.current = setTimeout(run, ms);
  }, []);
}
