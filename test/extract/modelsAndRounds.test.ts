import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';

const rows = (text: string): [number, string, string | undefined][] => extractFigures(text, { date: '2024-12-31' }).figures.map((f) => [f.value, f.indicator, f.category]);

describe('new models, and the total they raise', () => {
  it('"mới" or "thêm" just before the number: new ones (union report, ward news)', () => {
    expect(rows('Năm 2024, Đoàn thành lập mới 9 mô hình “Thanh niên tự quản”.')).toEqual([[9, 'models_established', 'named:Thanh niên tự quản']]);
    expect(rows('Năm 2024, mô hình “Khóm an toàn” được nhân rộng thêm 6 khóm, nâng tổng số lên 21 khóm.')).toEqual([
      [6, 'models_established', 'named:Khóm an toàn'],
      [21, 'model_sites', 'named:Khóm an toàn'],
    ]);
  });

  it('"nâng tổng số lên N" after cameras installed is the cameras in place', () => {
    expect(rows('Năm 2024, lắp thêm 58 camera, nâng tổng số lên 426 camera.').map((r) => [r[0], r[1]])).toEqual([
      [58, 'security_cameras_installed'],
      [426, 'security_cameras'],
    ]);
  });

  it('a subject "số mô hình …" counts sites, however far back it opens', () => {
    expect(rows('Trong năm, số mô hình “Thanh niên tự quản” đang duy trì là 74.')).toEqual([[74, 'model_sites', 'named:Thanh niên tự quản']]);
  });
});

describe('rounds of crackdown', () => {
  it('"đợt (ra quân|tổng ra quân|truy quét) …" counts crackdown campaigns; a round of propaganda stays a drive', () => {
    expect(rows('Năm 2024, Công an xã mở hai đợt tấn công trấn áp tội phạm.').map((r) => [r[0], r[1]])).toEqual([[2, 'crackdown_campaigns']]);
    expect(rows('Năm 2024, huyện tổ chức 5 đợt ra quân tấn công, trấn áp các loại tội phạm.').map((r) => [r[0], r[1]])).toEqual([[5, 'crackdown_campaigns']]);
    expect(rows('Năm 2024, toàn tỉnh có bốn mươi mốt đợt ra quân.').map((r) => [r[0], r[1]])).toEqual([[41, 'crackdown_campaigns']]);
    expect(rows('Năm 2024, xã tổ chức 3 đợt ra quân tuyên truyền.').map((r) => [r[0], r[1]])).toEqual([[3, 'mobilization_drives']]);
  });

  it('"đưa N người ra kiểm điểm trước cộng đồng": reviewed publicly', () => {
    expect(rows('Năm 2024, Công an xã đưa 15 người ra kiểm điểm trước cộng đồng dân cư.').map((r) => [r[0], r[1]])).toEqual([[15, 'offenders_reviewed_publicly']]);
  });
});

describe('kinds named by their own longer noun', () => {
  it('wanted persons inside a list of suspects are wanted persons', () => {
    expect(rows('Năm 2024, đơn vị bắt giữ 30 đối tượng, trong đó có 3 đối tượng truy nã bị bắt tại nhà.').map((r) => [r[0], r[1]])).toEqual([
      [30, 'suspects_arrested_with_public_help'],
      [3, 'fugitives_caught_or_surrendered'],
    ]);
    expect(rows('Năm 2024, bắt 2 đối tượng đang bị truy nã.').map((r) => [r[0], r[1]])).toEqual([[2, 'fugitives_caught_or_surrendered']]);
  });

  it('solidarity teams at sea are self-management teams; iron pipes and arrows are crude weapons; a parish is no spear', () => {
    expect(rows('Năm 2024, xã có 24 tổ đoàn kết trên biển.')).toEqual([[24, 'security_teams', 'team.self_management']]);
    expect(rows('Năm 2024, học sinh giao nộp 5 tuýp sắt, 15 mũi tên.')).toEqual([
      [5, 'weapons_surrendered', 'crude'],
      [15, 'weapons_surrendered', 'crude'],
    ]);
    expect(rows('Năm 2024, giáo xứ có 7 giáo họ tham gia mô hình.').filter((r) => r[1] === 'weapons_surrendered')).toEqual([]);
  });
});

describe('a bare "mô hình" refers back to the model named last in its paragraph', () => {
  it('names the sites of that model', () => {
    expect(rows('Năm 2024, mô hình “Xóm bình yên” ra mắt cuối tháng 7. Đến nay, xã đã nhân rộng mô hình ra 9 điểm.')).toEqual([[9, 'model_sites', 'named:Xóm bình yên']]);
  });

  it('but not across a paragraph, nor from a quoted name that is no model', () => {
    expect(rows('Năm 2024, mô hình “Xóm bình yên” ra mắt.\n\nĐến nay, xã đã nhân rộng mô hình ra 9 điểm.')).toEqual([[9, 'model_sites', undefined]]);
    expect(rows('Năm 2024, phong trào “Toàn dân bảo vệ an ninh” lan rộng. Xã nhân rộng mô hình ra 9 điểm.')).toEqual([[9, 'model_sites', undefined]]);
  });
});
