import { FengongError } from '../errors.js';
import type { ParseOptions } from './parse.js';

/** Batch mode of `fengong parse` (many notices, `--out-dir`). */
export async function runBatch(notices: string[], options: ParseOptions, maxBytes: number): Promise<number> {
  void notices; void options; void maxBytes;
  throw new FengongError('batch mode (several notices or --out-dir) is not available yet');
}
