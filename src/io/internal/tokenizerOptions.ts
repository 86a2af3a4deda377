import { AntqError } from '../../errors/AntqError';

/** Longest record (CSV) or line (NDJSON) kept, in characters, unless the caller says otherwise. */
export const DEFAULT_MAX_RECORD_CHARS = 1_048_576;
/** Records handed out per batch, unless the caller says otherwise. */
export const DEFAULT_BATCH_SIZE = 2048;

/** Why a tokenizer stopped reading: a NUL character or bytes that are not UTF-8. */
export interface Halt {
  readonly code: 'binary_content' | 'invalid_utf8';
  /** Character offset where the bad input starts. */
  readonly at: number;
  readonly byteOffset: number;
}

/** A positive integer option, or its default; anything else is programmer misuse. */
export function positiveInteger(value: number | undefined, fallback: number, name: string, fnName: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new AntqError('invalid_option', `${fnName}: ${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}
