import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { schemaValidator } from './compiled-schema.js';
import { FengongError } from './errors.js';
import { parseSize } from './cli/size.js';
import { findingLine } from './matrix/finding.js';
import { parseMatrixText } from './matrix/parse.js';
import { schemaFindings } from './matrix/schema-findings.js';

/** The name of the configuration file, looked for in the working directory and each directory above it. */
export const CONFIG_FILE = '.fengongrc.yaml';

/**
 * Defaults for every command, from `.fengongrc.yaml` (schema: `schemas/config.schema.json`). Flags override them.
 * Every key is optional; an empty object when there is no configuration file.
 */
export interface FengongConfig {
  /** Unit registry (units.yaml), made absolute against the configuration file's directory. */
  registry?: string;
  /** Reporter of findings: stylish, json, github, junit or sarif. */
  reporter?: 'stylish' | 'json' | 'github' | 'junit' | 'sarif';
  /** Warnings fail the run (exit 1). */
  strict?: boolean;
  /** Largest input file accepted, in bytes (the file may write `10MB`: made bytes by {@link loadConfig}). */
  maxSize?: number;
  /** Language of messages and sheets. */
  lang?: 'zh' | 'en';
  /** The configuration file these values came from (absolute); absent when none was found. */
  path?: string;
}

/** The configuration file that named each registry path (absolute), for the messages about that registry. */
const namedBy = new Map<string, string>();

/**
 * The configuration file whose `registry:` named this registry path (absolute), if one did: a registry that cannot be
 * read is said with it, which is where a clerk who never typed --units must look (a fresh user's).
 */
export function registryNamedBy(path: string): string | undefined {
  return namedBy.get(resolve(path));
}

/**
 * Finds `.fengongrc.yaml` in `cwd` or the nearest directory above it (as yamllint and textlint do), reads it and
 * checks it against `schemas/config.schema.json`.
 * @param cwd the directory to start from (absolute or relative to the process's working directory).
 * @returns the configuration, `{}` when no file is found.
 * @throws FengongError `path:line:col: what is wrong` when the file is not valid YAML or breaks the schema.
 */
export function loadConfig(cwd: string): FengongConfig {
  const path = findUp(resolve(cwd), CONFIG_FILE);
  if (!path) return {};
  const text = readConfigText(path);
  const parsed = parseMatrixText(text, { file: path });
  const value = parsed.value ?? null;
  let errors = parsed.messages.filter((m) => m.fatal);
  const validate = schemaValidator('config');
  if (errors.length === 0 && !validate(value ?? {})) {
    errors = schemaFindings(validate.errors ?? [], parsed.locate, path, 'the configuration');
  }
  // The same findings in Chinese, for `--lang zh` (they had stayed English: a fresh user's).
  const inChinese = () => {
    const zh = parseMatrixText(text, { file: path, lang: 'zh' });
    const syntax = zh.messages.filter((m) => m.fatal);
    return syntax.length > 0 || validate(value ?? {}) ? syntax : schemaFindings(validate.errors ?? [], zh.locate, path, 'the configuration', 'zh');
  };
  if (errors.length > 0) {
    // A size that is neither bytes nor a number with its unit: say what is accepted (the schema's first branch had
    // said `expected integer`, though `10MB` is right: a fresh user's find).
    const size = errors.find((e) => e.reason.startsWith('maxSize '));
    if (size && errors[0].reason.startsWith('maxSize ')) {
      const written = JSON.stringify((value as { maxSize?: unknown }).maxSize);
      throw new FengongError({
        en: `${path}:${size.line ?? 1}:${size.column ?? 1}: maxSize ${written}: expected bytes, or a number with KB, MB or GB (512KB, 50MB)`,
        zh: `${path}:${size.line ?? 1}:${size.column ?? 1}：maxSize ${written}：应为字节数，或带 KB、MB、GB 的数（512KB、50MB）`,
      });
    }
    throw new FengongError({ en: findingLine(errors[0]), zh: findingLine(inChinese()[0] ?? errors[0]) });
  }
  const config = { ...(value as FengongConfig | null), path };
  if (config.registry) {
    config.registry = resolve(dirname(path), config.registry);
    namedBy.set(config.registry, path);
  }
  // `maxSize: 10MB`, as `--max-size 10MB` (a new user's probe: only bytes were accepted).
  if (typeof config.maxSize === 'string') config.maxSize = parseSize(config.maxSize);
  return config;
}

/**
 * The text of the configuration file. A folder or a pipe of that name is one line, not an internal error or a
 * command that waits for ever (a fresh user's finds: `mkdir .fengongrc.yaml` gave exit 70 and a stack trace).
 * @throws FengongError when it is no regular file or cannot be read.
 */
function readConfigText(path: string): string {
  try {
    if (!statSync(path).isFile()) throw new FengongError({ en: `${path}: not a file (the configuration is read from a YAML file of that name)`, zh: `${path}：不是文件（配置从同名的 YAML 文件读取）` });
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof FengongError) throw error;
    const e = error as NodeJS.ErrnoException;
    throw new FengongError({ en: `${path}: cannot read the configuration (${e.code ?? e.message})`, zh: `${path}：无法读取配置（${e.code ?? e.message}）` });
  }
}

function findUp(start: string, name: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
