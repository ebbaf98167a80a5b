import type { ClippingState } from './types';

/** A state the reader sets by hand ("reading" comes from reading only). */
export type SettableState = Exclude<ClippingState, 'reading'>;

/** The settable states, in the order their buttons go. */
const SETTABLE: readonly SettableState[] = ['finished', 'archived', 'unread'];

/**
 * The states a clipping in state `current` may be set to: every settable one but its own (a finished clipping may be
 * marked unread or archived). With no `current` (a selection, its states mixed) all of them. The card and the
 * selection bar both ask here, so they offer the same moves.
 */
export const statesOffered = (current?: ClippingState): SettableState[] => SETTABLE.filter((state) => state !== current);
