/**
 * Highlights in the reader (issue #12): the selection toolbar, the highlights panel and the keys, wired to
 * the highlights state. Returned as two pieces because they sit apart: the toolbar over the article,
 * the panel beside the key facts.
 */
import type { RefObject, VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColor } from '@/utils/clippings/types';
import type { Article } from '@/utils/extract/types';
import type { Placed } from '@/utils/highlights/anchor';
import { selectionOver, type SelectionOver } from '@/utils/highlights/selection-over';
import { indexText, offsetOf } from '@/utils/highlights/text-index';
import { t } from '@/utils/browser/i18n';
import type { ErrorCode } from '@/utils/browser/messages';
import { ERROR_TEXT } from '@/utils/failure-text';
import { textFragmentUrl } from '@/utils/text-fragment';
import { HighlightsPanel } from './HighlightsPanel';
import './marks.css';
import { SelectionToolbar } from './SelectionToolbar';
import type { ClippingMarksLoad } from './use-clipping-marks';
import { typedInField, useDocumentKeys } from './use-document-keys';
import { useHighlights, type LibraryStanding } from './use-highlights';

/** The placed highlights the selection shares text with (see selectionOver). */
function highlightsUnder(root: HTMLElement, range: Range, placed: readonly Placed[]): SelectionOver {
  const index = placed.length ? indexText(root) : null;
  const start = index ? offsetOf(index, range.startContainer, range.startOffset) : 0;
  return selectionOver(placed, start, index ? offsetOf(index, range.endContainer, range.endOffset) : 0);
}

/** The toolbar goes with the selection: focus that was in it goes back to the article, not to the page's start. */
function leaveToolbar() {
  if (document.activeElement?.closest('.cr-selection-toolbar')) document.getElementById('article')?.focus({ preventScroll: true });
}

/** The first and last boxes of the selected text (the toolbar's anchor), or null when none is laid out. */
function lineBoxes(range: Range): { first: DOMRect; last: DOMRect } | null {
  const boxes = Array.from(range.getClientRects()).filter((box) => box.width > 0 && box.height > 0);
  return boxes.length ? { first: boxes[0]!, last: boxes.at(-1)! } : null;
}

function scrollToRange(range: Range) {
  const start = range.startContainer;
  const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el?.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
}

interface Props {
  article: Article;
  bodyRef: RefObject<HTMLElement | null>;
  selection: Range | null;
  marks: ClippingMarksLoad;
}

interface ReaderMarks {
  toolbar: VNode | null;
  panel: VNode;
  clippingId: number | null;
  library: LibraryStanding;
  saveAgain: () => Promise<boolean>;
}

