import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';

async function parse(phrase: string): Promise<{ code: number; json: { kind: string; value?: number; issues?: { code: string }[] } }> {
  let out = '';
  const code = await runCli(['parse', phrase, '--format', 'json', '--ref-date', '2023-05-24'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } });
  return { code, json: JSON.parse(out) };
}

describe('antq parse reports the library’s own codes', () => {
  it('refuses "12 345 người", "1e309 người" and a reversed range instead of reading another number', async () => {
    for (const [phrase, code] of [['12 345 người', 'space_in_number'], ['1e309 người', 'exponent_not_supported'], ['khoảng 5 đến 3', 'range_reversed']] as const) {
      const r = await parse(phrase);
      expect(r.code).toBe(1);
      expect(r.json.kind).toBe('unknown');
      expect(r.json.issues?.[0]?.code).toBe(code);
    }
  });

  it('reads "3 triệu rưỡi" as 3,500,000', async () => {
    expect((await parse('3 triệu rưỡi')).json.value).toBe(3_500_000);
  });

  it('says vi_date_invalid and vi_date_range_reversed, not expected_number', async () => {
    expect((await parse('ngày 30/2/2023')).json.issues?.[0]?.code).toBe('vi_date_invalid');
    expect((await parse('từ ngày 5/3/2023 đến ngày 1/2/2023')).json.issues?.[0]?.code).toBe('vi_date_range_reversed');
  });
});
