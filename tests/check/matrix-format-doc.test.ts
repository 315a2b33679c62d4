import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkMatrixSchema } from '../../src/matrix/schema.js';
import { DEF_NAMES, schemaFields } from './schema-fields.js';

const schema = JSON.parse(readFileSync('schemas/matrix.schema.json', 'utf8'));
const doc = readFileSync('docs/matrix-format.md', 'utf8');

/** The rows of the table under a `## heading` of the doc, as cells (`\|` unescaped, code marks removed). */
function table(heading: string): string[][] {
  const start = doc.indexOf(`\n## ${heading}\n`);
  expect(start, `docs/matrix-format.md has a "## ${heading}" section`).toBeGreaterThan(0);
  const section = doc.slice(start).split('\n## ')[1];
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1)
    .map((line) => line.slice(2, -2).split(/ (?<!\\)\| /).map((cell) => cell.replace(/\\\|/g, '|').replace(/^`|`$/g, '')));
}

describe('docs/matrix-format.md against schemas/matrix.schema.json', () => {
  const fields = table('Fields').map(([path, type, required]) => ({ path, type: type.replace(/ or /g, ' | '), required: required === 'yes' }));

  it('lists every field of the schema, with its type and whether it is required', () => {
    const fromSchema = schemaFields(schema);
    // $schema (an editor's pointer) included: 34 fields.
    expect(fromSchema.length).toBe(34);
    expect(fields).toEqual(fromSchema);
  });

  it('names no field the schema lacks', () => {
    const known = new Set(schemaFields(schema).map((f) => f.path));
    expect(fields.map((f) => f.path).filter((path) => !known.has(path))).toEqual([]);
    // Field names in the prose and example are checked too: every `document.x`, `task.x`, `item.x` named exists.
    const named = [...doc.matchAll(/`((?:document|task|item|deadline)\.[a-zA-Z.]+)`/g)].map((m) => m[1]);
    expect(named.filter((path) => !known.has(path))).toEqual([]);
  });

  it('explains every type the field table uses', () => {
    const explained = new Set(table('Types').map(([type]) => type));
    const used = new Set(fields.flatMap((f) => f.type.split(' | ')).map((t) => t.replace(/\[\]$/, '')));
    for (const type of used) if (type !== '1') expect(explained, `type ${type}`).toContain(type);
    for (const name of Object.values(DEF_NAMES)) for (const part of name.split(' | ')) expect(explained).toContain(part.replace(/\[\]$/, ''));
  });

  it('shows an example that passes the schema', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)![1];
    expect(checkMatrixSchema(parse(example))).toEqual([]);
  });
});
