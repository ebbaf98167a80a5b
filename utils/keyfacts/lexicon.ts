/** Small word lists shared by the extractors. Kept compact: they ship in the popup bundle. */

const set = (s: string): Set<string> => new Set(s.split('|'));

/** Titles before a name ("Dr", "Gov."), lower case without the dot. */
export const HONORIFICS = set(
  'mr|mrs|ms|mx|miss|dr|prof|sir|dame|lord|lady|lt|col|gen|capt|sgt|cpl|maj|adm|cmdr|rev|gov|sen|rep|hon|det|insp|supt|fr|sheikh|imam|rabbi|pastor|judge|justice',
);

/** Head words of roles, lower case. */
export const ROLE_WORDS = set(
  'president|vice-president|chair|ceo|cfo|coo|cto|founder|co-founder|director|manager|head|chief|' +
    'minister|secretary|governor|gov|senator|sen|representative|rep|lawmaker|legislator|mayor|councillor|' +
    'analyst|economist|strategist|professor|scientist|researcher|expert|engineer|doctor|physician|' +
    'attorney|lawyer|barrister|solicitor|prosecutor|registrar|nurse|surgeon|architect|judge|justice|commissioner|superintendent|speaker|teacher|principal|dean|student|coach|captain|' +
    'goalie|goaltender|defenseman|defender|winger|forward|center|centre|striker|midfielder|goalkeeper|quarterback|pitcher|player|' +
    'officer|detective|sergeant|lieutenant|inspector|sheriff|deputy|editor|reporter|correspondent|author|writer|singer|actor|actress|' +
    'artist|ambassador|envoy|king|queen|prince|princess|pope|bishop|general|colonel|commander|chancellor|treasurer|ombudsman|' +
    'executive|official|leader|partner|owner|shopkeeper|farmer|resident|premier|adviser|advisor|consultant|' +
    'investigator|agent|diplomat|activist|organiser|organizer|boss|administrator|counsel',
);

/** Words that make a capitalised phrase an organisation when they end it. */
export const ORG_TAIL = set(
  'corporation|corp|inc|ltd|llc|plc|co|company|companies|group|holdings|bank|association|authority|agency|ministry|department|' +
    'commission|committee|council|university|college|school|schools|academy|institute|center|centre|observatory|laboratory|lab|police|office|' +
    'party|union|government|organisation|organization|foundation|airlines|airline|airways|fund|board|court|securities|team|unit|brotherhood|' +
    'service|services|bureau|administration|federation|league|club|society|trust|network|systems|technologies|motors|partners|' +
    'capital|industries|enterprises|media|news|times|post|sports|press|assembly|parliament|senate|congress|church|hospital|clinic|' +
    'force|army|navy|guard|corps|exchange|reserve|forum|alliance|coalition|institution|consortium|cooperative|watch|corridor|project|programme|program',
);

/** Words that make a capitalised phrase an organisation when they start it ("Ministry of …"). */
export const ORG_HEAD = set('house|ministry|department|university|bank|office|institute|bureau|federation|association|commission|council|court|state|national|federal|royal|central');

/** Last words of capitalised phrases that name things, not people ("White House", "Labor Day"). */
export const NOT_NAME_TAIL = set(
  'house|street|avenue|road|square|park|market|bridge|river|lake|mountain|mountains|island|islands|valley|hall|tower|airport|station|stadium|arena|' +
    'building|day|week|year|prize|award|awards|cup|series|act|bill|law|amendment|plan|war|summit|festival|conference|show|games|' +
    'museum|gallery|theatre|theater|palace|castle|church|cathedral|mosque|temple|beach|bay|coast|sea|ocean|desert|forest|county|city|town',
);

/** The commonest English words: the share of them tells English text; they never carry a fact. */
export const FUNCTION_WORDS = set('the|and|of|to|in|a|is|that|for|on|was|with|said|he|she|it|as|at|by|from|has|have|are|be|his|her|an|this|which|will|were|its');

/** Generic leading words that are not part of a name. */
export const LEAD_STOP = set(
  'the|a|an|this|that|these|those|his|her|their|its|our|my|your|in|on|at|by|for|from|to|of|with|and|but|or|as|if|when|while|after|before|' +
    'during|since|until|among|between|despite|although|though|meanwhile|however|also|then|so|yet|still|now|today|here|there|where|what|who|' +
    'why|how|he|she|it|they|we|i|you|according|following|including|under|over|about|like|unlike|instead|other|some|many|most|more|all|both|' +
    'each|every|no|not|one|only|just|even|several|yesterday|today|tomorrow|tonight',
);

export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const CALENDAR = new Set((MONTHS + '|' + WEEKDAYS).toLowerCase().split('|'));

/** Countries, US states, a few regions, the largest cities. */
export const PLACES = set(
  // countries
  'Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|' +
    'Bosnia|Brazil|Bulgaria|Cambodia|Cameroon|Canada|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Denmark|' +
    'Ecuador|Egypt|England|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hong Kong|Hungary|' +
    'Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|' +
    'Lebanon|Libya|Lithuania|Luxembourg|Madagascar|Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Morocco|Mozambique|Myanmar|Nepal|' +
    'Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|' +
    'Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|' +
    'South Korea|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Turkmenistan|Uganda|' +
    'Ukraine|United Arab Emirates|United Kingdom|Britain|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|' +
    // US states
    'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|' +
    'Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|' +
    'New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|' +
    'South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|' +
    // regions and provinces often named alone; capitals and the largest cities (others are found by cues: "in X",
    // datelines, "X, State")
    'Punjab|Sindh|Balochistan|Kashmir|Gaza|West Bank|Crimea|Ontario|Quebec|Europe|Asia|Africa|Middle East|Latin America|' +
    'London|Paris|Berlin|Brussels|Moscow|Kyiv|Beijing|Shanghai|Tokyo|Delhi|New Delhi|Mumbai|Islamabad|Karachi|Lahore|' +
    'Tehran|Jerusalem|Dubai|Cairo|Sydney|Toronto|Chicago|Los Angeles|San Francisco|Houston|Silicon Valley',
);

/** US state abbreviations used after a town ("Buffalo, N.Y."). */
export const STATE_ABBR = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Va|Vt|Wash|Wis|W\.Va|Wyo|D\.C)\.$/;
