/** Small word lists shared by the passes (they ship in the background, which computes key facts). */

import { MONTHS, WEEKDAYS } from './calendar-names';

const set = (s: string): Set<string> => new Set(s.split('|'));

/**
 * Titles written with a dot before a name ("Dr.", "Gov.", "Sgt."), lower case without it: the one list that the
 * sentence splitter (no sentence ends after them), the quote finder and the name finder share.
 */
export const ABBREVIATED_TITLES = 'mr|mrs|ms|mx|dr|prof|lt|col|gen|capt|sgt|cpl|pvt|maj|adm|cmdr|rev|gov|sen|rep|hon|rt|det|insp|supt|fr|cllr';
/** Courtesy titles: part of how a name is written, never a role ("Mr. Lee" has no role). */
export const COURTESY_TITLES = set('mr|mrs|ms|mx|miss');

/** Titles before a name ("Dr", "Gov.", "Sheikh"), lower case without the dot. */
export const HONORIFICS = set(`${ABBREVIATED_TITLES}|miss|sir|dame|lord|lady|sheikh|imam|rabbi|pastor|judge|justice`);

/** Verbs of reporting after a name ("Ana Diaz said"); the quote finder adds its own less common ones. */
export const REPORTING_VERBS = 'said|says|told|added|explained|noted|wrote|asked|tweeted|stated|recalled|insisted|replied|warned|argued';

/**
 * The positions and staff of a sports club, as regex alternatives: "Everton manager", "Newcastle prop Ed Kalman" (read by
 * bodies-by-members.ts for the club, and by place-evidence.ts to tell the club from its town).
 */
export const CLUB_POSITIONS = 'manager|boss|coach|striker|midfielder|defender|goalkeeper|keeper|winger|captain|skipper|fly-half|scrum-half|flanker|full-back|hooker|prop';

/** Head words of roles, lower case. */
export const ROLE_WORDS = set(
  'president|vice-president|chair|ceo|cfo|coo|cto|founder|co-founder|director|manager|head|chief|' +
    'minister|secretary|governor|gov|senator|sen|representative|rep|lawmaker|legislator|mayor|councillor|' +
    'analyst|economist|strategist|professor|scientist|researcher|expert|engineer|doctor|physician|' +
    'attorney|lawyer|barrister|solicitor|prosecutor|registrar|nurse|surgeon|architect|judge|justice|commissioner|superintendent|speaker|teacher|principal|dean|student|coach|captain|' +
    'skipper|flanker|goalie|goaltender|defenseman|defender|winger|forward|center|centre|striker|midfielder|goalkeeper|quarterback|pitcher|player|substitute|' +
    'officer|detective|sergeant|lieutenant|inspector|constable|sheriff|deputy|admiral|brigadier|commodore|marshal|editor|reporter|correspondent|author|writer|singer|actor|actress|' +
    'artist|ambassador|envoy|king|queen|prince|princess|pope|bishop|general|colonel|commander|chancellor|treasurer|ombudsman|' +
    'executive|official|leader|partner|owner|shopkeeper|farmer|resident|premier|adviser|advisor|consultant|' +
    'investigator|agent|diplomat|activist|organiser|organizer|boss|administrator|counsel|candidate|nominee|challenger|incumbent|' +
    'guitarist|drummer|bassist|pianist|musician|rapper|composer|producer|chef|astronaut|novelist|poet|photographer|filmmaker|' +
    'entrepreneur|investor|billionaire|economist|historian|psychologist|epidemiologist|spokesman|spokeswoman|spokesperson',
);

/** Words that make a capitalised phrase an organisation when they end it. */
export const ORG_TAIL = set(
  'corporation|corp|inc|ltd|llc|plc|co|company|companies|group|holdings|bank|association|authority|agency|ministry|department|' +
    'commission|committee|council|university|college|school|schools|academy|institute|center|centre|centers|centres|observatory|laboratory|lab|police|office|' +
    'party|union|government|organisation|organization|foundation|airlines|airline|airways|fund|board|court|securities|team|unit|brotherhood|' +
    'service|services|bureau|administration|federation|league|club|society|trust|network|systems|technologies|motors|partners|' +
    'capital|industries|enterprises|media|news|times|post|sports|press|assembly|parliament|senate|congress|church|hospital|clinic|' +
    'products|brands|foods|pharmaceuticals|therapeutics|biosciences|solutions|logistics|airways|railways|communications|electronics|' +
    'aerospace|robotics|insurance|bancorp|financial|studios|entertainment|records|living|' +
    'force|army|navy|guard|corps|exchange|reserve|forum|alliance|coalition|institution|consortium|cooperative|watch|corridor|project|programme|program|' +
    'movement|front|tribunal|directorate|secretariat|inspectorate|telecom|telecoms|railway|' +
    // newspapers' titles ("Miami Herald", "Union-Tribune")
    'herald|tribune|gazette|chronicle|journal|courier|examiner|inquirer|observer|telegraph|dispatch|' +
    // compromise's words that end an unknown organisation's name (its orgWords) that name a firm's or a body's form
    // and no topic ("Dick Clark Productions", "Hibernian Investment Managers"; not "Natural Resources", "Higher Education")
    'limited|productions|partnership|labs|investors|investments|associates|brewery|consulting|chemicals|assurance|utilities|markets|' +
    'confederation|guild|polytechnic|orchestra|collective|subcommittee|telecommunications|pharmaceutical',
);

