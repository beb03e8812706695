import { useState } from 'react';
import { chooseTab, type FollowState, followRoom, goBack, type RoomSignal } from './followRoom';
import type { ParticipantTab } from './tabForMethod';

/**
 * The console's tab: the facilitator's choice, reset to the step's tab whenever the agenda moves
 * on. The workshop's state arriving after the page loaded (the step going from unknown to known)
 * is not the agenda moving on: a tab clicked in the meantime stays.
 */
export function useFollowedTab<T extends string>(stepId: string | undefined, stepTab: T): [T, (tab: T) => void] {
  const [chosen, setChosen] = useState<T | null>(null);
  const [seenStep, setSeenStep] = useState(stepId);
  // Adjusted during render (React's pattern for state that follows props): no frame of the old tab.
  let current = chosen;
  if (stepId !== seenStep) {
    setSeenStep(stepId);
    if (seenStep !== undefined && chosen !== null) {
      current = null;
      setChosen(null);
    }
  }
  return [current ?? stepTab, setChosen];
}

export interface RoomTab {
  tab: ParticipantTab;
  /** The panel the room took the person away from, for the notice's way back. */
  back: ParticipantTab | null;
  select: (tab: ParticipantTab) => void;
  goBack: () => void;
}

/**
 * A participant's panel: their own choice, until the room moves on (a new step, a vote round
 * or a consensus check opening); then the room's panel, with the way back to where they were.
 */
export function useRoomTab(signal: RoomSignal): RoomTab {
  const [state, setState] = useState<FollowState>(() => chooseTab(signal.stepTab));
  const [seen, setSeen] = useState(signal);
  // React's pattern for state that follows changed props: adjust during render, so the new
  // panel shows in the same render as the new step, without a frame of the old one.
  let current = state;
  if (!sameSignal(seen, signal)) {
    current = followRoom(state, seen, signal);
    setSeen(signal);
    if (current !== state) setState(current);
  }
  return {
    tab: current.tab,
    back: current.back,
    select: (tab) => setState(chooseTab(tab)),
    goBack: () => setState(goBack),
  };
}

function sameSignal(a: RoomSignal, b: RoomSignal): boolean {
  return a.stepId === b.stepId && a.stepTab === b.stepTab && a.openRoundId === b.openRoundId && a.openCheckId === b.openCheckId && a.loaded === b.loaded;
}
