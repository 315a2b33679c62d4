import type { VFileMessage } from 'vfile-message';
import type { Lang } from '../../i18n.js';

/** The findings of one file, as a reporter receives them. */
export interface FileResult {
  /** The file as named on the command line (relative paths stay relative). */
  file: string;
  /** Its findings in order of place; each has `line`, `column` (1-based, code points), `ruleId`, `fatal`. */
  messages: VFileMessage[];
}

/** What every reporter may use besides the results. */
export interface ReporterOptions {
  /** Language of the human reporters' words (stylish): headings, severity words, totals. Default English. */
  lang?: Lang;
  /** Colour the output (stylish only); the CLI decides from NO_COLOR, FORCE_COLOR and whether stdout is a TTY. */
  color?: boolean;
  /** Warnings fail the run (`--strict`): junit reports them as failures. */
  strict?: boolean;
  /** fengong's version, for SARIF's tool driver. */
  version?: string;
  /** The run's start, for junit's timestamp (default: now). */
  now?: Date;
  /** The machine's name, for junit (default: `os.hostname()`). */
  hostname?: string;
  /**
   * Files named that could not be read (each named on stderr by the CLI): stylish's summary says so rather than
   * `✔ … no problems` over a run that exits 2.
   */
  unreadable?: number;
  /** Findings left out by `--quiet` (warnings and notes): stylish's summary says so rather than `no problems`. */
  hidden?: number;
}

/** A reporter: findings in, the whole text to print out (ending in a newline, or empty). */
export type Reporter = (results: readonly FileResult[], options: ReporterOptions) => string;
