import { expect } from 'vitest';

/** Matches a FengongError by its English message (and, when given, its Chinese one). */
export const fengongError = (en: string, zh?: string) =>
  expect.objectContaining({ name: 'FengongError', message: en, ...(zh ? { texts: { en, zh } } : {}) });
