// @vitest-environment node
// Twenty-seventh round (s27-orgs), each on an invented text: the plural of a role right before one name ("analysts
// Quillfeather", "US rappers Brass Owl") names the firm or the group those people make (pass-orgs-by-context.ts
// namedByPluralRole); not a list of people ("actors Ana Diaz and Jo Lee").
import { describe, expect, it } from 'vitest';
import { orgs } from './read-facts';

describe('the plural of a role before one name', () => {
  it('reads the firm after "analysts"', () => {
    const text =
      'Sales of handheld consoles rose by a third in the year to March, according to market analysts Quillfeather. ' +
      'The figures include second-hand machines for the first time.';
    expect(orgs(text)).toContain('Quillfeather');
  });

  it('reads the group after "rappers"', () => {
    const text =
      'US rappers Brass Owl have won their court fight over a sample used on their debut record. The judge ruled the use was fair. ' +
      'The case took three years.';
    expect(orgs(text)).toContain('Brass Owl');
  });
});

describe('what the plural of a role before a name does not make a body', () => {
  it('reads no body from a list of names after "actors"', () => {
    const text =
      'The charity has named its new ambassadors. They include actors Quillfeather and Brannock, who starred in the hospital drama. ' +
      'The charity runs twelve hospices.';
    expect(orgs(text)).toEqual([]);
  });
});
