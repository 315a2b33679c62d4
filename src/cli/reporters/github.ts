import { severityOf } from '../../matrix/finding.js';
import type { Reporter } from './types.js';

/**
 * For GitHub Actions: one workflow command per finding, `::error file=F,line=L,col=C,title=RULE::MESSAGE`
 * (`::warning` for warnings, `::notice` for infos), which the runner shows as annotations on the changed lines. Values escaped as the
 * runner's toolkit does (`%`, CR, LF; in properties also `:` and `,`).
 */
export const github: Reporter = (results) => {
  let out = '';
  for (const { file, messages } of results) {
    for (const m of messages) {
      const props = `file=${property(file)},line=${m.line ?? 1},col=${m.column ?? 1},title=${property(m.ruleId ?? 'fengong')}`;
      out += `::${COMMAND[severityOf(m)]} ${props}::${data(m.reason)}\n`;
    }
  }
  return out;
};

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
