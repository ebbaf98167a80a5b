// @vitest-environment node
// The build's ways of changing Readability's source (utils/extract/readability-patch.ts), on an invented source shaped
// as Readability writes its prototype: a method moved to its one call, a pattern written where it is read.
import { describe, expect, it } from 'vitest';
import { bodyPin, withMethodsAtTheirCalls, withPatternsAtTheirUse } from '../../../utils/extract/readability-patch';

const SOURCE = [
  'Harbour.prototype = {',
  '  REGEXPS: {',
  '    // Quay names, as the harbour writes them.',
  '    quay: /^quay\\s*\\d+$/i,',
  '    berth: /berth/g,',
  '  },',
  '',
  '  /**',
  '   * Counts the ships at a quay.',
  '   */',
  '  _countShips(quay) {',
  '    var ships = quay.ships.length;',
  '    return ships;',
  '  },',
  '',
  '  load(quay) {',
  '    var count = this._countShips(quay);',
  '    return this.REGEXPS.quay.test(quay.name) ? count : 0;',
  '  },',
  '};',
  '',
].join('\n');
const BODY = '    var ships = quay.ships.length;\n    return ships;\n';
const MOVED = {
  method: '_countShips',
  call: '    var count = this._countShips(quay);\n',
  body: bodyPin(BODY),
  at: (body: string) => body.replace('return ships;', 'var count = ships;'),
};
const run = (code: string) => new Function(`function Harbour() {}\n${code}\nreturn new Harbour().load({ name: 'Quay 4', ships: [1, 2, 3] });`)() as number;

describe('withMethodsAtTheirCalls', () => {
  it('moves a method, without its comment, to its one call, as written there, and the code answers the same', () => {
    const out = withMethodsAtTheirCalls(SOURCE, [MOVED]);
    expect(out).not.toContain('_countShips');
    expect(out).not.toContain('Counts the ships');
    expect(out).toContain('  load(quay) {\n    var ships = quay.ships.length;\n    var count = ships;\n    return');
    expect(out).toContain('  },\n\n  load(quay) {');
    expect(run(out)).toBe(3);
    expect(run(SOURCE)).toBe(3);
  });

  it('stops the build when the body is not the one pinned, the call is gone or the method is not there once', () => {
    expect(() => withMethodsAtTheirCalls(SOURCE.replace('ships.length', 'ships.size'), [MOVED])).toThrow(/no longer finds the body it was written for \(pinned \w{12}, found \w{12}\)/);
    expect(() => withMethodsAtTheirCalls(SOURCE.replace(MOVED.call, '    var count = 3;\n'), [MOVED])).toThrow(/_countShips at its call" no longer finds its text once/);
    expect(() => withMethodsAtTheirCalls(SOURCE.replace('  _countShips(quay) {', '  _count(quay) {'), [MOVED])).toThrow(/no longer finds the method once/);
  });
});

describe('withPatternsAtTheirUse', () => {
  it('writes a pattern read once as a literal where it is read, without its definition and comment, and matches the same', () => {
    const out = withPatternsAtTheirUse(SOURCE, ['quay']);
    expect(out).toContain('return /^quay\\s*\\d+$/i.test(quay.name)');
    expect(out).not.toContain('Quay names');
    expect(out).toContain('  REGEXPS: {\n    berth: /berth/g,\n  },');
    expect(run(out)).toBe(3);
  });

  it('stops the build when a pattern is read twice or not at all, or is not defined', () => {
    const twice = SOURCE.replace('? count : 0', '&& this.REGEXPS.quay.test("quay 1") ? count : 0');
    expect(() => withPatternsAtTheirUse(twice, ['quay'])).toThrow(/quay is no longer defined once and read once/);
    expect(() => withPatternsAtTheirUse(SOURCE, ['berth'])).toThrow(/berth is no longer defined once and read once/);
    expect(() => withPatternsAtTheirUse(SOURCE, ['dock'])).toThrow(/dock is no longer defined once and read once/);
  });
});
