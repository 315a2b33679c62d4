import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import { RULE_DESCRIPTIONS, RUN_RULE_DESCRIPTIONS } from '../../matrix/rule-docs.js';
import { severityOf } from '../../matrix/finding.js';
import type { Reporter } from './types.js';

/** SARIF's levels (§3.27.10): an info finding is a `note`. */
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * For code-scanning tools (GitHub code scanning, VS Code's SARIF viewer): one SARIF 2.1.0 log with one run, the
 * rules that fired in `tool.driver.rules`, one result per finding. Columns count Unicode code points
 * (`columnKind: unicodeCodePoints`), as every fengong position does. Relative paths stay relative to
 * `%SRCROOT%`; absolute ones become `file:` URIs.
 */
export const sarif: Reporter = (results, options) => {
  const ruleIds = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId ?? 'fengong')))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fengong',
            ...(options.version ? { version: options.version } : {}),
            informationUri: 'https://fengong.dev/',
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: RULE_DESCRIPTIONS[id] ?? RUN_RULE_DESCRIPTIONS[id] ?? id } })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: results.flatMap(({ file, messages }) =>
          messages.map((m) => ({
            ruleId: m.ruleId ?? 'fengong',
            ruleIndex: ruleIds.indexOf(m.ruleId ?? 'fengong'),
            level: LEVEL[severityOf(m)],
            message: { text: m.reason },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifact(file),
                  region: { startLine: m.line ?? 1, startColumn: m.column ?? 1 },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  // Each segment escaped whole: encodeURI leaves `#` and `?`, which would end the path (`华溪 县#1%.yaml` had pointed at
  // `华溪 县` with a fragment: a fresh user's), and a `:` in a first segment would read as a scheme.
  return { uri: file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
