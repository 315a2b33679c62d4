import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Matrix } from '../../src/matrix/types.js';

/** The hand-written matrices of the sheet tests. */
export const COUNTY = 'fixtures/matrices/sheets/county-plan.matrix.yaml';
export const HOSTILE = 'fixtures/matrices/sheets/hostile-names.matrix.yaml';
export const LEZHI = 'fixtures/notices/lezhi-2023-61.matrix.yaml';
export const LEZHI_UNITS = 'fixtures/units/lezhi.units.yaml';

/** A matrix fixture read plainly (not through the code under test). */
export function readMatrix(path: string): Matrix {
  return parse(readFileSync(path, 'utf8')) as Matrix;
}