/** Words that make a capitalised phrase an organisation when they start it ("Ministry of …"). */
export const ORG_HEAD = set('house|ministry|department|university|bank|office|institute|bureau|federation|association|commission|council|court|state|national|federal|royal|central');

/** Last words of capitalised phrases that name things, not people ("White House", "Labor Day"). */
export const NOT_NAME_TAIL = set(
  'house|street|avenue|road|square|park|market|bridge|river|lake|mountain|mountains|island|islands|valley|hall|tower|airport|station|stadium|arena|' +
    'building|day|week|year|prize|award|awards|medal|trophy|cup|series|act|bill|law|amendment|plan|war|summit|festival|conference|show|games|' +
    'museum|gallery|theatre|theater|palace|castle|church|cathedral|mosque|temple|beach|bay|coast|sea|ocean|desert|forest|county|city|town|falls|springs',
);

/**
 * Last words of a street's, a bridge's or a building's name ("Mill Street", "Caldwell Place", "Tanner Drive"): such
 * a name is a place (the labelled sets list it as a place or leave it neutral), never a person. A short hand list:
 * the USPS and OpenStreetMap street types also hold common family names ("Hill", "Ford", "Green", "Wells").
 */
export const STREET_TAIL = set('street|avenue|road|square|lane|bridge|building|station|boulevard|drive|place|terrace|crescent|highway|motorway|plaza|way');

/** Street words that are family names too ("Nathan Lane", "Gerard Way"): after a given name they end a person's name. */
export const STREET_OR_SURNAME = set('lane|way');

/** The commonest English words: the share of them tells English text; they never carry a fact. */
export const FUNCTION_WORDS = set('the|and|of|to|in|a|is|that|for|on|was|with|said|he|she|it|as|at|by|from|has|have|are|be|his|her|an|this|which|will|were|its');

/** Generic leading words that are not part of a name. */
export const LEAD_STOP = set(
  'the|a|an|this|that|these|those|his|her|their|its|our|my|your|in|on|at|by|for|from|to|of|with|and|but|or|as|if|when|while|after|before|' +
    'during|since|until|among|between|despite|although|though|meanwhile|however|also|then|so|yet|still|now|today|here|there|where|what|who|' +
    'why|how|he|she|it|they|we|i|you|according|following|including|under|over|about|like|unlike|instead|other|some|many|most|more|all|both|neither|either|' +
    'each|every|no|not|one|only|just|even|several|yesterday|today|tomorrow|tonight|because|maybe|perhaps|whether|unless|once|thus|therefore|indeed|' +
    // greetings open no name ("Hey Twitter", "Thanks Junior")
    'hey|hi|hello|thanks|dear|oh|please',
);

export { MONTHS, WEEKDAYS };
export const CALENDAR = new Set((MONTHS + '|' + WEEKDAYS).toLowerCase().split('|'));

/**
 * Places that the generated lists (lexicon-data.ts) lack: continents and wider regions, the nations of the United
 * Kingdom, disputed territories, and names the data spells otherwise ("Turkey" for Türkiye).
 */
export const EXTRA_PLACES = set(
  'Europe|Asia|Africa|Americas|North America|South America|Latin America|Middle East|Caribbean|Scandinavia|Balkans|Antarctica|' +
    'England|Scotland|Wales|Northern Ireland|Britain|Great Britain|Bosnia|Turkey|Kashmir|Crimea|Donbas|West Bank|Gaza|' +
    'Punjab|Sindh|Balochistan|Silicon Valley|U.S.|US|USA|U.S.A.|UK|U.K.|UAE|U.A.E.',
);

/** US state abbreviations used after a town ("Buffalo, N.Y."). */
export const STATE_ABBR = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Va|Vt|Wash|Wis|W\.Va|Wyo|D\.C)\.$/;

/**
 * "(see page 145)", "on p. 12", "the unit 2 reactor", "his number 2", "Paragraph 1600:", "Section 1201": a label's
 * number (a page, a section of a text, a room), no count and no year (numbers.ts, dates.ts).
 */
export const LABEL_BEFORE = /\b(?:[Pp]ages?|p\.|pp\.|[Uu]nit|[Nn]umber|[Ss]ection|[Cc]hapter|[Pp]aragraph|[Aa]rticle|[Cc]lause|[Vv]erse|[Rr]oom|[Gg]ate|[Pp]latform|[Rr]eactor|[Rr]oute)\s$/;
