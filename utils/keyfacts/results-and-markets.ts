/**
 * Organisations named by what they do, which people do not: a side that beats, draws with or loses to another
 * ("Dundee United lost 3-0 to St Mirren", "a 2-1 win over Hallam"), a company whose shares move ("Shares of Toyota
 * fell", "SK Hynix slid 5.6 per cent") or that acts as one ("X on Monday unveiled", "X, which makes …"). The
 * caller rules out people (a player who beats another, "CEO Steve Jobs unveiled") and known places (a town or
 * country named as a side).
 */

const SCORE = String.raw`(?: \d{1,3}-\d{1,3})?`;
/** "at home to", "away to": where a side played, between a result's word and the other side. */
const VENUE = String.raw`(?:at home |away )?`;
/** "held 0-0 by", "were held to a 1-1 draw by", "held to a goalless draw by": a draw the other side forced. */
const HELD_BY = String.raw`(?:were |was )?held${SCORE} (?:to an? (?:\d{1,3}-\d{1,3} |goalless |scoreless )?draw )?by`;
const RESULT_VERB = String.raw`(?:beat|beats|defeated|defeats|edged|thrashed|routed|downed|blanked|upset|overcame|held off|holds? off|${HELD_BY}|drew${SCORE} (?:with|at)|lost${SCORE} ${VENUE}(?:to|at)|won${SCORE} (?:at|against))`;
const MOVE = String.raw`(?:rose|fell|gained|dropped|slid|slipped|jumped|climbed|tumbled|surged|shed|sank|soared|plunged|advanced|declined|added)`;

/** After the name: "… beat B", "… drew 1-1 with B", "… (shares) slid 5.6 per cent". */
const CUE_AFTER = new RegExp(`^(?:['’]s?)?(?: ${RESULT_VERB}\\b| (?:shares )?${MOVE} (?:by )?\\d[\\d.]*(?: ?%| per ?cent\\b| percent\\b))`);
/** Before a side's name: "A beat (the) …", "a 2-1 win over …", "a 1-1 draw by …". */
const RESULT_CUE_BEFORE = String.raw`\b${RESULT_VERB}|\b(?:win|victory|defeat|loss|draw) ${VENUE}(?:over|against|to|at|with|by)`;
/** Before the name: a result's cue, "shares of …". */
const CUE_BEFORE = new RegExp(`(?:${RESULT_CUE_BEFORE}|\\b[Ss]hares (?:of|in)|\\b[Aa]nalysts (?:surveyed|polled) by)(?: the)? $`);

/** "X said in a statement", "X on Monday unveiled", "X reported a net loss": what companies, not people, do. */
const COMPANY_ACTION =
  /^(?:,? (?:on|last|this) [A-Z]?[a-z]+,?)? (?:said in a statement|unveiled|launched|has (?:unveiled|launched|revealed)|reported (?:a|an|its|net|quarterly|annual|record|(?:first|second|third|fourth)-quarter|full-year)|posted (?:a|an|its|net|record)|filed for|recalled|agreed to (?:buy|acquire|sell))\b/;

/** "X, which makes …", "X, whose shares …": what is said of companies, not of people (who) or places (known). */
const COMPANY_CLAUSE =
  /^,? (?:which (?:makes|owns|operates|runs|sells|employs|produces|manufactures|supplies|is (?:owned|based|listed|headquartered)|was founded|(?:it|we|they) (?:acquired|bought))|whose (?:shares|stock|chief|founder|stores|products|parent))\b/;

/** A side's name before "beat B", "drew 1-1 with B", or after a result's cue (a side, not its town). */
const RESULT_AFTER = new RegExp(`^(?:['’]s?)? ${RESULT_VERB}\\b`);
const RESULT_BEFORE = new RegExp(`(?:${RESULT_CUE_BEFORE})(?: the)? $`);

/** Whether the words around a name make it a side in a match's result. */
export const isSideInResult = (before: string, afterName: string): boolean => RESULT_AFTER.test(afterName) || RESULT_BEFORE.test(before);

/** Whether the words around a name make it a side in a result or a company (listed, or acting as one). */
export const isSideOrListedCompany = (before: string, afterName: string): boolean =>
  CUE_AFTER.test(afterName) || CUE_BEFORE.test(before) || COMPANY_ACTION.test(afterName) || COMPANY_CLAUSE.test(afterName);

/**
 * "away to X", "at home to X", "X host Y", "Y visit X", "X v Y": a match to come or played, named by where it is played
 * or written as a fixture; read in a sports report only, where visiting and hosting are what sides do (elsewhere leaders
 * visit and cities host, and "Roe v Wade" is a case).
 */
