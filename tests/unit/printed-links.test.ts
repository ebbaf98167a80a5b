import { describe, expect, it } from 'vitest';
import { markAddressLinks } from '../../utils/printed-links';

const marked = (html: string) => {
  const body = document.createElement('div');
  body.innerHTML = html;
  markAddressLinks(body);
  return [...body.querySelectorAll('a')].map((a) => [a.textContent, a.hasAttribute('data-cr-address')]);
};

describe('markAddressLinks', () => {
  it('marks a link that reads as its own address, however it is written, and no other', () => {
    expect(marked(`<p>
      <a href="https://harbour.example/tide-tables/2027">https://harbour.example/tide-tables/2027</a>
      <a href="https://www.harbour.example/moorings/">harbour.example/moorings</a>
      <a href="http://harbour.example/Notices">HARBOUR.EXAMPLE/notices/</a>
      <a href="mailto:berths@harbour.example">berths@harbour.example</a>
      <a href="https://harbour.example/k%C3%BCste">harbour.example/küste</a>
      <a href="https://harbour.example/tide-tables/2027">the tide tables</a>
      <a href="https://harbour.example/tide-tables/2027">harbour.example/tide-tables</a>
      <a href="https://harbour.example/a%">harbour.example/a%</a>
      <a>harbour.example</a>
    </p>`)).toEqual([
      ['https://harbour.example/tide-tables/2027', true],
      ['harbour.example/moorings', true],
      ['HARBOUR.EXAMPLE/notices/', true],
      ['berths@harbour.example', true],
      ['harbour.example/küste', true],
      ['the tide tables', false], // named otherwise: its address is worth printing
      ['harbour.example/tide-tables', false], // a shorter address than the link's own
      ['harbour.example/a%', true], // no escape to read: compared as written
      ['harbour.example', false], // no address at all
    ]);
  });
});
