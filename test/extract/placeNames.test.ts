import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

// Numbers inside the names of places and organisations are never figures, wherever the name
// stands and whatever real figures stand around it. (Communes and districts are named, not
// numbered: "Công an xã 518 nguồn tin" counts tips.)
const NAME_HEADS = [
  'phường', 'Phường', 'Quận', 'thôn', 'Thôn', 'xóm', 'ấp', 'bản', 'khu phố', 'Khu phố', 'tổ dân phố', 'Tổ dân phố', 'TDP', 'tổ', 'Tổ',
  'khu', 'khu vực', 'Khu vực', 'khối', 'tiểu khu', 'Tiểu khu', 'tổ liên gia số', 'Tổ tự quản số', 'Đồn Biên phòng', 'Đồn BP', 'Trạm Kiểm soát Biên phòng', 'Đội',
  'Đại đội', 'Tiểu đoàn', 'Trung đoàn', 'Sư đoàn', 'Quân khu', 'Hải đội', 'Cụm dân cư số', 'đường số', 'Đường', 'Quốc lộ', 'Tỉnh lộ', 'Km',
  'Chi hội', 'Chi đoàn', 'Chi bộ', 'Trường THCS số', 'lô', 'Lô', 'căn hộ', 'phòng', 'Phòng', 'Đội CSGT số', 'Bến số', 'Cảng số', 'cột mốc', 'mốc',
];
const SUFFIXES = ['', 'A', 'B', 'C'];
const FIGURES = [
  'tổ chức 12 buổi tuyên truyền',
  'giao nộp 3 khẩu súng tự chế',
  'hòa giải thành 25 vụ việc',
  'cung cấp 40 nguồn tin có giá trị',
  'xây dựng 7 mô hình tự quản',
];
const TAILS = ['. ', ', ', ' đã ', ' cùng Nhân dân ', ' phối hợp ', ' và '];

const named = fc.record({
  head: fc.constantFrom(...NAME_HEADS),
  n: fc.integer({ min: 1, max: 999 }),
  suffix: fc.constantFrom(...SUFFIXES),
});

describe('numbers in place and organisation names', () => {
  it('are never claimed as figures', () => {
    fc.assert(
      fc.property(named, fc.constantFrom(...FIGURES), fc.constantFrom(...TAILS), fc.boolean(), (name, figure, tail, before) => {
        const nameText = `${name.head} ${name.n}${name.suffix}`;
        const lead = before ? 'Công an ' : `Năm 2024, ${figure} tại `;
        const text = before ? `${lead}${nameText}${tail}${figure}.` : `${lead}${nameText}${tail}được biểu dương.`;
        // The name's number by where the name was put, not by searching for it: "ấp 4" also
        // stands inside "cung cấp 40" before it.
        const at = lead.length + name.head.length + 1;
        const r = extractFigures(text, { date: '2024-12-31' });
        // Where each figure's number starts: the first digit of its phrase.
        const starts = r.figures.map((f) => f.span[0] + f.note.search(/\d/u));
        expect(starts, text).not.toContain(at);
      }),
      // The name's text also inside the figure before it (CI once drew this one).
      { numRuns: 400, examples: [[{ head: 'ấp', n: 4, suffix: '' }, 'cung cấp 40 nguồn tin có giá trị', '. ', false]] },
    );
  });
});
