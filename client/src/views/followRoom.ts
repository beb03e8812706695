/**
 * Participants follow the room: when the agenda moves, a vote round opens or a consensus check
 * opens, the participant's panel goes there, and the panel they were on is kept for a way back.
 * Pure, so what moves whom is unit-tested.
 */
import type { ParticipantTab } from './tabForMethod';

/** What the room is doing now, as a participant's screen sees it. */
export interface RoomSignal {
  stepId: string | undefined;
  /** The panel of the current step (`tabForMethod`). */
  stepTab: ParticipantTab;
  openRoundId: string | null;
  openCheckId: string | null;
  /**
   * False while the decisions state has not arrived yet (the first frames of a fresh page).
   * What the room is doing then is not a move: the page opens on it without a notice, so
   * nothing appears above the tabs and pushes the screen down (layout shift on phones).
   */
  loaded?: boolean;
}

export interface FollowState {
  tab: ParticipantTab;
  /** Where the person was before the room moved them; null when they moved themselves. */
  back: ParticipantTab | null;
}

/** The panel the room went to between two signals, or null if nothing a participant must see began. */
export function roomMovedTo(previous: RoomSignal, next: RoomSignal): ParticipantTab | null {
  if (next.openCheckId !== null && next.openCheckId !== previous.openCheckId) return 'consensus';
  if (next.openRoundId !== null && next.openRoundId !== previous.openRoundId) return 'vote';
  if (next.stepId !== previous.stepId) return next.stepTab;
  return null;
}

export function followRoom(state: FollowState, previous: RoomSignal, next: RoomSignal): FollowState {
  const to = roomMovedTo(previous, next);
  if (to === null) return state;
  if (previous.loaded === false) return { tab: to, back: null };
  if (to === state.tab) return { tab: to, back: null };
  return { tab: to, back: state.tab };
}

export const chooseTab = (tab: ParticipantTab): FollowState => ({ tab, back: null });

export const goBack = (state: FollowState): FollowState => (state.back ? { tab: state.back, back: null } : state);
