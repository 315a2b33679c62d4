import { hostname } from 'node:os';
import type { VFileMessage } from 'vfile-message';
import { fails, severityOf } from '../../matrix/finding.js';
import type { FileResult, Reporter } from './types.js';

/**
 * For CI servers (Jenkins, GitLab, Azure): Apache Ant's JUnit XML (valid against the common JUnit.xsd). One
 * `<testsuite>` per file; one failing `<testcase>` per error (per warning too with `--strict`), named
 * `line:col rule-id`; a file without failures has one passing test case `valid`. Warnings that do not fail the run
 * and infos are listed in the suite's `<system-out>`, each with its level.
 */
export const junit: Reporter = (results, options) => {
  const timestamp = (options.now ?? new Date()).toISOString().slice(0, 19);
  const host = options.hostname ?? hostname();
  const suites = results.map((result, id) => suite(result, id, timestamp, host, options.strict === true));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${suites.join('')}</testsuites>\n`;
};

function suite({ file, messages }: FileResult, id: number, timestamp: string, host: string, strict: boolean): string {
  const failing = messages.filter((m) => fails(m, strict));
  const notes = messages.filter((m) => !fails(m, strict));
  const cases = failing.map((m) => {
    const type = severityOf(m);
    const text = `${file}:${place(m)}: ${m.reason}`;
    return `    <testcase name="${attr(`${place(m)} ${m.ruleId ?? ''}`)}" classname="${attr(file)}" time="0">\n      <failure message="${attr(m.reason)}" type="${type}">${xmlText(text)}</failure>\n    </testcase>\n`;
  });
  if (cases.length === 0) cases.push(`    <testcase name="valid" classname="${attr(file)}" time="0"/>\n`);
  const out = notes.map((m) => `${file}:${place(m)}: ${severityOf(m)}: ${m.reason} (${m.ruleId ?? ''})\n`).join('');
  return (
    `  <testsuite package="fengong" id="${id}" name="${attr(file)}" timestamp="${timestamp}" hostname="${attr(host)}" ` +
    `tests="${cases.length}" failures="${failing.length}" errors="0" time="0">\n    <properties/>\n${cases.join('')}` +
    `    <system-out>${xmlText(out)}</system-out>\n    <system-err/>\n  </testsuite>\n`
  );
}

function place(m: VFileMessage): string {
  return `${m.line ?? 1}:${m.column ?? 1}`;
}

/** Text content: XML's three special characters escaped, characters XML 1.0 forbids dropped. */
function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: as text, plus quotes and line breaks (which attribute normalisation would turn into spaces). */
function attr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
