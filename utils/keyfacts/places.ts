/** Places: a compact gazetteer plus general patterns ("Greenbelt, Maryland", "Addison, a village", "near Evansville"). */

import { PLACES, STATE_ABBR } from './lexicon';

export const isKnownPlace = (name: string): boolean => PLACES.has(name);

/** Whether the words around a capitalised phrase mark it as a place. */
export function placeByContext(before: string, after: string): boolean {
  // "Greenbelt, Maryland", "Buffalo, N.Y."
  const state = /^,\s+([A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0391-\u03A9\u0410-\u042F][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u0900-\u0DFF\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF.]*(?:\s[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0391-\u03A9\u0410-\u042F][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u0900-\u0DFF\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF.]*)?)/u.exec(after);
  if (state && (PLACES.has(state[1]!.replace(/[.,]$/, '')) || STATE_ABBR.test(state[1]!.split(' ')[0]!))) {
    if (/(?:^|\s)(?:in|near|of|from|at|outside|to|and)\s$/.test(before)) return true;
  }
  // "Addison, a village southwest of Ithaca"
  if (/^,\s+(?:a|the)\s+(?:\w+\s)?(?:village|town|city|suburb|county|hamlet|province|state|region|district|neighbou?rhood|capital)\b(?!['’])/.test(after)) return true;
  // "southwest of Ithaca", "near Evansville", "outside Boston"
  if (/(?:^|\s)(?:near|outside|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s$/.test(before)) return true;
  // "Tays, 32, of Franklin" / "Hollman 31, of Hope"
  if (/[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0391-\u03A9\u0410-\u042F][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u0900-\u0DFF\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]+,?\s\d{1,3},\s+of\s$/u.test(before)) return true;
  // "a Sugar Land-based provider"
  if (/^-based\b/.test(after)) return true;
  return false;
}
