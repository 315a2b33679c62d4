import { closeSync, openSync, readSync } from 'node:fs';

/**
 * What a descriptor gives up to its end, but never more than `maxBytes` bytes: null as soon as there is more (a
 * device or a pipe has no size to check first: `yes | fengong parse -` had grown to 1.9 GB, and `parse /dev/zero`
 * without end, a fresh user's).
 * @param chunks where what is read goes, a chunk at a time: what was read before an error is there still.
 * @throws the read's own error (EAGAIN on a non-blocking descriptor, EISDIR…) as it comes.
 */
export function readUpTo(fd: number, maxBytes: number, chunks: Buffer[] = []): Buffer | null {
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) return null;
  }
  return Buffer.concat(chunks, total);
}

/** {@link readUpTo} of a file by its path. @throws the open's or the read's error. */
export function readFileUpTo(path: string, maxBytes: number): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    return readUpTo(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}
