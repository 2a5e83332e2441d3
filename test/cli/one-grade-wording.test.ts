/**
 * A rule set of one grade (a conformity standard: 合格 only) names a record
 * below it as not reaching that grade — `未达到合格` / `does not reach
 * Conforming` — in the summary, the HTML report and the workbook, where
 * "below the lowest grade" read as though there were others (committee-22
 * F10). A ladder of several grades keeps the usual words. Where a record's
 * grade is shown (table, Markdown, HTML, workbook, explain), a record below
 * that grade is 不合格 / nonconforming, not 不分级 / not graded, which reads
 * as "not assessed" (standards-26 M5); out of scope and invalid keep theirs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFORMING_BAR, REBAR_LABELS } from '../rebar-row';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const REBAR = 'steel/hot-rolled-ribbed-bar';
const LABELS = REBAR_LABELS.join(',');
// GB/T 1499.2-2018: HRB400 needs ReL ≥ 400 MPa; 455 conforms, 399 does not.
const BAR = CONFORMING_BAR.join(',');

function file(): string {
  const path = join(temp(), 'bars.csv');
  writeFileSync(path, `${LABELS}\n${BAR}\n${BAR.replace(',455,', ',399,')}\n`);
  return path;
}

describe('a one-grade rule set names a record below its grade by that grade', () => {
  it('the summary on stderr, zh and en: 不合格 / nonconforming, a figure of its own (fix-studio-30)', async () => {
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', REBAR, file()]);
    expect(zh.stderr).toContain('共 2 条记录：已分级 1，不合格 1，不分级 0，无效 0');
    expect(zh.stderr).toMatch(/\n {2}不合格 +1 +（未达到合格 1 条）\n/);
    // No 不分级 row when every record without a grade is below it.
    expect(zh.stderr).not.toMatch(/\n {2}不分级 /);
    expect(zh.stderr).not.toContain('未达最低等级');
    const en = await cli.run(['--lang', 'en', 'grade', '-r', REBAR, file()]);
    expect(en.stderr).toContain('2 records: 1 graded, 1 nonconforming, 0 not graded, 0 invalid');
    expect(en.stderr).toMatch(/\n {2}nonconforming +1 +\(does not reach Conforming: 1\)\n/);
  });

  it('the HTML report and the workbook: 不合格 / Nonconforming as the summary on stderr (fix-output-31 §5)', async () => {
    const html = join(temp(), 'r.html');
    await cli.run(['--lang', 'zh', 'grade', '-r', REBAR, '-f', 'html', '-o', html, file()]);
    const page = readFileSync(html, 'utf8');
    // The cards: 已分级 1, 不合格 1, 不分级 0; the grades' table: 不合格（未达到合格） 1; no "why not graded" of it.
    expect(page).toContain('<li data-summary="nonconforming">不合格<b>1</b>50.0%</li>');
    expect(page).toContain('<li data-summary="not-graded">不分级<b>0</b>0%</li>');
    expect(page).toContain(
      '<tr data-nonconforming><td>不合格（未达到合格）</td><td></td><td class="n">1</td>',
    );
    expect(page).not.toContain('不分级：未达到合格');
    expect(page).not.toContain('<h2>不分级的原因</h2>');
    const en = join(temp(), 'r-en.html');
    await cli.run(['--lang', 'en', 'grade', '-r', REBAR, '-f', 'html', '-o', en, file()]);
    expect(readFileSync(en, 'utf8')).toContain(
      '<tr data-nonconforming><td>Nonconforming (does not reach Conforming)</td>',
    );
    const xlsx = join(temp(), 'r.xlsx');
    await cli.run(['--lang', 'en', 'grade', '-r', REBAR, '-f', 'xlsx', '-o', xlsx, file()]);
    const [results, summary] = await readBack(readFileSync(xlsx));
    expect(
      summary!.rows.find((r) => r[0] === 'Nonconforming' && r[1] === 'does not reach Conforming')?.[2],
    ).toBe(1);
    expect(
      summary!.rows.find((r) => r[0] === 'Not graded' && r[1] === 'does not reach Conforming'),
    ).toBeUndefined();
    expect(summary!.rows.find((r) => r[1] === 'All records')?.[3]).toBe(
      '1 graded, 1 nonconforming, 0 not graded, 0 invalid',
    );
    const zh = join(temp(), 'r-zh.xlsx');
    await cli.run(['--lang', 'zh', 'grade', '-r', REBAR, '-f', 'xlsx', '-o', zh, file()]);
    const [, zhSummary] = await readBack(readFileSync(zh));
    expect(zhSummary!.rows.find((r) => r[0] === '不合格')?.slice(1, 3)).toEqual(['未达到合格', 1]);
    expect(zhSummary!.rows.find((r) => r[1] === '全部记录')?.[3]).toBe(
      '已分级 1，不合格 1，不分级 0，无效 0',
    );
    // The results sheet's reason column too (hostile-23 M7): the bar at ReL 399, on the second row.
    const [header, ...rows] = results!.rows;
    const reason = header!.indexOf('Not graded because');
    expect(reason).toBeGreaterThan(0);
    expect(rows.map((r) => r[reason] ?? null)).toEqual([null, 'does not reach Conforming']);
  });

  it('a ladder of several grades keeps "below the lowest grade"', async () => {
    const path = join(temp(), 'ac.csv');
    writeFileSync(path, 'sku,unitType,ratedCoolingCapacity,apf\nA,heat-pump,3000,2.0\n');
    const en = await cli.run([
      '--lang',
      'en',
      'grade',
      '-r',
      'home-appliances/room-air-conditioner-energy',
      path,
    ]);
    expect(en.stderr).toContain('(below the lowest grade: 1)');
  });

  /** A conforming bar, one below ReL 400, one out of scope (d 5 mm), one invalid (ReL "abc"). */
  function four(): string {
    const path = join(temp(), 'four.csv');
    const rows = [
      BAR,
      BAR.replace(',455,', ',399,'),
      BAR.replace(',20,', ',5,'),
      BAR.replace(',455,', ',abc,'),
    ];
    writeFileSync(path, `${LABELS}\n${rows.join('\n')}\n`);
    return path;
  }

  it('the summary keeps out of scope under 不分级, beside 不合格, the figures adding up to the records', async () => {
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', REBAR, four()]);
    expect(zh.stderr).toContain('共 4 条记录：已分级 1，不合格 1，不分级 1，无效 1');
    expect(zh.stderr).toMatch(/\n {2}不合格 +1 +（未达到合格 1 条）\n/);
    expect(zh.stderr).toMatch(/\n {2}不分级 +1 +（超出适用范围 1 条）\n/);
    const en = await cli.run(['--lang', 'en', 'grade', '-r', REBAR, four()]);
    expect(en.stderr).toContain('4 records: 1 graded, 1 nonconforming, 1 not graded, 1 invalid');
    expect(en.stderr).toMatch(/\n {2}not graded +1 +\(out of scope: 1\)\n/);
  });

  it('the table and Markdown: 不合格 / nonconforming below the grade; out of scope and invalid keep theirs', async () => {
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', REBAR, '--no-summary', four()]);
    const zhRows = zh.stdout.split('\n').slice(1, 5);
    expect(zhRows.map((l) => l.split(/ {2,}/)[1])).toEqual(['合格', '不合格', '不分级', '无效']);
    const en = await cli.run(['--lang', 'en', 'grade', '-r', REBAR, '-f', 'markdown', four()]);
    const cells = en.stdout
      .split('\n')
      .slice(2, 6)
      .map((l) => l.split(' | ').slice(1, 3));
    expect(cells).toEqual([
      ['conforming', 'Conforming'],
      ['—', 'nonconforming'],
      ['—', 'not graded'],
      ['—', 'invalid'],
    ]);
    // JSON is unchanged: no grade, below the lowest grade.
    const json = await cli.run(['grade', '-r', REBAR, '-f', 'ndjson', four()]);
    const second = JSON.parse(json.stdout.split('\n')[1]!);
    expect([second.grade, second.label, second.notGradedReason.code]).toEqual([
      null,
      null,
      'below-lowest-grade',
    ]);
  });

  it('the HTML records, the workbook label column and explain', async () => {
    const html = join(temp(), 'four.html');
    await cli.run(['--lang', 'zh', 'grade', '-r', REBAR, '-f', 'html', '-o', html, four()]);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/<tr data-row="2"><td class="n">2<\/td><td><span class="g ng">不合格<\/span>/);
    expect(page).toMatch(/<tr data-row="3"><td class="n">3<\/td><td><span class="g ng">不分级<\/span>/);
    const xlsx = join(temp(), 'four.xlsx');
    await cli.run(['--lang', 'en', 'grade', '-r', REBAR, '-f', 'xlsx', '-o', xlsx, four()]);
    const [results] = await readBack(readFileSync(xlsx));
    const [header, ...rows] = results!.rows;
    const label = header!.indexOf('Grade label');
    expect(label).toBeGreaterThan(0);
    expect(rows.map((r) => r[label] ?? null)).toEqual(['Conforming', 'Nonconforming', null, null]);
    const explained = await cli.run(['--lang', 'zh', 'explain', '-r', REBAR, '--row', '2', four()]);
    expect(explained.stdout).toMatch(/\n不合格：未达到合格/);
    const outside = await cli.run(['--lang', 'zh', 'explain', '-r', REBAR, '--row', '3', four()]);
    expect(outside.stdout).toMatch(/\n不分级：/);
  });

  it('a ladder of several grades: a record below the lowest is still "not graded" in the table', async () => {
    const path = join(temp(), 'ac-table.csv');
    writeFileSync(path, 'sku,unitType,ratedCoolingCapacity,apf\nA,heat-pump,3000,2.0\n');
    const { stdout } = await cli.run(['grade', '-r', 'home-appliances/room-air-conditioner-energy', path]);
    expect(stdout).toContain('not graded');
    expect(stdout).not.toContain('nonconforming');
  });
});
