/** Words around a capitalised phrase that tell what it names; shared by the names passes. */

import { UPPER, re } from './chars';
import { isCommonWord, isDemonym, isFrequentNamePart } from './gazetteer';
import { REPORTING_VERBS } from './lexicon';

/** An all-capitals word of 2–6 letters ("GOP", "NASA"). */
export const ALL_CAPS_2_6 = re`^[${UPPER}]{2,6}$`;
/** Parties' words that describe their members ("a Conservative MP", "Liberal Democrat peer"). */
const PARTY_WORDS = 'Republican|Democrat|Democrats|Democratic|Conservative|Liberal|Labour|GOP';
export const PARTY_WORD = new RegExp(`^(?:${PARTY_WORDS})$`);
const NATION_OR_PARTY = new RegExp(`^(?:${PARTY_WORDS}|French|Dutch|Greek|Thai|Swiss)$`);
/** A people's or a region's ending ("Italian", "Japanese", "Andean"): a descriptor, known to the word lists or not. */
const PEOPLE_ENDING = /(?:ian|ese|ean)$/;
/** An adjective's ending ("Islamic", "Jewish", "Mexican"), which firms' names have too ("Copernic", "Enfish"). */
const ADJECTIVE_ENDING = /(?:ish|can|ic)$/;
const knownWord = (w: string): boolean => isCommonWord(w) || isFrequentNamePart(w) || isDemonym(w);
/**
 * Nationalities and parties: descriptors, never an organisation or a place on their own. A people's ending always
 * counts; an adjective's counts on the last of several words ("Roman Catholic"), and on one word only when the word
 * lists know it, or every part of it joined by hyphens ("Celtic", "Islamic", "Indian-American"): "Copernic", "Enfish"
 * (firms), "K-Electric" (a utility) end like adjectives and are names.
 */
export function isAdjective(name: string): boolean {
  if (NATION_OR_PARTY.test(name) || PEOPLE_ENDING.test(name)) return true;
  if (!ADJECTIVE_ENDING.test(name)) return false;
  const parts = name.split('-');
  return /\s/.test(name) || isDemonym(parts[parts.length - 1]!) || parts.every(knownWord);
}

/** Verbs after a name that mark a person: "Ana Diaz, said", "Sam Ojo scored". */
export const SPEECH_AFTER = new RegExp(`^,?\\s+(?:${REPORTING_VERBS}|has said|had said|scored|pleaded|resigned|died)\\b`);
export const SPEECH_BEFORE = /(?:\b(?:said|says|told|added|according to|chaired by|led by|headed by)\s)$/;

/**
 * Kinds of bodies, the head noun of what a name is ("carrier SunExpress", ", a data-security vendor,", "the indie band
 * X", "think tank X"): read before a name, in an appositive after it and in the plural before examples.
 */
const ORG_NOUNS =
  'company|firm|utility|regulator|watchdog|carrier|airline|publication|newspaper|broadcaster|start-?up|retailer|maker|manufacturer|supplier|lender|insurer|bank|chain|operator|developer|provider|club|group|agency|network|team|union|association|charity|organi[sz]ation|' +
  'app|platform|website|service|studio|label|publisher|store|marketplace|automaker|carmaker|chipmaker|drugmaker|brokerage|conglomerate|miner|refiner|distributor|wholesaler|streamer|vendor|band|consultancy|incubator|think[- ]tank|lobby|magazine|tabloid|' +
  'brewer|importer|exporter|processor|body';
