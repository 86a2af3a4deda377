import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';
import { parseViQuantity } from '../../src/viNumber/parseViQuantity';

const rows = (text: string): [number, string, string][] => extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.uom, f.indicator]);

describe('cameras: installed or in place', () => {
  it('"lắp", "lắp mới", "lắp thêm" before the number: cameras installed (police portal, women\'s union, youth union)', () => {
    expect(rows('Năm 2024, Công an phường vận động lắp mới 96 camera an ninh.')).toEqual([[96, 'piece', 'security_cameras_installed']]);
    expect(rows('Năm 2024, Hội Phụ nữ vận động lắp thêm 40 camera tại các tuyến hẻm.')).toEqual([[40, 'piece', 'security_cameras_installed']]);
    expect(rows('Năm 2024, Đoàn Thanh niên lắp 25 camera, nâng tổng số camera lên 180 chiếc.')).toEqual([
      [25, 'piece', 'security_cameras_installed'],
      [180, 'piece', 'security_cameras'],
    ]);
  });

  it('"mắt" counts cameras as pieces, in parse as in extract', () => {
    expect(rows('Năm 2024, toàn xã có 312 mắt camera đang hoạt động.')).toEqual([[312, 'piece', 'security_cameras']]);
    const r = parseViQuantity('128 mắt camera');
    expect(r.ok && [r.value.quantity.value, r.value.quantity.uom, r.value.unitWord]).toEqual([128, 'piece', 'mắt']);
  });

  it('a classifier of pieces between the number and its noun changes nothing ("mắt", "chiếc")', () => {
    expect(rows('Năm 2024, có 48 mắt camera.')).toEqual([[48, 'piece', 'security_cameras']]);
    expect(rows('Năm 2024, Hội Cựu chiến binh lắp đặt 17 mắt camera tại các ngã tư.')).toEqual([[17, 'piece', 'security_cameras_installed']]);
    expect(rows('Năm 2024, Chi đoàn vận động lắp mới 9 chiếc camera.')).toEqual([[9, 'piece', 'security_cameras_installed']]);
  });

  it('cameras after a count of models are cameras, not kinds of models (Front, police, national roll-up)', () => {
    expect(rows('Năm 2024, xã duy trì 12 mô hình “Camera an ninh” với 140 mắt camera được kết nối.')).toEqual([
      [12, 'count', 'model_sites'],
      [140, 'piece', 'security_cameras'],
    ]);
    expect(rows('Năm 2024, toàn quốc có 9.000 mô hình với hơn 2,3 triệu camera.')).toEqual([
      [9000, 'count', 'model_sites'],
      [2300000, 'piece', 'security_cameras'],
    ]);
  });

  it('a count by its classifier alone names the noun after "số" earlier in its clause', () => {
    expect(rows('Năm 2024, Hội Phụ nữ lắp 12 camera, đưa tổng số camera giám sát ở các ngõ xóm lên 96 chiếc.')).toEqual([
      [12, 'piece', 'security_cameras_installed'],
      [96, 'piece', 'security_cameras'],
    ]);
    expect(rows('Năm 2023, nâng tổng số camera kết nối với Công an xã lên 230 chiếc.')).toEqual([[230, 'piece', 'security_cameras']]);
  });

  it('a sum of money before the verb does not swallow it (Front, women\'s union)', () => {
    expect(rows('Năm 2024, Nhân dân đóng góp 85 triệu đồng lắp đặt 27 camera ở các ngõ.')).toEqual([
      [85000000, 'vnd', 'funds_mobilized'],
      [27, 'piece', 'security_cameras_installed'],
    ]);
  });
});

describe('a classifier alone after the same classifier with its noun', () => {
  it('elides that noun, and the verb before it decides ("duy trì 426 mắt camera, … lắp thêm 58 mắt")', () => {
    const f = extractFigures('Năm 2024, xã duy trì 120 mắt camera, trong 6 tháng lắp thêm 15 mắt.', { date: '2024-12-31' }).figures;
    expect(f.map((x) => [x.value, x.indicator])).toEqual([
      [120, 'security_cameras'],
      [15, 'security_cameras_installed'],
    ]);
  });

  it('a classifier between "số" and the noun does not hide the subject ("tổng số mắt camera … lên khoảng 1.150 chiếc")', () => {
    const f = extractFigures('Năm 2024, xã nâng tổng số mắt camera kết nối phục vụ bảo đảm an ninh lên khoảng 350 chiếc.', { date: '2024-12-31' }).figures;
    expect(f.map((x) => [x.value, x.qualifier, x.indicator])).toEqual([[350, 'about', 'security_cameras']]);
  });
});

describe('a total raised to a new level, further from its verb', () => {
  it('"nâng tổng số camera … lên N mắt" after cameras installed is the cameras in place, in pieces', () => {
    const f = extractFigures('Năm 2024, xã lắp đặt mới 64 camera, nâng tổng số camera an ninh kết nối về trụ sở Công an xã lên 530 mắt.', { date: '2024-12-31' }).figures;
    expect(f.map((x) => [x.value, x.indicator, x.uom])).toEqual([
      [64, 'security_cameras_installed', 'piece'],
      [530, 'security_cameras', 'piece'],
    ]);
  });
});
