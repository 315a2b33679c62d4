import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { formatOf, readNoticeBytes } from '../../src/read/read-notice.js';
import { checkMatrixSchema } from '../../src/matrix/schema.js';

// The team's hand-checked corpus lives beside the repository (../shared/corpus), as it does in CI.
const root = '../shared/corpus';
const docs = existsSync(root) ? readdirSync(root).filter((d) => existsSync(join(root, d, 'gold.yaml'))).sort() : [];

describe.runIf(docs.length > 0)('the shared corpus against its gold extractions', () => {
  it.each(docs)('%s', async (name) => {
    const dir = join(root, name);
    const input = readdirSync(dir).find((f) => f.startsWith('notice.'))!;
    const file = join(dir, input);
    const gold = YAML.parse(readFileSync(join(dir, 'gold.yaml'), 'utf8'));
    const { matrix, messages } = parseNotice(await readNoticeBytes(readFileSync(file), file, formatOf(file)));
    expect(checkMatrixSchema(matrix)).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'unaccounted-marker').map((m) => m.reason)).toEqual([]);
    for (const key of ['title', 'docNumber', 'issuer', 'date'] as const) {
      if (key in gold.document) expect(matrix.document[key], key).toBe(gold.document[key]);
    }
    const got = matrix.tasks.map((t) => ({ id: t.id, title: t.title, lead: t.lead, responsible: t.responsible, support: t.support, deadline: t.deadline?.text ?? null }));
    const want = gold.tasks.map((t: Record<string, unknown>) => ({ id: String(t.id), title: t.title ?? null, lead: t.lead ?? [], responsible: t.responsible ?? [], support: t.support ?? [], deadline: t.deadline ?? null }));
    expect(got).toEqual(want);
  });
});
