import { useEffect, useRef } from 'preact/hooks';
import type { ClippingState } from '@/utils/clippings/types';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { sendMessage, type Reply } from '@/utils/browser/messages';

const ACTIONS: Array<{ state: ClippingState; label: MessageKey; labelFor?: MessageKey }> = [
  { state: 'finished', label: 'libraryMarkFinished', labelFor: 'libraryMarkFinishedFor' },
  { state: 'archived', label: 'libraryArchive', labelFor: 'libraryArchiveFor' },
  { state: 'unread', label: 'libraryMarkUnread' },
];

const setStateOf = (ids: number[], state: ClippingState) => sendMessage('set-state', { ids, state });

interface Props {
  ids: number[];
  /** One clipping's card: names it in the buttons' labels, and offers no "mark unread". */
  title?: string;
  /** The clipping's state now: no button to set it again. */
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
      {ACTIONS.filter((a) => (title === undefined || a.labelFor) && a.state !== current).map((a, i) => (
        <button
          key={a.state}
          ref={i === 0 ? first : undefined}
          type="button"
          class="cr-button cr-button-small"
          aria-label={title !== undefined && a.labelFor ? t(a.labelFor, title) : undefined}
          onClick={(e) => {
            pressed.current = document.activeElement === e.currentTarget;
            void set(a.state);
          }}
        >
          {t(a.label)}
        </button>
      ))}
    </>
  );
}
