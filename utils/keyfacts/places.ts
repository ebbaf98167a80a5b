/** Places: a compact gazetteer plus general patterns ("Greenbelt, Maryland", "Addison, a village", "near Evansville"). */

import { PLACES, STATE_ABBR } from './lexicon';

export const isKnownPlace = (name: string): boolean => PLACES.has(name);

/** Whether the words around a capitalised phrase mark it as a place. */
export function placeByContext(before: string, after: string): boolean {
  // "Greenbelt, Maryland", "Buffalo, N.Y."
  const state = /^,\s+([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)/u.exec(after);
  if (state && (PLACES.has(state[1]!.replace(/[.,]$/, '')) || STATE_ABBR.test(state[1]!.split(' ')[0]!))) {
    if (/(?:^|\s)(?:in|near|of|from|at|outside|to|and)\s$/.test(before)) return true;
  }
  // "Addison, a village southwest of Ithaca"
  if (/^,\s+(?:a|the)\s+(?:\w+\s)?(?:village|town|city|suburb|county|hamlet|province|state|region|district|neighbou?rhood|capital)\b/.test(after)) return true;
  // "southwest of Ithaca", "near Evansville", "outside Boston"
  if (/(?:^|\s)(?:near|outside|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s$/.test(before)) return true;
  // "Tays, 32, of Franklin" / "Hollman 31, of Hope"
  if (/\p{Lu}\p{L}+,?\s\d{1,3},\s+of\s$/u.test(before)) return true;
  // "a Sugar Land-based provider"
  if (/^-based\b/.test(after)) return true;
  return false;
}
