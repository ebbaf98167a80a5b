import { after, lastProse, short } from './text';
import { byTags } from '../walk';

// Who edited the page, printed after the article: "[责任编辑:肖春芳]", "（编辑：王明）", "Redaktion: Anna Muster",
// "Edited by Jane Doe". A label for the editor in any of several languages, a colon (or "by"), a name, no sentence.
const EDITOR_LINE = /^[[(（【]?\s*((责任编辑|責任編輯|编辑|編輯|編集|责编|editors?|redaktion|rédaction|redacción|edición|edição|redaktor|redakce|redakcja|редактор)\s*[:：]|(edited|editing) by\b)\s*[^.!?。:：]{1,40}[\])）】]?$/iu;
/** An editor line is a label and a name or two. */
const MAX_EDITOR_LINE = 60;

/** Removes editor lines that come after the article's last paragraph of running text (one in the middle may introduce a quote). */
export function removeEditorLines(root: Element): void {
  const end = lastProse(root, () => false);
  for (const el of byTags(root, 'p div span small')) {
    const t = el.isConnected && short(el, MAX_EDITOR_LINE);
    if (t && EDITOR_LINE.test(t) && after(el, end)) el.remove();
  }
}
