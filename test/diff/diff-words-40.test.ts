/**
 * committee-40 M4: the zh and en diff of a cement draft named a table column by its id (`列“compressive3d”`,
 * `column compressive3d`) and a removed yes/no requirement by `= true`, where the same pages say 3 天抗压强度 and
 * 是 / yes. Draft edits are the committee's (illustrative, not a standard's): 42.5R 3-day compressive 22.0 → 23.0,
 * soundness removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import { loadRuleSet, parseRuleSet } from '../../src/index';

const FILE = join(import.meta.dirname, '../../rules/building-materials/common-portland-cement.yaml');

describe('diff names columns and yes/no limits as readers read them (committee-40 M4)', () => {
  it('a cell by its column label, a removed `= true` as 是 / yes', async () => {
    const text = readFileSync(FILE, 'utf8')
      .replace('- ["42.5R", 22.0, 42.5, 4.0, 6.5]', '- ["42.5R", 23.0, 42.5, 4.0, 6.5]')
      .replace('  - id: soundness\n    indicator: soundness\n    require: "= true"\n', '');
    const draft = parseRuleSet(text, { filename: 'draft.yaml' });
    const diff = diffRuleSets(await loadRuleSet('building-materials/common-portland-cement'), draft);
    const cell = diff.entries.find((e) => e.key.startsWith('cell:strength[42.5R][compressive3d]'))!;
    expect(cell.message.zh).toContain('行“42.5R”列“3 天抗压强度”：22.0 MPa → 23.0 MPa，更严');
    expect(cell.message.en).toContain(
      'row 42.5R, column 3-day compressive strength: 22.0 MPa → 23.0 MPa, stricter',
    );
    const removed = diff.entries.find((e) => e.key === 'criterion:soundness')!;
    expect(removed.message.zh).toContain('（soundness）：= 是，更宽');
    expect(removed.message.en).toContain(': = yes, looser');
    expect(`${removed.message.zh}${removed.message.en}`).not.toContain('true');
    // The JSON keeps the text as written (a contract).
    expect(removed.before).toBe('= true');
  });
});
