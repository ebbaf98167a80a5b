/** The shapes of key facts, shared by the passes and the pages that show them. */

export interface PersonFact {
  name: string;
  role: string;
  sentence: number;
}
export interface OrganizationFact {
  name: string;
  acronym: string;
  sentence: number;
}
export interface TextFact {
  text: string;
  sentence: number;
}
export interface QuoteFact {
  text: string;
  speaker: string;
  sentence: number;
}

export interface KeyFacts {
  /** The article's sentences; every `sentence` field is an index into this list. */
  sentences: string[];
  people: PersonFact[];
  organizations: OrganizationFact[];
  places: TextFact[];
  dates: TextFact[];
  numbers: TextFact[];
  quotes: QuoteFact[];
  keySentences: TextFact[];
  /** False when the text does not look English: names, places and quotes are then left out. */
  english: boolean;
}