export function useReaderMarks({ article, bodyRef, selection, marks }: Props): ReaderMarks {
  const state = useHighlights(article, bodyRef, marks);
  const [editing, setEditing] = useState<string | null>(null);
  /**
   * What was typed after n before its note editor took the focus (the highlight is stored first, which takes a moment
   * on a busy machine): the editor takes it when it opens; never read as the h / n / t keys. Null when no editor is on
   * its way.
   */
  const typedAhead = useRef<string | null>(null);
  const takeTypedAhead = () => {
    const typed = typedAhead.current ?? '';
    typedAhead.current = null;
    return typed;
  };
  const [closed, setClosed] = useState<Range | null>(null);
  const [focusToolbar, setFocusToolbar] = useState(false);
  /** What Copy link did, shown in the toolbar (a note for screen readers alone left sighted readers with no answer). */
  const [status, setStatus] = useState('');
  // said of one selection: a new one starts quiet, so copying again is announced again
  useEffect(() => setStatus(''), [selection]);
  const root = bodyRef.current;
  const open = selection && selection !== closed && root ? selection : null;
  const over = open && root ? highlightsUnder(root, open, state.anchoring.placed) : null;
  const under = over?.touched[0] ?? null;

  const highlight = async (color: HighlightColor, withNote = false) => {
    if (!open || !over) return;
    if (withNote) typedAhead.current = '';
    // the toolbar and the selection go at once, not once the highlight is stored: a selection the reader makes
    // meanwhile is the next one to mark (cleared after the write, it was lost, and the h pressed on it did nothing)
    leaveToolbar();
    getSelection()?.removeAllRanges();
    const made = !under ? await state.add(color, open) : over.within ? null : await state.extend(color, over, over.touched.map((p) => p.highlight));
    if (under && over.within && under.highlight.color !== color) void state.update(under.highlight.id, { color });
    const noted = withNote ? (made ?? under?.highlight) : null;
    // a new editor takes what was typed ahead as it opens; with none to open (no highlight, or its editor is open
    // already) the keys go back to being keys
    if (noted && noted.id !== editing) setEditing(noted.id);
    else typedAhead.current = null;
  };
  // as a colour does, the toolbar goes with the selection it acted on (left open, it offered to mark the text again),
  // and first: the focus left in the article stays there, not sent on to the panel's Undo as the button goes
  const remove = () => {
    if (!under) return;
    leaveToolbar();
    getSelection()?.removeAllRanges();
    void state.remove(under.highlight.id);
  };
  const close = () => {
    leaveToolbar();
    setClosed(selection);
    setFocusToolbar(false);
  };
  const copyLink = async () => {
    if (!open) return;
    const url = textFragmentUrl(article.url.split('#:~:')[0] ?? article.url, open.toString());
    const copied = await navigator.clipboard.writeText(url).then(() => true, () => false);
    setStatus(t(copied ? 'highlightLinkCopied' : 'highlightLinkNotCopied'));
  };

  useDocumentKeys((event) => {
    const ahead = typedAhead.current;
    if (ahead !== null) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.length === 1) typedAhead.current = ahead + event.key;
      else if (event.key === 'Backspace') typedAhead.current = ahead.slice(0, -1);
      else return;
      event.preventDefault();
      return;
    }
    if (!open || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typedInField(event)) return;
    if (event.key === 'h') void highlight(under?.highlight.color ?? 'yellow');
    else if (event.key === 'n') void highlight(under?.highlight.color ?? 'yellow', true);
    else if (event.key === 't') setFocusToolbar(true);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  });

  const lines = open ? lineBoxes(open) : null;
  const toolbar =
    open && lines && root ? (
      <SelectionToolbar
        first={lines.first}
        last={lines.last}
        column={root.getBoundingClientRect()}
        rtl={getComputedStyle(root).direction === 'rtl'}
        onHighlight={under !== null}
        status={status}
        focus={focusToolbar}
        onColor={(color) => void highlight(color)}
        onNote={() => void highlight(under?.highlight.color ?? 'yellow', true)}
        onCopyLink={() => void copyLink()}
        onRemove={remove}
        onClose={close}
      />
    ) : null;
  const panel = (
    <>
      <HighlightsPanel
        anchoring={state.anchoring}
        editing={editing}
        takeTypedAhead={takeTypedAhead}
        onEdit={setEditing}
        onShow={(id) => {
          const p = state.anchoring.placed.find((x) => x.highlight.id === id);
          if (p) scrollToRange(p.range);
        }}
        onNote={(id, note) => void state.update(id, { note }).then((stored) => stored && setEditing(null))}
        onDelete={(id) => void state.remove(id)}
        deleted={state.deleted}
        onUndo={() => void state.undo()}
      />
      {state.error && <p class="cr-marks-error" role="alert">{marksFailure(state.error)}</p>}
    </>
  );
  return { toolbar, panel, clippingId: state.clippingId, library: state.library, saveAgain: state.saveAgain };
}

/** Why a change to the highlights did not happen: "Try again" only where trying again can help. */
function marksFailure(error: ErrorCode): string {
  if (error === 'unanswered') return t('highlightUnconfirmed');
  if (error === 'storage' || error === 'unknown') return t('highlightFailed');
  return t('highlightNotDone', t(ERROR_TEXT[error]));
}
