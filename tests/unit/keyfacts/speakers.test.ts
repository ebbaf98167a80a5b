// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { facts } from './read-facts';

const speakers = (text: string) => facts(text).quotes.map((q) => [q.text.slice(0, 24), q.speaker]);

describe('speakers found across sentences', () => {
  it('gives a quote paragraph after "He added that …" to the person the pronoun points to', () => {
    expect(
      speakers(
        'Village elder Tomas Ruiz met the mine managers on Monday.\n\nHe added that the wells had been dry since the blasting began.\n\n"We carry water from the river now, and the children fall sick from it."',
      ),
    ).toEqual([['We carry water from the ', 'Ruiz']]);
  });

  it('takes the name between an apposition and its reporting verb as the subject a quote paragraph after it is from', () => {
    expect(
      speakers('The head of the harbour engineering office, Tomas Ruiz, says the old crane is the problem.\n\n"It is just too expensive to fix, and it breaks down every winter."'),
    ).toEqual([['It is just too expensive', 'Ruiz']]);
  });

  it('reads present-tense reporting verbs after a quote', () => {
    expect(speakers('Director Mara Velde spoke to us in Oslo.\n\n"We made the film on a shoestring budget," Velde explains.')).toEqual([
      ['We made the film on a sh', 'Velde'],
    ]);
  });

  it('gives "the statement said" to the statement, not to the last person named', () => {
    expect(
      speakers('Finance chief Ola Brenn resigned on Monday.\n\n"The board accepted the resignation with regret," the statement said.'),
    ).toEqual([['The board accepted the r', 'statement']]);
  });

  it('gives "the judge said" to the person given that role just before', () => {
    expect(
      speakers(
        'Judge Harriet Combe jailed Tom Pike for six years on Friday.\n\n"This was a cruel and calculated fraud on the elderly," the judge said.',
      ),
    ).toEqual([['This was a cruel and cal', 'Combe']]);
  });

  it('reads "the Norwegian said" as a pronoun for the person the passage is about', () => {
    expect(
      speakers('Lars Eikrem, who started third, finished second. "The tyres went off in the last ten laps," the Norwegian said.'),
    ).toEqual([['The tyres went off in th', 'Eikrem']]);
  });

  it('takes the name after a described speaker: said the lead author, Name', () => {
    expect(
      speakers('"The drug halves the risk for carriers of the gene," said the trial\'s lead author, Professor Ines Dahl of Lund University.'),
    ).toEqual([['The drug halves the risk', 'Dahl']]);
  });

  it('reads "In X\'s words" and a colon after a named subject', () => {
    expect(speakers('Rita Okoro led the survey. In Dr. Okoro\'s words, "Nobody expected the numbers to fall so fast."')).toEqual([
      ['Nobody expected the numb', 'Okoro'],
    ]);
    expect(speakers('Rita Okoro, a senior analyst at Fenmark, put it plainly: "The market has turned for good."')).toEqual([
      ['The market has turned fo', 'Okoro'],
    ]);
  });

  it('gives a quote with no attribution after a passage about someone to them, and leaves one after a passage about no one alone', () => {
    expect(
      speakers('Kofi Mensah, the club’s captain, was at the gate at dawn. He had waited nine years.\n\n"It is the proudest day of my life and my family’s too."'),
    ).toEqual([['It is the proudest day o', 'Mensah']]);
    expect(speakers('Crowds gathered at the gate at dawn.\n\n"It is the proudest day of my life and my family’s too."')).toEqual([
      ['It is the proudest day o', ''],
    ]);
  });

  it('resolves a pronoun to a person named by surname as the subject since, not to the last full name', () => {
    expect(
      speakers(
        'Pia Lund starred opposite Omar Haddad in the film.\n\nLund, who is 34, says the role changed her. "I had to learn to ride a horse in a month," she explains.',
      ),
    ).toEqual([['I had to learn to ride a', 'Lund']]);
  });

  it('does not take a name in the possessive for the subject a pronoun points to', () => {
    expect(
      speakers('Dr Amos Kibet’s lawyer, Ms Ruth Wambui, said her client would appeal. "The tender was run by a committee," she told reporters.'),
    ).toEqual([['The tender was run by a ', 'Wambui']]);
  });

  it('never gives "it said" to a person', () => {
    expect(
      speakers('Health minister Ana Brody spoke on Monday. The Food Safety Board then warned shoppers.\n\n"Do not eat any of the tinned fish sold in May," it said.'),
    ).toEqual([['Do not eat any of the ti', '']]);
  });

  it('does not give a quote paragraph to a name inside the quote paragraph before it', () => {
    expect(
      speakers('The governor spoke for an hour.\n\n"Tom Varga is being briefed every day. He is terrific and works very hard."\n\n"But I do not need to hear the same thing every single morning."').map((q) => q[1]),
    ).not.toContain('Varga');
  });

  it('reads a subject that stands far before the quote', () => {
    expect(
      speakers(
        'The pension law turns 75 on Saturday.\n\nOpposition leader Ana Lund said in a statement marking the anniversary of the law on Friday that while it has served millions of older people well over the decades since it was passed, its trustees have "repeatedly warned parliament that reforms are necessary."',
      ),
    ).toEqual([['repeatedly warned parlia', 'Lund']]);
  });

  it('gives a quote to the person who opens the sentence, past a long apposition that names bodies', () => {
    expect(
      speakers(
        'The navy will cut two ships, the ministry said.\n\nBut Ingrid Solvang, a naval historian at Halden University and a former graduate of the Royal Naval College at Dartmouth in England, said the fleet is "a coastguard with a few frigates and no plan."',
      ),
    ).toEqual([['a coastguard with a few ', 'Solvang']]);
  });

  it('reads the subject after a clause that opens the sentence', () => {
    expect(
      speakers(
        'Westfjord Energy Corp. built the reactor.\n\nAfter Westfjord Energy said in March that the reactor would start this year, Foreign Minister Ana Lund said that until the plant is inspected by the agency and found safe for the region, "it would be premature to go ahead with any project at this time."',
      ),
    ).toEqual([['it would be premature to', 'Lund']]);
  });

  it('gives a pronoun that opens the sentence to someone named before it, not to a name later in that sentence', () => {
    expect(
      speakers(
        '"We will fight for the pension," said party chairman Tomas Berg.\n\nHe said that Prime Minister Ana Lund and her ministers are "deeply committed to keeping the pension as it is," and more.',
      ).map((q) => q[1]),
    ).toEqual(['Berg', 'Berg']);
  });

  it('gives the quote of a spokesperson to the spokesperson, not to the employer named with them', () => {
    expect(
      speakers(
        'Westfjord Shipping Corp. cancelled 40 sailings on Monday.\n\n"We are working closely with the port and will offer refunds to every passenger," a Westfjord Shipping spokesman said.\n\nA company spokeswoman told the Herald: "No ship will leave before the storm has passed."',
      ).map((q) => q[1]),
    ).toEqual(['spokesman', 'spokeswoman']);
  });

  it('gives a quote after ", saying" to the subject of the sentence, not to the last name before the participle', () => {
    expect(
      speakers(
        'Mira Sand starred in the play for a year.\n\nSand also spoke about her friends Tom Hale and Eva Roos, saying, "They are the kindest people I have ever worked with."',
      ),
    ).toEqual([['They are the kindest peo', 'Sand']]);
    expect(
      speakers(
        'During the interview on the late show, Ola Brekke asked the actor about his old band, saying, "I cannot believe you never played that song again."',
      ),
    ).toEqual([['I cannot believe you nev', 'Brekke']]);
  });

  it('does not give a quote after ", adding" to a first word that is no name', () => {
    expect(
      speakers('Tin prices were unlikely to fall this year, he wrote in a note to clients, adding: "We think the cut is realistic rather than cautious."').map(
        (q) => q[1],
      ),
    ).not.toContain('Tin');
  });

  it('gives a quote to a given name and surname beside an organisation in the attribution, not to the organisation', () => {
    expect(
      speakers(
        'Snow closed roads across the north on Tuesday.\n\n"It is sleet, it is rain, it is ugly out there," Nordvik Weather meteorologist Chad Lindqvist said.',
      ),
    ).toEqual([['It is sleet, it is rain,', 'Lindqvist']]);
    expect(
      speakers(
        'The rules were adopted on Monday.\n\n"These findings could matter for building standards," Joost van Houten of the Netherlands’ Fontys University of Applied Sciences writes.',
      ),
    ).toEqual([['These findings could mat', 'van Houten']]);
  });

  it('gives "the airline said" to the airline, not to the last person named, and "one administration official" to the official', () => {
    expect(
      speakers(
        'Nordair chief Ola Brekke flew to the crash site on Monday.\n\nThe airline said in a statement that it would fly relatives to Tromso, "where a team of carers will meet every family on arrival."',
      ),
    ).toEqual([['where a team of carers w', 'airline']]);
    expect(
      speakers('The talks ended late.\n\n"The president is doing this out of a sense of duty to the office," said one administration official.'),
    ).toEqual([['The president is doing t', 'official']]);
  });

  it('resolves a pronoun to a surname that is the subject after an opening phrase, not to a name later in that sentence', () => {
    expect(
      speakers(
        'Mira Sand starred in the play for a year. It ran in Oslo and Bergen. It closed in June.\n\nIn a video dated May 3, 2021, Sand talked about her role opposite Ola Brekke in the film. "I fell in love with the role at once," she said.',
      ),
    ).toEqual([['I fell in love with the ', 'Sand']]);
  });

  it('resolves a pronoun to a surname subject whose full name the article gives only later', () => {
    expect(
      speakers(
        '"We will pay for it ourselves," said Tomas Berg, the utility\'s chief.\n\nThe plan has critics. Lund said the boxes will soon be unnecessary.\n\n"The regulator is solving a problem that no longer exists," she said.\n\nIda Lund, the utility\'s technology chief, spoke at a fair in Oslo.',
      ).map((q) => q[1]),
    ).toEqual(['Berg', 'Lund']);
  });

  it('resolves a pronoun to the person who last spoke, named after a role, not to one named before', () => {
    expect(
      speakers(
        'Tom Hale defended him in court on Monday.\n\nLater that day the new council chief executive Ana Brekke said the council had changed its controls. "Our priority is getting every penny back for the town," she said.',
      ).map((q) => q[1]),
    ).toEqual(['Brekke']);
  });

  it('reads "according to" after the quote as its attribution', () => {
    expect(
      speakers(
        'Tom Hale has no record in Oslo.\n\nEfforts were made to trace him, "but we have not found a single clue," according to an official in the Norwegian tax agency, speaking on condition of anonymity.',
      ),
    ).toEqual([['but we have not found a ', 'official']]);
  });

  it('gives a quote after a colon or "called" to the person who opens the sentence', () => {
    expect(
      speakers(
        'The march ended at the town hall.\n\nFormer mayor Ana Brekke echoed the anger, but blamed the council: "We have had four months of silence from the people in charge."',
      ),
    ).toEqual([['We have had four months ', 'Brekke']]);
    expect(
      speakers('Flights left late all day.\n\nAt Nordair, chief executive Tomas Lindqvist called the delays "pretty minimal at this point in the winter," with six flights cancelled.'),
    ).toEqual([['pretty minimal at this p', 'Lindqvist']]);
  });

  it('gives "Sir Tomas said" to the knight named in full before, by his surname', () => {
    expect(
      speakers(
        'The prime minister overruled Sir Tomas Lindqvist, the education secretary and a close friend, in March.\n\nSir Tomas said that under the old exams pupils were "simply ranked in order, with little regard to what they know".',
      ).map((q) => q[1]),
    ).toEqual(['Lindqvist']);
  });
});

