/** A field of the matrix schema as the doc's field table lists it. */
export interface SchemaField {
  /** `schemaVersion`, `document.title`, `item.children`, `task.source.line`… */
  path: string;
  /** `string`, `string | null`, `unit[]`, `date | null`, `item[]`… (named types from the schema's `$defs`). */
  type: string;
  required: boolean;
}

type Schema = Record<string, unknown> & { $ref?: string; properties?: Record<string, Schema>; required?: string[] };

/** How the doc names each `$defs` entry of schemas/matrix.schema.json. */
export const DEF_NAMES: Record<string, string> = {
  id: 'id',
  isoDate: 'date | null',
  nullableText: 'string | null',
  unit: 'unit',
  units: 'unit[]',
  line: 'line',
  document: 'document',
  outlineItem: 'item',
  deadline: 'deadline | null',
  task: 'task',
};

/**
 * Every property of the matrix schema, walked from the top and from each object of `$defs` (document, item,
 * deadline, task), with its type as the doc writes it.
 */
export function schemaFields(schema: Schema): SchemaField[] {
  const defs = (schema.$defs ?? {}) as Record<string, Schema>;
  const out: SchemaField[] = [];
  const walk = (node: Schema, prefix: string): void => {
    for (const [name, prop] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      out.push({ path, type: typeOf(prop), required: (node.required ?? []).includes(name) });
      if (!prop.$ref && prop.properties) walk(prop, path);
    }
  };
  walk(schema, '');
  for (const [def, name] of [['document', 'document'], ['outlineItem', 'item'], ['deadline', 'deadline'], ['task', 'task']] as const) {
    walk(defs[def], name);
  }
  return out;
}

function typeOf(s: Schema): string {
  if (s.$ref) {
    const def = s.$ref.replace('#/$defs/', '');
    if (!(def in DEF_NAMES)) throw new Error(`no doc name for $defs/${def}`);
    return DEF_NAMES[def];
  }
  if ('const' in s) return JSON.stringify(s.const);
  if (Array.isArray(s.oneOf)) return (s.oneOf as Schema[]).map(typeOf).join(' | ');
  if (Array.isArray(s.type)) return (s.type as string[]).join(' | ');
  if (s.type === 'array') return `${typeOf(s.items as Schema)}[]`;
  return String(s.type);
}
