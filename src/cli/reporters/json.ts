import { severityOf, type Severity } from '../../matrix/finding.js';
import type { Reporter } from './types.js';

/** One finding as the json reporter writes it. Lines and columns 1-based, columns in code points. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  /** `info` for a finding that only informs (`ignored-marker`, `list-tail`). */
  severity: Severity;
  ruleId: string;
  message: string;
}

/** For programs: one JSON array of every finding ({@link JsonFinding}), in file order, `[]` when there is none. */
export const json: Reporter = (results) => {
  const findings: JsonFinding[] = results.flatMap(({ file, messages }) =>
    messages.map((m) => ({
      file,
      line: m.line ?? 1,
      column: m.column ?? 1,
      severity: severityOf(m),
      ruleId: m.ruleId ?? '',
      message: m.reason,
    })),
  );
  return `${JSON.stringify(findings, null, 2)}\n`;
};
