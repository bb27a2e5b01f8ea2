import { describe, expect, it } from 'vitest';
import { finding, scanResult } from '../../test/helpers/findings.js';
import { parseXml } from '../../test/helpers/xml.js';
import { renderJUnit } from './junit.js';

const RULE_IDS = ['no-disabled-cert-verification', 'no-weak-ciphers'];
const HOSTILE = 'src/a&b<c>"\'\u0000\u001b[31m\u202e\ud800]]>.js';

describe('JUnit XML report', () => {
  it('has one test case per rule; a rule fails with every finding that fails the run, escaped', () => {
    const failingOne = finding({ file: HOSTILE, headline: 'head <b>&</b> "q"\nx' });
    const failingTwo = finding({ line: 9, endLine: 9 });
    const below = finding({ severity: 'note', line: 20, endLine: 20, headline: 'a note' });
    const accepted = finding({ status: 'unchanged', line: 30, endLine: 30 });
    const xml = renderJUnit(scanResult({ findings: [failingOne, failingTwo, below, accepted] }), {
      ruleIds: RULE_IDS,
      failing: [failingOne, failingTwo],
      pathPrefix: 'pkg',
    });
    const document = parseXml(xml);
    const suite = document.getElementsByTagName('testsuite')[0]!;
    expect(suite.getAttribute('tests')).toBe('2');
    expect(suite.getAttribute('failures')).toBe('1');
    const cases = [...Array.from(document.getElementsByTagName('testcase'))];
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(RULE_IDS);
    const [cert, ciphers] = cases;
    expect(ciphers!.childNodes.length).toBe(0);
    const failures = cert!.getElementsByTagName('failure');
    expect(failures.length).toBe(1);
    const failure = failures[0]!;
    expect(failure.getAttribute('type')).toBe('error');
    expect(failure.getAttribute('message')).toBe(
      '2 findings failing the run: head <b>&</b> "q" x …'.replace(' x', '\\x0ax'),
    );
    const body = failure.textContent ?? '';
    expect(body).toContain(
      'pkg/src/a&b<c>"\'\\x00\\x1b[31m\\u202e\\ud800]]>.js:3:5  error  head <b>&</b> "q"\nx\n',
    );
    expect(body).toContain('pkg/src/client.js:9:5  error');
    expect(body).not.toContain(':20:');
    expect(body).not.toContain(':30:');
    // The new note, below the failing severity, is reported without failing; the accepted one not at all.
    expect(cert!.getElementsByTagName('system-out')[0]?.textContent).toContain(
      'pkg/src/client.js:20:5  note  a note',
    );
  });

  it('passes every rule when nothing fails', () => {
    const document = parseXml(
      renderJUnit(scanResult(), { ruleIds: RULE_IDS, failing: [], pathPrefix: '' }),
    );
    expect(document.getElementsByTagName('testsuites')[0]!.getAttribute('failures')).toBe('0');
    expect(document.getElementsByTagName('failure').length).toBe(0);
  });
});
