/**
 * The unit registry (`units.yaml`, `schemas/units.schema.json`): canonical names, aliases, and the members of
 * collective names. Pure functions apart from {@link loadRegistry}, which reads one file.
 */
export { createRegistry, normalizeUnitName } from './registry.js';
export type { RegistryData, RegistryEntry, UnitRegistry } from './registry.js';
export { checkRegistrySchema, loadRegistry, parseRegistry } from './load.js';
export { applyRegistry, taskUnits } from './apply.js';
export type { ApplyRegistryOptions, UnitRef } from './apply.js';
