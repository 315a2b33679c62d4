import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readableStack } from '../../src/cli/stack.js';

// The mapped stack of the real bundle is tested in bundle.test.ts; these are the cases it leaves as they are.
describe('readableStack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-stack-'));

  it('gives a thrown value that is not an Error as its string', () => {
    expect(readableStack('plain')).toBe('plain');
    expect(readableStack(undefined)).toBe('undefined');
  });

  it('leaves a stack with no frame in the bundle as it is', () => {
    const error = new Error('boom');
    expect(readableStack(error)).toBe(error.stack);
  });

  it('leaves the frames as they are when the bundle has no map, or one that does not parse', () => {
    const error = new Error('boom');
    error.stack = `Error: boom\n    at Xe (${join(dir, 'fengong.cjs')}:3:10)\n    at async Object.main (${join(dir, 'fengong.cjs')}:9:1)`;
    expect(readableStack(error)).toBe(error.stack);
    writeFileSync(join(dir, 'fengong.cjs.map'), '{ not json');
    expect(readableStack(error)).toBe(error.stack);
  });

  it('maps the frames through the map beside the bundle, keeping `async` and the frames of other files', () => {
    // One generated line; "AAAA" maps its column 0 to line 1, column 0 of the first source; "EAAE" (at column 2)
    // to line 1, column 2 of the same source; ";" starts line 2, where "AACA" maps column 0 to line 2, column 0 (columns count from the segment before).
    writeFileSync(join(dir, 'fengong.cjs.map'), JSON.stringify({ version: 3, sources: ['../src/notice/tasks.ts'], names: [], mappings: 'AAAA,EAAE;AACF' }));
    const error = new Error('boom');
    error.stack = `Error: boom\n    at String.value (/tmp/hook.cjs:2:71)\n    at Xe (${join(dir, 'fengong.cjs')}:1:4)\n    at async Object.main (${join(dir, 'fengong.cjs')}:2:1)`;
    expect(readableStack(error)).toBe('Error: boom\n    at String.value (/tmp/hook.cjs:2:71)\n    at src/notice/tasks.ts:1:3\n    at async src/notice/tasks.ts:2:1');
  });
});
