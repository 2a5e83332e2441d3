import { describe, expect, it } from 'vitest';
import { listRuleSets } from '../../src/index';
import { useCli } from './cli-harness';

const cli = useCli();

describe('qgrade list', () => {
  it('zh: provenance in the words diff uses, editions and lists in Chinese punctuation', async () => {
    const run = await cli.run(['--lang', 'zh', 'list']);
    expect(run.stdout.split('\n')[0]).toMatch(/^规则集\s+标准\s+版本\s+来源可信度\s+名称$/);
    expect(run.stdout).toMatch(
      /steel\/hot-rolled-ribbed-bar\s+GB\/T 1499\.2-2018\s+2018（已被代替：GB 1499\.2-2024）\s+转引资料（secondary）/,
    );
    expect(run.stdout).toMatch(
      /JC\/T 452、GB 175-2007\s+1992、2007（已被代替：GB 175-2023）\s+示例数值（illustrative）/,
    );
    expect(run.stdout).toContain('未查到、2023');
    // "unknown" too, and in English the words stay.
    expect(run.stdout).not.toMatch(/\bunknown\b/);
    expect(run.stdout).not.toMatch(/not found|\s(illustrative|secondary|unverified)\s/);
  });

  it('lists every bundled rule set with its standard, edition (and what superseded it) and provenance', async () => {
    const run = await cli.run(['list']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^rule set\s+standard\s+edition\s+provenance\s+title$/);
    const sets = await listRuleSets();
    expect(lines).toHaveLength(sets.length + 1);
    expect(run.stdout).toMatch(
      /steel\/hot-rolled-ribbed-bar\s+GB\/T 1499\.2-2018\s+2018 \(superseded by GB 1499\.2-2024\)\s+secondary/,
    );
    expect(run.stdout).toMatch(
      /building-materials\/common-portland-cement\s+GB 175-2007\s+2007 \(superseded by GB 175-2023\)\s+unverified/,
    );
  });

  it('speaks Chinese with --lang zh, and gives JSON with --format json', async () => {
    expect((await cli.run(['--lang', 'zh', 'list'])).stdout).toMatch(/已被代替：GB 175-2023/);
    const json = JSON.parse((await cli.run(['list', '--format', 'json'])).stdout) as { id: string }[];
    expect(json.map((s) => s.id)).toContain('enterprise/quality-management-capability');
  });
});
