import { useEffect, useState } from 'react';

/** The tab chosen by the person, reset to the step's tab whenever the agenda moves on. */
export function useFollowedTab<T extends string>(stepId: string | undefined, stepTab: T): [T, (tab: T) => void] {
  const [chosen, setChosen] = useState<T | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the step changes
  useEffect(() => setChosen(null), [stepId]);
  return [chosen ?? stepTab, setChosen];
}
