import { describe, expect, it } from 'vitest';
import { AntqError } from '../../src/errors/AntqError';
import { ValidationError } from '../../src/errors/ValidationError';
import { isAntqError } from '../../src/errors/isAntqError';
import { makeIssue } from '../../src/errors/makeIssue';

describe('errors', () => {
  it('brands antq errors and recognises them without instanceof', () => {
    const e = new ValidationError([makeIssue('x', 'error', 'bad', 'sai', { row: 3 })], 'parseFigures');
    expect(isAntqError(e)).toBe(true);
    expect(e).toBeInstanceOf(AntqError);
    expect(e.code).toBe('validation_failed');
    expect(e.issues[0]?.row).toBe(3);
    expect(e.message.startsWith('parseFigures:')).toBe(true);
    expect(isAntqError(new Error('x'))).toBe(false);
    expect(isAntqError(null)).toBe(false);
    expect(isAntqError({ [Symbol.for('antq.error')]: true })).toBe(true);
  });

  it('leaves optional issue fields out rather than undefined', () => {
    const i = makeIssue('c', 'warning', 'm', 'v');
    expect(Object.keys(i).sort()).toEqual(['code', 'message', 'messageVi', 'path', 'severity']);
  });
});
