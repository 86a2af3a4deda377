import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/ValidationError';
import { CommendationSchema } from '../../src/schema/CommendationSchema';
import { OrganisationBaseSchema, OrganisationSchema } from '../../src/schema/OrganisationSchema';
import { ProgrammeSchema } from '../../src/schema/ProgrammeSchema';
import { parseWith } from '../../src/validate/parseWith';
import { safeParseWith } from '../../src/validate/safeParseWith';
import { z } from 'zod';

const police = { id: 'police_42', name: 'Công an tỉnh Hà Tĩnh', kind: 'police', level: 'province', unit: '42' };

describe('safeParseWith', () => {
  it('returns the value, or issues with stable codes and paths', () => {
    expect(safeParseWith(OrganisationSchema, police)).toEqual({ ok: true, value: police });
    const r = safeParseWith(ProgrammeSchema, { code: '09/Ctr-BCA-TTTW', titleVi: '', parties: 'bca', signedOn: '2013-02-30', period: { start: '2013-08-01', end: '2023-12-31' } });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.'), i.severity])).toEqual([
      ['too_small', 'titleVi', 'error'],
      ['invalid_type', 'parties', 'error'],
      ['invalid_format', 'signedOn', 'error'],
    ]);
    const c = safeParseWith(CommendationSchema, { issuer: 'front_committee', award: 'emulation_flag', recipientKind: 'individual', count: 1, unit: '42' });
    expect(c.ok ? [] : c.issues.map((i) => [i.code, i.path, i.column])).toEqual([['invalid_value', ['recipientKind'], 'recipientKind']]);
    const strict = safeParseWith(OrganisationBaseSchema.strict(), { ...police, extra: 1 });
    expect(strict.ok ? [] : strict.issues.map((i) => i.code)).toEqual(['unknown_key']);
    const big = safeParseWith(z.number().max(3), 4);
    expect(big.ok ? [] : big.issues.map((i) => [i.code, i.path, i.column])).toEqual([['too_big', [], undefined]]);
    for (const i of c.ok ? [] : c.issues) expect(i.messageVi.length).toBeGreaterThan(0);
  });
});

describe('parseWith', () => {
  it('returns the typed value or throws a ValidationError naming the context', () => {
    expect(parseWith(OrganisationSchema, police).id).toBe('police_42');
    expect(() => parseWith(OrganisationSchema, {}, 'loadOrganisations')).toThrow(ValidationError);
    try {
      parseWith(OrganisationSchema, {}, 'loadOrganisations');
    } catch (e) {
      expect((e as ValidationError).message.startsWith('loadOrganisations:')).toBe(true);
      expect((e as ValidationError).issues.map((i) => i.path[0])).toEqual(['id', 'name', 'kind', 'level']);
    }
  });
});
