import { ROLES, type Matrix, type Role, type Task } from '../matrix/types.js';
import type { UnitRegistry } from './registry.js';

/** A unit on a task, and the collective name it came through when `expand` put it there (else null). */
export interface UnitRef {
  unit: string;
  via: string | null;
}

/** Options of {@link applyRegistry} and {@link taskUnits}. */
export interface ApplyRegistryOptions {
  /** Replace each collective name by its members, so that each member gets its own copy of the task. */
  expand?: boolean;
}

/**
 * The units of one task by role, names resolved through the registry (no registry: as written) and, with
 * `expand`, collectives replaced by their members.
 *
 * A member that the task already names in any role is not added again through a collective: in
 * `lead: [县科协], responsible: [各成员单位]` with 县科协 a member of 各成员单位, 县科协 stays lead only. A member
 * reached through two collectives keeps the first. Repeats within a role are dropped, and so is a unit in a second role
 * (lead before responsible before support).
 */
export function taskUnits(
  task: Task,
  registry: UnitRegistry | null,
  options: ApplyRegistryOptions = {},
): Record<Role, UnitRef[]> {
  const resolve = (name: string): string => (registry ? registry.resolveUnit(name) : name);
  const named = new Set<string>();
  for (const role of ROLES) for (const name of task[role]) named.add(resolve(name));
  const viaAdded = new Set<string>();
  const out = { lead: [], responsible: [], support: [] } as Record<Role, UnitRef[]>;
  // Two names of one unit in two roles (`县住建局` lead, its alias `县住房和城乡建设局` responsible: a fresh user's find,
  // the matrix `parse --units` wrote failed validate) are one unit in the first of lead, responsible, support.
  const seen = new Set<string>();
  for (const role of ROLES) {
    for (const name of task[role]) {
      const unit = resolve(name);
      const members = options.expand && registry ? registry.membersOf(unit) : null;
      const refs: UnitRef[] = members
        ? members.filter((m) => !named.has(m) && !viaAdded.has(m)).map((m) => ({ unit: m, via: unit }))
        : [{ unit, via: null }];
      for (const ref of refs) {
        if (seen.has(ref.unit)) continue;
        seen.add(ref.unit);
        if (ref.via) viaAdded.add(ref.unit);
        out[role].push(ref);
      }
    }
  }
  return out;
}

/**
 * A new matrix whose unit names (task roles and recipients) are the registry's canonical names and, with
 * `expand`, whose collective names in tasks are replaced by their members (see {@link taskUnits}).
 * The input is not changed; outline and positions are kept.
 */
export function applyRegistry(matrix: Matrix, registry: UnitRegistry, options: ApplyRegistryOptions = {}): Matrix {
  const recipients = unique(matrix.document.recipients.map((name) => registry.resolveUnit(name)));
  return {
    ...matrix,
    document: { ...matrix.document, recipients },
    tasks: matrix.tasks.map((task) => {
      const units = taskUnits(task, registry, options);
      const names = (role: Role): string[] => units[role].map((ref) => ref.unit);
      return { ...task, lead: names('lead'), responsible: names('responsible'), support: names('support') };
    }),
  };
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
