import { describe, expect, it } from 'vitest';
import { junitXml } from '../../src/report/junit-xml';
import { xmlProblems } from '../cli/xml';

describe('junitXml', () => {
  it('counts tests, failures and errors per suite and overall', () => {
    const xml = junitXml('qgrade test', [
      {
        name: 'a.test.yaml',
        cases: [
          { name: 'ok', classname: 'a' },
          {
            name: 'bad',
            classname: 'a',
            failure: { message: 'grade: expected "1", got "2"', text: 'a.test.yaml:4\ngrade' },
          },
        ],
      },
      {
        name: 'b.test.yaml',
        cases: [{ name: 'load', classname: 'b', error: { message: 'no', text: 'b.yaml:1:1: no' } }],
      },
    ]);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('<testsuites name="qgrade test" tests="3" failures="1" errors="1">');
    expect(xml).toContain('<testsuite name="a.test.yaml" tests="2" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<testcase name="ok" classname="a"/>');
    expect(xml).toContain(
      '<failure message="grade: expected &quot;1&quot;, got &quot;2&quot;">a.test.yaml:4\ngrade</failure>',
    );
    expect(xml).toContain('<error message="no">b.yaml:1:1: no</error>');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const nasty = 'a <b> & "c" \u0001 \ud800 ]]> 中文\ttab\nline';
    const xml = junitXml(nasty, [
      { name: nasty, cases: [{ name: nasty, classname: nasty, failure: { message: nasty, text: nasty } }] },
    ]);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('a &lt;b&gt; &amp; &quot;c&quot; \ufffd \ufffd ]]&gt; 中文&#9;tab&#10;line');
    expect(xml).toContain('>a &lt;b&gt; &amp; "c" \ufffd \ufffd ]]&gt; 中文\ttab\nline</failure>');
  });
});
