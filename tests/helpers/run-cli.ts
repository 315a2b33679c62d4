import { vi } from 'vitest';
import { buildProgram, exitCodeFor } from '../../src/cli/main.js';
import { standardError, standardOutput } from '../../src/cli/stdout.js';

/** What a CLI run printed and the exit code `main` would have used. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `fengong ARGS` in-process, capturing standard output and error. */
export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (sink: string[]) => (chunk: string | Uint8Array) => {
    sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  // The commands write through standardOutput and standardError (src/cli/stdout.ts), not process.stdout / stderr.
  const stdout = vi.spyOn(standardOutput, 'write').mockImplementation(capture(out) as never);
  const stderr = vi.spyOn(standardError, 'write').mockImplementation(capture(err) as never);
  // (A progress bar on a terminal writes to the stream itself: cli-progress.)
  const stderrStream = vi.spyOn(process.stderr, 'write').mockImplementation(capture(err) as never);
  process.exitCode = undefined;
  let code = 0;
  try {
    await buildProgram().parseAsync(args, { from: 'user' });
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    code = exitCodeFor(error);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    stderrStream.mockRestore();
    process.exitCode = undefined;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}
