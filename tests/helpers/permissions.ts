import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Whether a test can meet permissions as a user does: not as root, or as root through setpriv without the
 * capabilities that read or write anything (CI runs as root).
 */
export const canDropPermissions = process.platform !== 'win32' && (process.getuid?.() !== 0 || existsSync('/usr/bin/setpriv'));

/** Runs the built command (bin/fengong.js) as a user would meet permissions: as root, without those capabilities. */
export function withoutOverride(args: string[]) {
  const drop = process.getuid?.() === 0 ? ['/usr/bin/setpriv', '--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-all', process.execPath] : [process.execPath];
  return spawnSync(drop[0], [...drop.slice(1), 'bin/fengong.js', ...args], { encoding: 'utf8' });
}
