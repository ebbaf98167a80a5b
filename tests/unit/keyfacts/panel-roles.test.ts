// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractKeyFacts } from '../../../utils/keyfacts';
import { shownRole } from '../../../utils/keyfacts/role-shown';

// The panel as a reader sees it (issue #16, s20-panel): roles that are roles. Every sentence is invented.

const people = (text: string) => extractKeyFacts('Report', text).people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name));

describe('roles that are roles', () => {
  it('starts a role after the clause word the role finder read across', () => {
    expect(people('Senators opened an impeachment inquiry against President Marta Vilanova on Monday. Vilanova said the inquiry was unfair.')).toEqual([
      'Marta Vilanova (President)',
    ]);
    expect(people("Regulators asked whether Quillon's founder and former CEO Dario Pellegrini misled investors. Pellegrini declined to comment.")).toEqual([
      "Dario Pellegrini (Quillon's founder and former CEO)",
    ]);
    expect(people('The rescue came after Harbourside substitute Tomas Reyes scored late. Reyes said it was the best night of his career.')).toEqual([
      'Tomas Reyes (Harbourside substitute)',
    ]);
    expect(people('Stars, like singer Odile Varga, were fined. Varga did not comment.')).toEqual(['Odile Varga (singer)']);
    expect(people('The fans cheered including Harbourside captain Tomas Reyes. Reyes said it was the best night of his career.')).toEqual([
      'Tomas Reyes (Harbourside captain)',
    ]);
  });

  it("starts a role after a verb's form before its capitalised owner", () => {
    expect(people('Voters re-elected Governor Alma Quispe on Sunday. Quispe thanked them.')).toEqual(['Alma Quispe (Governor)']);
    expect(shownRole('stripping Harbourside center')).toBe('Harbourside center');
    expect(shownRole('managing director at Vega Capital')).toBe('managing director at Vega Capital');
  });

  it('does not end a role on a connector: the name it began was cut', () => {
    const text = 'Harold Brinkley, director of the Institute for Marine Policy and Coastal Law at the University of Tasmania, said the reef was dying. Brinkley has studied it for years.';
    expect(people(text)).toEqual(['Harold Brinkley (director of the Institute for Marine Policy and Coastal Law)']);
    expect(shownRole('U.S. Attorney for the Western District of')).toBe('U.S. Attorney for the Western District');
    expect(shownRole('research fellow and co-author of')).toBe('research fellow and co-author');
  });

  it('shows no role where what was read holds no head word or title', () => {
    expect(shownRole('Andrew')).toBe('');
    expect(shownRole('Mr.')).toBe('');
    expect(shownRole("was under a doctor's care for an illness and was")).toBe('');
    expect(shownRole('who owned Maple Ridge Mill in Brisk')).toBe('');
    // roles as written stay
    expect(shownRole('Dr')).toBe('Dr');
    expect(shownRole('Then-nominee')).toBe('Then-nominee');
    expect(shownRole('But Kabul-based political analyst')).toBe('Kabul-based political analyst');
    expect(shownRole('who is the council’s director of housing')).toBe('the council’s director of housing');
    expect(shownRole('senior analyst at Vega Capital')).toBe('senior analyst at Vega Capital');
    // a clause the role finder keeps whole is a role as it stands
    expect(shownRole("leads the agency's cholera team")).toBe("leads the agency's cholera team");
  });
});
