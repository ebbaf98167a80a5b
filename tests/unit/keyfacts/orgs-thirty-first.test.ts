// @vitest-environment node
// Organisations the fresh judges of the thirtieth round missed, by mechanism (s31-orgs); each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { orgsFound, peopleFound } from './read-facts';

const story = (...sentences: string[]) =>
  [...sentences, 'The minister is expected to answer questions from members of the public in the spring.'].join(' ');

describe('an appositive after a dash', () => {
  it('whose head is a kind of body makes the name one', () => {
    expect(orgsFound(story('Players will vote, as will their coaches and Rendo - the global body for referees.'))).toContain('Rendo');
    expect(orgsFound(story('The prize was handed over by Velmark – a small publisher in Cork.'))).toContain('Velmark');
  });

  it('whose head is no body does not', () => {
    expect(orgsFound(story('They later met Orrin - the man who built the bridge.'))).not.toContain('Orrin');
  });
});

describe('an appositive opened by a place-based, listed or owned modifier', () => {
  it('names a body when its head is no noun of a person', () => {
    const found = orgsFound(story('The collapse of Kowloon Jet Fuel, the Singapore-listed arm of a Chinese trader, hit shares.', 'The show airs on Sabrahi, a California-based channel that supports the exiles.'));
    expect(found).toContain('Kowloon Jet Fuel');
    expect(found).toContain('Sabrahi');
  });

  it('names a person when its head is one', () => {
    const text = story('"It is late," said Tomba, a Leeds-based podcaster.', '"It is weak," said Oriel Banda, a Lagos-based economist.');
    expect(orgsFound(text)).not.toContain('Tomba');
    expect(orgsFound(text)).not.toContain('Oriel Banda');
  });
});

describe("a body's kind with its describing word right before a name shaped like a person's", () => {
  it('makes the name that body', () => {
    const text = story('Leeds group Kaiser Captains came fifth in the poll.', 'Jon Reed, founder of P2P network Blue Swoosh, hopes to grow.');
    expect(orgsFound(text)).toEqual(expect.arrayContaining(['Kaiser Captains', 'Blue Swoosh']));
    expect(peopleFound(text)).not.toContain('Kaiser Captains');
    expect(peopleFound(text)).not.toContain('Blue Swoosh');
  });

  it('leaves a person who speaks or who is listed with others a person', () => {
    const text = story('Acme group Anna Berg, said the plan would work.', 'The Dublin band Mary Coyle and Tom Reid played on.');
    expect(peopleFound(text)).toEqual(expect.arrayContaining(['Anna Berg', 'Mary Coyle', 'Tom Reid']));
  });
});

describe('a start-up written with its hyphen', () => {
  it('is a kind of body before a name, and no word of it at a sentence\'s start', () => {
    const found = orgsFound(story('Start-up Velora on Monday revealed a car.', 'Tech start-up Pivotly said it would grow.'));
    expect(found).toEqual(expect.arrayContaining(['Velora', 'Pivotly']));
  });
});

describe('a body bought or sold whole', () => {
  it('is an organisation', () => {
    const found = orgsFound(story('Gazprom, the firm tipped to buy Yarnaskneft, was banned.', 'The administrators said selling Argomax was the only way to save it.', 'The sale of Brindle is expected within weeks.'));
    expect(found).toEqual(expect.arrayContaining(['Yarnaskneft', 'Argomax', 'Brindle']));
  });

  it('is not a title that goes on after a small word', () => {
    expect(orgsFound(story('The network bought Storm over Harlow for $600 in 1956.'))).not.toContain('Storm');
  });
});
