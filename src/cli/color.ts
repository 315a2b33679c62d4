/**
 * Whether to colour output: FORCE_COLOR (unless `0` or `false`) forces it, a non-empty NO_COLOR (no-color.org)
 * turns it off, otherwise only when writing to a terminal.
 */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}
