// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractKeyFacts, keyFactsWithFeatures } from '../../../utils/keyfacts/index';
import { roleInApposition } from '../../../utils/keyfacts/people';
import { ledeRole } from '../../../utils/keyfacts/role-in-lede';

// Roles the passes missed on fresh stories (issue #16, s34-people). Every sentence is invented.

const roleOf = (text: string, name: string) => keyFactsWithFeatures('', text).facts.people.find((p) => p.name === name)?.role;

describe('a name written with its noble or royal title reads its role around it', () => {
  it('right before the title', () => {
    expect(roleOf('Green Party peer Lord Ashcombe told the committee the plan was flawed. Lord Ashcombe said more.', 'Lord Ashcombe')).toBe('Green Party peer');
  });

  it('in apposition before or after it', () => {
    expect(roleOf('The Lord Chancellor, Lord Veldon, has written to the judges about the delays.', 'Lord Veldon')).toBe('Lord Chancellor');
    expect(roleOf('Lord Pelham, chairman of the Tarn Valley Trust, said the bridge would reopen.', 'Lord Pelham')).toBe('chairman of the Tarn Valley Trust');
  });

  it('none where the words around say none (an opening adverbial, no role)', () => {
    expect(roleOf('Speaking in the chamber, Lord Ashcombe said the plan was flawed.', 'Lord Ashcombe')).toBe('');
    expect(roleOf('Lord Ashcombe spoke on Monday. Lord Ashcombe said more.', 'Lord Ashcombe')).toBe('');
  });
});

describe('names a plural noun of persons gives as its examples ("such as", "like", "including")', () => {
  it('hold the plural as their role, each listed name', () => {
    const text = 'The line-up has acts from abroad and folk singers such as Maren Holloway and Tobiah Renwick. Holloway returns.';
    expect(roleOf(text, 'Maren Holloway')).toBe('folk singers');
    expect(roleOf(text, 'Tobiah Renwick')).toBe('folk singers');
  });

  it('one name alone too, and a plural opening the sentence', () => {
    expect(roleOf('It will show work by contemporary painters such as Odile Ferrant, whose portraits sold out in May. Ferrant said.', 'Odile Ferrant')).toBe('contemporary painters');
    expect(roleOf('Singers including Maren Holloway and Tobiah Renwick will record a single. Holloway said.', 'Tobiah Renwick')).toBe('singers');
  });

  it('not after a comma, and an apposition after the name says more', () => {
    expect(roleOf('The fire injured several residents, including Maren Holloway, who was treated in hospital.', 'Maren Holloway')).toBe('');
    expect(roleOf('Painters like Odile Ferrant, curator of the Harbour Gallery, said the grant was too small.', 'Odile Ferrant')).toBe('curator of the Harbour Gallery');
  });

  it('is only a role: a body given as an example is no person', () => {
    expect(extractKeyFacts('', 'Buyers included firms such as Brennock Holdings and Tarrow Capital.').people).toEqual([]);
  });

  it('yields to a singular role the article gives the person later', () => {
    const text = 'Stars like Maren Holloway and Tobiah Renwick will attend the premiere. Tobiah Renwick, the film’s producer, said it was done.';
    expect(roleOf(text, 'Maren Holloway')).toBe('stars');
    expect(roleOf(text, 'Tobiah Renwick')).toBe('film’s producer');
  });
});

describe('a role with its complement in apposition before a name', () => {
  it('is the role: the head, the words before it and its complement', () => {
    expect(roleInApposition('The chairman of the town’s planning committee, ')).toBe('chairman of the town’s planning committee');
    expect(roleInApposition('The paper’s correspondent in Lagos, ')).toBe('paper’s correspondent in Lagos');
    expect(roleOf('The ferry was late again. The head of the Harbour Board, Tomas Quillan, said the engines had failed.', 'Tomas Quillan')).toBe('head of the Harbour Board');
  });

  it('not in an opening adverbial, a plural, a list or a clause', () => {
    expect(roleInApposition('After meeting the head of the agency, ')).toBe('');
    expect(roleInApposition('The heads of the two agencies, ')).toBe('');
    expect(roleInApposition('The match has a host of big names including Tomas Quillan, ')).toBe('');
    expect(roleInApposition('The son of a man who said Tomas Quillan, ')).toBe('');
  });

  it('not past the words a complement holds', () => {
    expect(roleInApposition('The chair of a group that on most days in the long dry summer meets at the old town hall, ')).toBe('');
  });
});

describe('the role a lede gives the person the next sentence names', () => {
  it('is the lede subject’s role, at its end or its opening', () => {
    expect(ledeRole('Bus fares will rise in April to pay for new routes, the transport minister has said.')).toBe('transport minister');
    expect(ledeRole('A retired teacher who sailed alone around Ireland has been honoured by her town.')).toBe('retired teacher');
    expect(ledeRole('The founder of a Cork bakery chain is to open a shop in Boston.')).toBe('founder');
  });

  it('none where the subject is no singular noun of a person', () => {
    expect(ledeRole('A man has been charged with the murder of a journalist in Leeds.')).toBe('');
    expect(ledeRole('The new rules will start in May, the council has said.')).toBe('');
    expect(ledeRole('Ministers have promised more money for rural buses, the unions have said.')).toBe('');
  });

  it('goes to the name opening the second sentence, and only to it', () => {
    const lede = 'Bus fares will rise in April to pay for new routes, the transport minister has said.\n\n';
    expect(roleOf(`${lede}Maren Holloway told the assembly the rise was needed.`, 'Maren Holloway')).toBe('transport minister');
    expect(roleOf(`${lede}On Monday, Maren Holloway told the assembly the rise was needed.`, 'Maren Holloway')).toBe('');
  });

  it('goes to the whole name after a form of address, not to a part of it', () => {
    const text = 'The top civil servant at the centre of the ferry affair has been knighted.\n\nSir Tomas Quillan will retire in May. Sir Tomas said he was delighted.';
    expect(roleOf(text, 'Tomas Quillan')).toBe('top civil servant');
  });
});

describe('a role in apposition before a name written after one title', () => {
  it('is the role, not the title', () => {
    expect(roleOf('The mill closed in May. Her nephew, Dr Tomas Quillan, confirmed the news.', 'Tomas Quillan')).toBe('nephew');
    expect(roleOf('The count ended late. The district returning officer, Dr Maren Holloway, said the result was final.', 'Maren Holloway')).toBe('district returning officer');
  });
});

describe('a role with its complement is no predicate', () => {
  it('after a copula the words are what another person was', () => {
    expect(roleInApposition('Jo Lee was best actress for Summer Rain, ')).toBe('');
  });
});