/** The kinds of bodies in the plural ("companies", "carmakers", "think tanks"). */
const ORG_NOUNS_PLURAL = ORG_NOUNS.split('|').map((w) => (w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`)).join('|');
/** Legislatures named by one word ("the Assembly", "Congress"). */
export const LEGISLATURE = /^(?:Assembly|Senate|Congress|Parliament|Legislature|Knesset|Bundestag|Duma)$/;
/** Clubs named for their town in a sports report ("Hallam City", "Wrexford Town"). */
export const CLUB_TAIL = /^(?:City|Town)$/;
/**
 * Words of a sports report: with two of them, "X City" is a club. Rugby's, cricket's and a tournament's rounds too
 * ("fly-half", "Six Nations", "wickets", "semi-final", "seeded"), which BBC rugby, tennis and athletics reports write
 * instead of goals and matches; not "seed", "medal", "Olympic", "hurdles" or "relay", which other news writes too
 * (a start-up's seed round, a book's medal, a city's Olympic bid, regulatory hurdles). The sports' own forms count as
 * words: tennis sets ("6-3 6-1"), race times ("7:39.89"), a race by its distance ("the women's 5,000m", "60m
 * hurdles"), a team sheet ("is named at hooker", "Replacements:") and a squad by its size ("a 22-man squad"). A
 * sport's bodies and cups ("Uefa", "the Davis Cup", "the ATP") and its posts and events ("winger", "referee", "triple
 * jump", "relegation") count too: a report on a transfer, a ban or a coach's hire writes no match or goal. "Matches" in
 * the plural too ("two matches in three days": over the BBC study sets 15 sports reports and 1 other story write it).
 */
const SPORT_WORDS =
  /\b(?:scored|goals?|match(?:es)?|league|striker|midfielder|goalkeeper|kick-off|innings|touchdown|quarterback|playoffs?|halftime|half-time|fly-half|scrum-half|flanker|Six Nations|wickets|semi-finals?|quarter-finals?|(?:un)?seeded|Premiership|rugby|sprinter|medallists?|Grand Slam|championships?|tournament|winger|forwards|referee|hat-trick|relegation|(?:World|Davis|Fed|FA|Uefa|Ryder|Heineken) Cup|Uefa|Fifa|ATP|WTA|Test match|triple jump|(?:wo)?men['’]s \d[\d,]*m|\d[\d,]*m (?:hurdles|relay|steeplechase)|at (?:hooker|prop|lock|(?:outside |inside )?centre|full-back|wing)|\d+-(?:man|woman|player) squad|Replacements(?=:)|\d{1,2}:\d\d\.\d\d|\d-\d \d-\d)\b/gi;
/** A sport by its name, in lower case only: a news site's menu writes "Football" and "Tennis" on every page. */
const SPORT_NAMES = /\b(?:football(?:ers?)?|tennis|athlet(?:es?|ics))\b/g;

/** A sports report: two of its words or sports' names ("the striker … a goal", "tennis … a Grand Slam"). */
export const isSportsReport = (text: string): boolean => (text.match(SPORT_WORDS)?.length ?? 0) + (text.match(SPORT_NAMES)?.length ?? 0) >= 2;

/**
 * "the Pentagon rejected", "the White House said", "according to the Kremlin": "the" and a name that speaks or
 * decides are an institution (people are not named with "the"; places do not speak). Past and deciding verbs only:
 * a document also "says" or "states" ("the Constitution says").
 */
export const INSTITUTION_BEFORE = /(?:^|\s)[Tt]he\s$/;
export const ACCORDING_TO_THE = /\b[Aa]ccording to the\s$/;
export const INSTITUTION_ACT_AFTER =
  /^(?:['’]s)?,?\s+(?:(?:has|had|is|was|also|recently|later|then|on \w+)\s+)?(?:said|told|added|insisted|warned|announced|rejected|denied|confirmed|released|declined|believes|believed|responded|refused|ordered|approved|mulling|considering|urged|issued)\b/;

/**
 * "Gibson Southern schools", "the Acme company", "the Evening Gazette newspaper", "the Loxley.org website", "his
 * Vantablue label" (not "a Leeds hospital": a place)
 */
export const ORG_NOUN_AFTER = /^\s+(?:schools?|company|group|club|university|college|hospital|newspaper|magazine|website|tabloid|label)\b/;
/**
 * A plural noun of a trade or calling after an article, a possessive or a preposition: "the auditors", "by auctioneers"
 * (not "others"; and not a verb, "the recall covers", "she considers", which no article or preposition comes before).
 */
export const TRADE_PLURAL_BEFORE = /\b(?:the|its|their|his|her|our|by|from|with|for|of|at|as|to|after|among|against|including|like)\s+(?!others\s)[a-z]{3,}(?:ers|ors|ists)\s$/;
/** The name goes on as a list: "actors Tom Hanks and Meg Ryan", "Tom Hanks, Meg Ryan", "directors Pedro or Jo". */
export const LIST_GOES_ON = /^\s*,\s*\p{Lu}|^,?\s+(?:and|or|&)\s+\p{Lu}/u;
/**
 * "the auditors Grant Thornton", "producers Morgan Creek were …", "hosted by auctioneers Cooper Owen,": a plural noun
 * right before one name, which no list continues, makes it a group (a firm, a band), though it is shaped like a person's.
 */
export const isGroupAfterPlural = (before: string, afterName: string): boolean =>
  TRADE_PLURAL_BEFORE.test(before) && !LIST_GOES_ON.test(afterName);
/** Kinds of bodies that never name a person ("firm", "band"; not "maker", "publisher" or "developer", which do). */
const BODY_ONLY_NOUNS =
  'company|firm|airline|newspaper|broadcaster|start-?up|retailer|lender|insurer|bank|chain|group|agency|network|union|association|charity|organi[sz]ation|website|studio|label|automaker|carmaker|chipmaker|drugmaker|conglomerate|magazine|tabloid|band';
/** A body's kind with a describing word before it (not an article or a possessive, after which a relative clause may follow). */
const BODY_KIND_BEFORE = new RegExp(`(?:^|\\s)(?!(?:the|a|an|his|her|its|their|our|my|your|this|that)\\s)[\\p{L}\\d'’.-]+\\s(?:${BODY_ONLY_NOUNS})\\s$`, 'u');
/** "Jo Lee, a specialist at accountancy firm ": an apposition still open, whose closing comma a reporting verb follows. */
const APPOSITION_OPEN = /,\s+(?:a|an|the)\s[^,;:"“”()]*$/;
/**
 * "water firm Aguas Negras", "Leeds group Kaiser Captains", "P2P network Blue Swoosh": a body's kind with its describing
 * word right before one name (no list goes on) makes that name the body, though it is shaped like a person's ("the
 * company Jo Lee founded": after an article the noun may open a clause whose subject is a person; "the Acme
 * group Jo Lee, said": a name that speaks is a person's, but not where an apposition closes before "said": "Jo Lee,
 * a partner at law firm Dale Hart, said").
 */
export const isBodyAfterKind = (before: string, afterName: string): boolean =>
  BODY_KIND_BEFORE.test(before) && !LIST_GOES_ON.test(afterName) && (!SPEECH_AFTER.test(afterName) || APPOSITION_OPEN.test(before));
/** "carrier SunExpress", "rivals Acme" */
export const ORG_DESCRIPTOR_BEFORE = new RegExp(`\\b(?:${ORG_NOUNS}|side|rivals?|giant|brand|outlet|investor|backer|parent|subsidiary|competitor)\\s$`, 'i');
/**
 * "a European competitor, Arianespace.", "one SpaceX customer, Inmarsat, which …", "another payments company, Stripe,",
 * "whose company, Classic Engineering,", "Eminem's group, D12,": a company named after the noun that introduces it, the
 * name closed by punctuation (not the subject of a new clause: "for the team, Diaz scored").
 */
export const ORG_NAMED_AFTER_NOUN = new RegExp(String.raw`\b(?:a|an|one|another|its|their|the|whose|his|her|our|\w+['’]s)\s+(?:[\w'’-]+\s+){0,2}(?:${ORG_NOUNS}|competitor|rival|customer|client|partner|subsidiary),\s$`, 'i');
/**
 * "funded by X", "made by X", "acquired by X", "data compiled by X": what bodies do to things (fund, make, buy, own,
 * publish); a person does these too, so the caller rules out names shaped like a person's.
 */
export const MADE_BY_BEFORE = /\b(?:funded|financed|made|manufactured|built|developed|owned|operated|acquired|bought|sponsored|published|compiled|produced|supplied|distributed|commissioned) by\s$/;
/**
 * "a survey by Hostway", "statistics gathered by Netcraft", "data from the Environment Agency", "a projection from
 * R.W. Baird": findings a body puts out, named with their maker; a person makes them too, so the caller rules out names
 * shaped like a person's, a surname the article uses and places ("reports from Sao Paulo").
 */
export const FINDINGS_BY_BEFORE =
  /\b(?:survey|study|poll|report|research|analysis|data|figures|statistics|estimates?|forecasts?|projections?)(?: (?:conducted|gathered|compiled|published|released|commissioned|collected|carried out))? (?:by|from) (?:the )?$/;
/** "according to X" with no article: a source named, a body or a person (the caller rules out names shaped like a person's). */
export const ACCORDING_TO = /\b[Aa]ccording to\s$/;
/**
 * "plans to buy Time Warner", "the sale of Commodore", "agreed to acquire Orvo": a body bought or sold whole; a person
 * is neither (a club's player is: the caller leaves sports reports out).
 */
export const BOUGHT_OR_SOLD_BEFORE = /\b(?:to buy|buys|bought|buying|to acquire|acquires|acquired|acquiring|(?:takeover|sale|purchase) of|to sell|sells|sold|selling)\s$/;
/** "bought Flight into Danger", "the best-selling Need for Speed": a title goes on after a small word. */
export const TITLE_GOES_ON = /^\s+[a-z]+\s+\p{Lu}/u;
/** "analysts at Jefferies", "researchers at Vega": people who work at the name after "at" (a body, not a person). */
export const STAFF_AT_BEFORE = /\b(?:analysts?|economists?|strategists?|executives?|researchers?|scientists?|engineers?|officials?|employees) at\s$/i;
export const NAME_CLOSED = /^\s*(?:[,.;:)]|$)/;
/**
 * "an analyst with MDA DataQuick,", "chief investment officer of Hibernian Investment Managers,", "a spokesman for
 * Acme's", "the chairman of Migration Watch UK,": one person's post at a body, right before the name; the caller asks
 * for a name closed by punctuation or owning something ("director of Public Affairs and …", "a spokesman for the World
 * Summit for …" are longer names or departments).
 */
export const POST_AT_BEFORE =
  /\b(?:analyst|economist|strategist|manager|managing director|officer|spokes(?:man|woman|person)|chair(?:man|woman)|(?:co-)?founder|partner|trader|dealer|executive|president|CEO)\s(?:at|with|of|for)\s(?:the\s)?$/i;
/**
 * A name closed by punctuation or owning what follows ("Acme,", "Acme's chief"), and not the first of a list of
 * capitalised words ("US Immigration, Customs and Enforcement": one name written with commas).
 */
export const NAME_CLOSED_OR_OWNING = /^(?:['’]s?\s|\s*(?:[,.;:)]|$))(?!\s*(?:\p{Lu}[\p{L}'’-]*\s)+(?:and|&)\s+\p{Lu})/u;
/**
 * "companies such as Foursquare", "carmakers like Rivian", "banks including Barclays", "competitors including Air
 * Deccan and …", "corporate sponsors include Wilson Sonsini, …": a name that opens a list of
 * examples after organisations' kind in the plural is one of them (the names after it are read by the list rule).
 */
export const ORG_KIND_EXAMPLE_BEFORE = new RegExp(`\\b(?:${ORG_NOUNS_PLURAL}|competitors|rivals|sponsors),?\\s+(?:such as|like|including|include)\\s+(?:the\\s+)?$`, 'i');
/**
 * "pay-TV operators Canal Plus and TPS", "the carmakers Ford and Fiat": organisations' kind in the plural right before
 * a name that opens a list names the bodies listed (the caller asks for the list; the names after it are read by the
 * list rule). A single name after a plural is no evidence ("the firms Acme hired").
 */
export const ORG_KIND_PLURAL_BEFORE = new RegExp(`\\b(?:${ORG_NOUNS_PLURAL})\\s$`, 'i');
/**
 * "RHB, Malaysia's third-biggest lender,", "Pennant Homes, one of Britain's biggest builders' groups,", "Acme, parent
 * company of Brio,": an appositive owned by a place or a name whose head is a kind of body, closed there (not a new
 * clause's subject: "arrived at Chury, Accomazzo's team was …"), or one that names the body the name owns.
 */
export const ORG_APPOSITIVE_OWNED = new RegExp(
  String.raw`^,\s+(?:(?:one of\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\w'’-]+\s){0,3}?(?:${ORG_NOUNS}|${ORG_NOUNS_PLURAL})(?=\s*[,.;:)]|\s+(?:by|in|with|that|which|whose)\b)|(?:the\s+)?(?:parent|holding)\s+company\s+of\b)`,
  'u',
);
/**
 * "USTelecom, which represents large providers,", "Orion, which is based in Shenzhen,", "Big Machine, which was bought
 * out by …": a relative clause of what a body does or undergoes (makes, owns, employs, is listed, was founded), never
 * a person's ("who") and no place's ("which has 3 million people", "which runs through").
 */
export const ORG_WHICH_ACTS =
  /^,\s+which\s+(?:also\s+)?(?:makes|owns|employs|manages|publishes|represents|supplies|sells|is (?:owned by|based in|listed|headquartered)|was (?:founded|bought|acquired|set up))\b/;
/**
 * "Edmunds.com, a car-shopping research firm", "Rendo - the global body for referees": an appositive after a comma or
 * a dash whose head is a kind of body.
 */
export const ORG_APPOSITIVE = new RegExp(`^(?:,|\\s[-–—])\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s){0,4}?(?:${ORG_NOUNS})\\b`);
/**
 * "Acme's founder", "Acme shares", "Acme's small business loans": what a company has (up to three describing words
 * before it: "Acme's forthcoming consumer checking accounts").
 */
export const ORG_POSSESSIVE =
  /^(?:['’]s?\s+(?:founder|co-founder|chief|ceo|cfo|board|shares|stock|spokes\w+|headquarters|employees|staff|customers|revenue|profit|profits|sales|executives|chairman|president|owner|owners|investors|shareholders|subsidiary|stake|deal)|['’]s?\s+(?:[a-z-]+\s+){0,3}(?:loans|credit cards?|checking accounts|accounts|products|platform|app|stores|portfolio|acquisition|subscribers|users|earnings|quarterly|software|smartphones?)|\s+(?:shares|stock|spokes\w+|executives|shareholders))\b/i;

/** " and Bob Bryan": "and" before a name of two words or more, which a given name alone before it may share ("Mike and Bob Bryan"). */
export const AND_FULL_NAME_AFTER = /^\s+and\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u;
/** A noun of kinship: the family's members, one or several ("wife", "sons", "three children"). */
const KIN = '(?:wife|husband|son|sons|daughter|daughters|children|kids|sister|sisters|brother|brothers|siblings|mother|father|parents|girlfriend|boyfriend|fianc[ée]e?|widow|widower|twins|grandson|grandsons|granddaughter|granddaughters|grandchildren|niece|nephew|cousin|stepson|stepdaughter)';
/**
 * "his wife Sheila", "their son, Malachi,", "her younger sister Maya": a noun of kinship names the person whose given
 * name follows it, and news names relatives by the given name alone (no surname, so no other cue holds). A closed
 * class of English nouns, lower case right before the name (a comma between allowed).
 */
export const KIN_BEFORE = new RegExp(`\\b(${KIN}),?\\s+$`);
/** "three children Nora, Hasna and ", "his two sons, Avi and ": the names a noun of kinship lists, the next one of them to come. */
export const KIN_LIST_BEFORE = new RegExp(`\\b(${KIN}),?\\s+(?:\\p{Lu}[\\p{L}'’-]*(?:,\\s+|,?\\s+and\\s+))+$`, 'u');
