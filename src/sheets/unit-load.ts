import { ROLES, type Matrix, type Role } from '../matrix/types.js';
import { taskUnits } from '../registry/apply.js';
import type { UnitRegistry } from '../registry/registry.js';

/** How many tasks a unit leads, is responsible for, supports, and takes part in at all (`total`). */
export interface UnitLoad {
  unit: string;
  lead: number;
  responsible: number;
  support: number;
  /** Tasks that name the unit in any role, each counted once. */
  total: number;
}

/** Options of {@link unitLoads}. */
export interface UnitLoadOptions {
  registry?: UnitRegistry | null;
  /** Count the tasks of a collective for each of its members (and not for the collective). */
  expand?: boolean;
}

/**
 * The load of every unit named in the matrices, summed over them, sorted by `total`, then lead, then
 * responsible (all descending), then by first appearance.
 */
export function unitLoads(matrices: readonly Matrix[], options: UnitLoadOptions = {}): UnitLoad[] {
  const loads = new Map<string, UnitLoad>();
  for (const matrix of matrices) {
    for (const task of matrix.tasks) {
      const units = taskUnits(task, options.registry ?? null, { expand: options.expand });
      const counted = new Set<string>();
      for (const role of ROLES) {
        const inRole = new Set(units[role].map((ref) => ref.unit));
        for (const unit of inRole) {
          const load = loads.get(unit) ?? { unit, lead: 0, responsible: 0, support: 0, total: 0 };
          loads.set(unit, load);
          load[role as Role]++;
          if (!counted.has(unit)) load.total++;
          counted.add(unit);
        }
      }
    }
  }
  // First met first among equals (an index per unit: a search of the list in each comparison was quadratic).
  const order = new Map([...loads.keys()].map((unit, i) => [unit, i]));
  return [...loads.values()].sort(
    (a, b) =>
      b.total - a.total ||
      b.lead - a.lead ||
      b.responsible - a.responsible ||
      order.get(a.unit)! - order.get(b.unit)!,
  );
}
