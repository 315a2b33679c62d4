import { FengongError } from '../errors.js';

/**
 * Reads a size: `1048576`, `512KB`, `50 MB`, `1g` (units of 1024, case ignored).
 * @throws FengongError for anything else, or a size below 1 byte.
 */
export function parseSize(text: string): number {
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(?:(k|m|g)i?b?|b)?\s*$/i.exec(text);
  const bytes = m ? Math.floor(Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] ?? ' ').toLowerCase())) : NaN;
  if (!(bytes >= 1)) throw new FengongError({ en: `--max-size ${text}: not a size; write bytes (52428800) or a number with KB, MB or GB`, zh: `--max-size ${text}：不是大小，请写字节数（52428800）或带 KB、MB、GB 的数` });
  return bytes;
}
