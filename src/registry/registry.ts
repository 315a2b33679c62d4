import { FengongError } from '../errors.js';

/** One entry of `units.yaml`: a unit or, when it has `members`, a collective name. */
export interface RegistryEntry {
  /** The canonical name: the one sheets and matrices show. */
  name: string;
  /** Other names of the same unit. */
  aliases?: string[];
  /** For a collective name (各乡镇（街道）人民政府（办事处）, 各成员单位): the names of the units it stands for. */
  members?: string[];
  /** Free text for people. */
  note?: string;
}

/** The content of a unit registry file (`schemas/units.schema.json`). */
export interface RegistryData {
  registryVersion: 1;
  /** Whose units these are, e.g. 乐至县. */
  name?: string;
  units: RegistryEntry[];
}

/**
 * A unit registry ready for look-ups. Every name is looked up after {@link normalizeUnitName}, so
 * `各乡镇(街道)人民政府` finds `各乡镇（街道）人民政府`.
 */
export interface UnitRegistry {
  /** Whose units these are, or null. */
  readonly name: string | null;
  /** Every canonical name, collectives included, in file order, then members first named in a `members` list. */
  readonly units: readonly string[];
  /** The canonical name of a unit; a name the registry does not know comes back normalised but otherwise as written. */
  resolveUnit(name: string): string;
  /** Whether the registry knows the name, as a canonical name, an alias, a collective or a member. */
  knownUnit(name: string): boolean;
  /**
   * The canonical names a collective stands for, nested collectives expanded, in order, without repeats;
   * null when the name is not a collective.
   */
  membersOf(name: string): string[] | null;
}

/**
 * Normalises a unit name the way the matrix format writes names: every kind of white space removed and ASCII
 * parentheses made full-width (`各镇(街道) 人民政府` → `各镇（街道）人民政府`).
 */
export function normalizeUnitName(name: string): string {
  return name.replace(/\s+/gu, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * Where a value of the registry file is (1-based line and column), for messages: `locate(['units', 3, 'aliases', 0])`.
 */
export type RegistryLocator = (path: ReadonlyArray<string | number>) => { line: number; column: number };

/**
 * Builds a registry from checked registry data (see `loadRegistry` for files).
 * @param file names the source in error messages.
 * @param locate places a value in the file, so that a message names its line (`units.yaml:12:7: …`).
 * @throws FengongError when one name stands for two units, or collectives contain each other.
 */
export function createRegistry(data: RegistryData, file = 'registry', locate?: RegistryLocator): UnitRegistry {
  const canonical = new Map<string, string>(); // normalised name or alias → canonical name
  const units: string[] = [];
  const at = (path: ReadonlyArray<string | number>) => {
    if (!locate) return file;
    const place = locate(path);
    return `${file}:${place.line}:${place.column}`;
  };
  /** The place of a path, for a machine's report (FengongError.place); the rule of every such mistake, `bad-registry`. */
  const placed = (path: ReadonlyArray<string | number>) => (locate ? { ...pick(locate(path)), ruleId: 'bad-registry' } : undefined);
  /** Where each name was first claimed, for the message that another entry claims it too. */
  const claimedAt = new Map<string, ReadonlyArray<string | number>>();
  const claim = (key: string, unit: string, what: string, path: ReadonlyArray<string | number>): void => {
    const name = normalizeUnitName(key);
    const owner = canonical.get(name);
    if (owner !== undefined && owner !== unit) {
      // Whose alias it is, and where the other claim stands (`alias 消防大队 of 区消防救援大队 is already the name of unit
      // 消防大队 (line 7)`: it had said `alias 消防大队 is already a name of 消防大队`, a fresh user's).
      const first = claimedAt.get(name);
      const line = first && locate ? locate(first).line : undefined;
      const isName = owner === name;
      throw new FengongError({
        en: `${at(path)}: ${what} ${key}${what === 'alias' ? ` of ${unit}` : ''} is already ${isName ? 'the name of unit' : 'an alias of'} ${owner}${line ? ` (line ${line})` : ''}: a name stands for one unit`,
        zh: `${at(path)}：${what === 'alias' ? `${unit} 的别名` : '单位'} ${key} 已是${isName ? `单位 ${owner} 的名称` : ` ${owner} 的别名`}${line ? `（第 ${line} 行）` : ''}：一个名称只能指一个单位`,
      }, placed(path));
    }
    canonical.set(name, unit);
    if (!claimedAt.has(name)) claimedAt.set(name, path);
  };
  data.units.forEach((entry, i) => {
    const unit = normalizeUnitName(entry.name);
    if (canonical.has(unit)) throw new FengongError({ en: `${at(['units', i, 'name'])}: unit ${entry.name} is listed twice`, zh: `${at(['units', i, 'name'])}：单位 ${entry.name} 列出了两次` }, placed(['units', i, 'name']));
    claim(unit, unit, 'unit', ['units', i, 'name']);
    units.push(unit);
  });
  data.units.forEach((entry, i) => {
    (entry.aliases ?? []).forEach((alias, k) => claim(alias, normalizeUnitName(entry.name), 'alias', ['units', i, 'aliases', k]));
  });
  const resolveUnit = (name: string): string => {
    const key = normalizeUnitName(name);
    return canonical.get(key) ?? key;
  };
  const direct = new Map<string, string[]>();
  for (const entry of data.units) {
    if (!entry.members) continue;
    const members = entry.members.map(resolveUnit);
    for (const member of members) {
      if (!canonical.has(member)) {
        canonical.set(member, member);
        units.push(member);
      }
    }
    direct.set(normalizeUnitName(entry.name), members);
  }
  const expanded = new Map<string, string[]>();
  const entryOf = new Map(data.units.map((e, i) => [normalizeUnitName(e.name), i]));
  for (const collective of direct.keys()) {
    const path = ['units', entryOf.get(collective) ?? 0, 'members'];
    expanded.set(collective, expand(collective, direct, [], at(path), placed(path)));
  }
  return {
    name: data.name ?? null,
    units,
    resolveUnit,
    knownUnit: (name) => canonical.has(normalizeUnitName(name)),
    membersOf: (name) => {
      const members = expanded.get(resolveUnit(name));
      return members ? [...members] : null;
    },
  };
}

/** Expands a collective depth-first: members that are collectives give their own members in their place. */
function expand(collective: string, direct: Map<string, string[]>, trail: string[], file: string, place?: FengongError['place']): string[] {
  if (trail.includes(collective)) {
    throw new FengongError({ en: `${file}: collectives contain each other: ${[...trail, collective].join(' → ')}`, zh: `${file}：集合名称互相包含：${[...trail, collective].join(' → ')}` }, place);
  }
  const out: string[] = [];
  for (const member of direct.get(collective) ?? []) {
    const nested = direct.has(member) ? expand(member, direct, [...trail, collective], file, place) : [member];
    for (const unit of nested) if (!out.includes(unit)) out.push(unit);
  }
  return out;
}

/** A place's line and column alone. */
function pick(place: { line: number; column: number }): { line: number; column: number } {
  return { line: place.line, column: place.column };
}
