// @vitest-environment node
// Names named once (eighteenth round): each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { orgs, peopleNames, places } from './read-facts';

describe('datelines of a round-up', () => {
  const roundUp = [
    'Marta Quiroga hit two home runs and the Denver Peaks beat the Tucson Saguaros 7-4 on Friday night.',
    'Leo Brandvold pitched six innings for the Peaks, who have won four straight.',
    'FALCONS 3, HERONS 1',
    'KENNEWICK, Wash. — Ivo Tamsalu drove in two runs as the Kennewick Falcons held off the Yakima Herons.',
    'The Falcons improved to 21-9 with their sixth win in seven games.',
    'OTTERS 5, STAGS 2',
    'DENVER — Ruth Abernathy struck out nine and the Front Range Otters beat the Laramie Stags.',
    'The Otters have won eight of their last ten.',
  ].join('\n\n');

  it('reads the dateline that opens each story of a round-up, and its region', () => {
    expect(places(roundUp)).toEqual(expect.arrayContaining(['Kennewick', 'Wash.', 'Denver']));
  });

  it('reads the region of the first dateline too', () => {
    const text =
      'PORT HURON, Mich. — The city council voted 5-2 on Tuesday to close the Water Street bridge for repairs. The work will cost $4.2 million. Mayor Ada Kline said the bridge was unsafe. Repairs will start in May. The bridge carries 9,000 cars a day.';
    expect(places(text)).toEqual(expect.arrayContaining(['Port Huron', 'Mich.']));
  });

  it('takes no heading in capitals as a dateline, nor a date after the comma', () => {
    const text = [
      'The council approved the budget on Monday after a long debate over the cost of new buses.',
      'Councillor Tom Reyes said the plan was fair. The vote was 6-3.',
      'EDITOR’S NOTE — This story has been corrected to show that the vote was 6-3.',
      'UPDATE, Dec. 2 — The council will meet again in January.',
    ].join('\n\n');
    expect(places(text)).toEqual([]);
  });
});

describe('sides held to a draw, or beaten away', () => {
  it('reads the side that held another, and the side a loss away was to', () => {
    const text =
      'Carnwath were held to a 1-1 draw by Pitlochry on Saturday, and Dunkeld were held 0-0 by Abernyte. Birkhill lost 2-0 away to Tealing in the league. The goals came late in the match.';
    expect(orgs(text).sort()).toEqual(['Abernyte', 'Birkhill', 'Carnwath', 'Dunkeld', 'Pitlochry', 'Tealing']);
  });

  it('reads the side a draw at home was against', () => {
    const text = 'Errol extended their winless run to six games after a goalless draw at home to Kinnaird. The striker scored twice in the match.';
    expect(orgs(text)).toContain('Kinnaird');
  });
});

describe('sides of a fixture in a sports report', () => {
  const report =
    'Brora Rovers beat Golspie 2-1 in the league on Saturday, with the striker scoring twice. The goals came in the second half. Next weekend Lairg host Dornie, while Brora Rovers visit Tain. His first match in charge will be away to Helmsdale.';

  it('reads the sides that host, visit and are played away to', () => {
    expect(orgs(report)).toEqual(expect.arrayContaining(['Lairg', 'Dornie', 'Tain', 'Helmsdale']));
  });

  it('reads no side outside a sports report', () => {
    const text = 'Leaders of Norway visit Tain each year. The mayor said the visit was welcome. The town has 3,000 people. It lies on the coast. The hotel was full.';
    expect(orgs(text)).toEqual([]);
  });
});

describe('a body named as a source or a maker', () => {
  it('reads the name after "funded by", "made by" or "according to" with no article as an organisation', () => {
    const text =
      'The trial was funded by Harwick Medical Trust and ran at 40 hospitals. The engines were made by Orlen Dynamics, a supplier of parts. House prices fell 0.4 per cent in November, according to Pricewell. The report was published on Monday. Doctors welcomed the results.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Harwick Medical Trust', 'Orlen Dynamics', 'Pricewell']));
  });

  it('reads no person, place or label there', () => {
    const text =
      'The plan was funded by Ana Lindqvist, a local donor. According to Lindqvist, the plan will cost $2 million. According to SDG 11, cities must be safe. The bridge was built by Norway in 1990. The council met on Monday.';
    expect(orgs(text)).toEqual([]);
  });
});

describe('a given name that is also a country', () => {
  it('opens a personal name, and a common word after it still ends none', () => {
    const text =
      'Chad Brannigan scored twice as the home side won 3-1. Fans cheered when Jordan Pellow came on. Georgia Power said bills would rise, and Chad Basin farmers agreed. The club thanked the fans. The next match is on Sunday.';
    expect(peopleNames(text)).toEqual(expect.arrayContaining(['Chad Brannigan', 'Jordan Pellow']));
    expect(peopleNames(text)).not.toContain('Georgia Power');
    expect(peopleNames(text)).not.toContain('Chad Basin');
  });
});

describe('a part of a land named by the compass', () => {
  it('reads a compass word before a known place, and a region named by its lie after "the"', () => {
    const text =
      'Storms hit West Kansas and Northern Ohio on Monday. Snow is also forecast for the Upper Midwest and the Northeast. Southwest said it had cancelled 300 flights. Airports were busy. Roads were closed.';
    const found = places(text);
    expect(found).toEqual(expect.arrayContaining(['West Kansas', 'Northern Ohio', 'Upper Midwest', 'Northeast']));
    expect(found).not.toContain('Southwest');
  });
});
