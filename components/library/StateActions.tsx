import { useEffect, useRef } from 'preact/hooks';
import type { ClippingState } from '@/utils/clippings/types';
import { statesOffered, type SettableState } from '@/utils/clippings/state-choices';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { sendMessage, type Reply } from '@/utils/browser/messages';

/** Each settable state's button: its words, and its label naming one clipping on a card. */
const BUTTON: Record<SettableState, { label: MessageKey; labelFor: MessageKey }> = {
  finished: { label: 'libraryMarkFinished', labelFor: 'libraryMarkFinishedFor' },
  archived: { label: 'libraryArchive', labelFor: 'libraryArchiveFor' },
  unread: { label: 'libraryMarkUnread', labelFor: 'libraryMarkUnreadFor' },
};

const setStateOf = (ids: number[], state: ClippingState) => sendMessage('set-state', { ids, state });

interface Props {
  ids: number[];
  /** One clipping's card: names it in the buttons' labels. */
  title?: string;
  /** The clipping's state now: the buttons are those `statesOffered` allows it (all, for a selection). */
  current?: ClippingState;
  onDone: (state: ClippingState, reply: Reply<{ updated: number }>) => void;
  /** How the state is set (the selection's: in parts, with progress); by default one message. */
  send?: (ids: number[], state: ClippingState) => Promise<Reply<{ updated: number }>>;
}

/** Buttons that set the state of one clipping or of the selection (the background writes). */
export function StateActions({ ids, title, current, onDone, send = setStateOf }: Props) {
  const set = async (state: ClippingState) => onDone(state, await send(ids, state));
  // The button pressed sets the state it offers, so it goes once the state changes: the focus went to the page's start
  // with it. It moves to the first of the buttons the new state offers.
  const first = useRef<HTMLButtonElement>(null);
  const pressed = useRef(false);
  useEffect(() => {
    if (pressed.current) first.current?.focus();
    pressed.current = false;
  }, [current]);
  return (
    <>
      {statesOffered(current).map((state, i) => (
        <button
          key={state}
          ref={i === 0 ? first : undefined}
          type="button"
          class="cr-button cr-button-small"
          aria-label={title !== undefined ? t(BUTTON[state].labelFor, title) : undefined}
          onClick={(e) => {
            pressed.current = document.activeElement === e.currentTarget;
            void set(state);
          }}
        >
          {t(BUTTON[state].label)}
        </button>
      ))}
    </>
  );
}
