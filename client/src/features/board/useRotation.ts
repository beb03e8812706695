import { useEffect, useState } from 'react';

/** The page on show when `count` pages take turns every `ms`; back to the first when they change. */
export function useRotation(count: number, ms: number): number {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    setIndex(0);
    if (count < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), ms);
    return () => clearInterval(timer);
  }, [count, ms]);
  return Math.min(index, Math.max(0, count - 1));
}