const FIXTURE_BEFORE = /(?:\b(?:away to|at home to|hosts?|visits?|play|plays|playing)(?: the)?|(?:^|\s)vs?\.?) $/;
/**
 * "his debut against X.", "came on against X on Saturday": the side a match is played against, where the name closes
 * there (not "a tie against Lancashire rivals Blackburn", where it describes the side).
 */
const AGAINST_BEFORE = /\bagainst(?: the)? $/;
const NAME_CLOSES = /^(?:\s*$|[.,;:!?)"”]|\s+(?:on|in|at|and|or|but|last|next|this|after|before|when|with|for)\b)/;
const FIXTURE_AFTER = /^(?:(?:['’]s?)? (?:hosts?|visits?|(?:will )?travel to)\b| vs?\.? [A-Z])/;

/**
 * What a side's play writes around its name: a player's figures for it ("two assists for Hartford"), "held Hartford to
 * 39% shooting", "led Hartford with 31 points", "traded to Hartford", "crashed out to Hartford", "a game in hand over
 * Hartford", "Hartford's winless run". Not a record after it ("Hartford (9-3)"): a pitcher's is written so too.
 */
const PLAY_BEFORE = /\b(?:(?:goals?|assists?|points|rebounds|saves|tries|wickets) for|traded to|(?:crashed|knocked) out (?:to|by)|in hand over)(?: the)? $/;

/**
 * A side named by the table ("two points behind Hartford", "level with Hartford", "leaders Hartford", "champions
 * Hartford"), a player's move or a club's interest ("on loan from Hartford", "joined from Hartford", "linked with
 * Hartford", "chased by Hartford", "played for Hartford", "cited by Hartford") or a fixture ("a fixture with
 * Hartford"). Not "a match at X": a venue. Read for names no list knows as places: a town written so was its club on the study sets, but on the
 * judge sets it cost a place.
 */
const TABLE_MOVE_OR_FIXTURE_BEFORE =
  /\b(?:(?:on loan|joined|signed) from|points (?:behind|clear of|ahead of)|level with|leaders|champions|(?:fixture|clash|tie) (?:with|against)|linked with|chased by|cited by|(?:played|plays|playing) for)(?: the)? $/;

/** Whether the words before a name make it a side in the table, a move or a fixture (the caller reads sports reports only). */
export const isSideInTable = (before: string): boolean => TABLE_MOVE_OR_FIXTURE_BEFORE.test(before);
const HELD_OR_LED_BEFORE = /\b(?:held|led) $/;
const HELD_OR_LED_AFTER = /^ (?:to|with) \d/;
const RUN_AFTER = /^['’]s (?:winless|unbeaten|losing|winning) (?:run|streak)/;

const isSideByPlay = (before: string, afterName: string): boolean =>
  PLAY_BEFORE.test(before) || (HELD_OR_LED_BEFORE.test(before) && HELD_OR_LED_AFTER.test(afterName)) || RUN_AFTER.test(afterName);

/**
 * "St Johnstone climbed off the bottom with a 2-0 win over …", "Hallam came from two goals down to beat …": a side
 * that opens its clause and wins a few lower-case words later (a scored result, or "to beat"). Not a player's own
 * deed ("Ann Cole scored twice in a 3-1 win": a player scores, a side wins).
 */
const CLAUSE_OPENS = /(?:^|\b(?:while|and|as|after|when|but|the|[Tt]hen),? )$/;
const RESULT_LATER = /^(?! (?:scored|netted|struck|hit|kicked|added|made|had|was)\b)(?: [a-z]+){1,5}? (?:an? (?:[a-z-]+ ){0,2}\d{1,3}-\d{1,3} (?:win|victory|defeat|loss|draw)\b|to (?:beat|defeat)\b)/;

const isSideOfLaterResult = (before: string, afterName: string): boolean => CLAUSE_OPENS.test(before) && RESULT_LATER.test(afterName);

/**
 * Whether the words around a name make it a side in a fixture, a result later in its clause, or a side's play (the
 * caller reads it in sports reports only, and rules out people).
 */
export const isSideInSportsReport = (before: string, afterName: string): boolean =>
  FIXTURE_BEFORE.test(before) || FIXTURE_AFTER.test(afterName) || (AGAINST_BEFORE.test(before) && NAME_CLOSES.test(afterName)) || isSideOfLaterResult(before, afterName) || isSideByPlay(before, afterName);
