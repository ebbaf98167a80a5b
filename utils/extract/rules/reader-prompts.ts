import { short } from './text';
import { byTags } from '../walk';

// Short lines that speak to the reader instead of telling the story, in several languages: follow us / get our app,
// members-only and "read on another device" paywall notices, "buy now" shop promotions, "check back every week",
// "found an error? tell us".

/** "Follow us on…", "Folgen Sie uns", "Suivez-nous", "粉絲團" (fan page), Thai "ติดตาม … ได้ที่" (follow … at), "get our app". */
const FOLLOW = /\bfollow us\b|folgen sie uns|suivez-nous|síguenos|seguici|粉(絲|丝)(團|团)|ติดตาม.{0,40}ได้ที่|\b(download|get) (the|our) (\S+ ){0,2}app\b|app herunterladen/i;
/** Paywall and account notices: members or subscribers only, "continue reading", the subscription used on another device. */
const PAYWALL = /\b(members?|subscribers?)[- ]only\b|to continue reading|réservé aux abonnés|会員限定|\b(another|other|l['’]autre|un seul|otro|altro|anderen) (device|appareil|dispositivo|gerät)/i;
/** A shop's promotion, a series' note to come back, a request to report errors in the text. */
const PROMO = /\b(buy|shop) (it )?(now|here)\b|^check back (every|each|next)\b|\b(found|spotted) an? (error|typo)|zaznamenali chybu|fehler (gefunden|entdeckt|aufgefallen)|signaler une erreur/i;
/** Such a prompt is a line or two; a longer paragraph that says so is text. */
const MAX_PROMPT = 200;

/** Removes follow-us and app prompts, paywall notices, shop promotions and error-report requests of a line or two. */
export function removeReaderPrompts(root: Element): void {
  for (const el of byTags(root, 'p div span li small h2 h3 h4 h5 h6')) {
    const t = el.isConnected && !el.querySelector('p, div') && short(el, MAX_PROMPT);
    if (t && (FOLLOW.test(t) || PAYWALL.test(t) || PROMO.test(t))) el.remove();
  }
}
