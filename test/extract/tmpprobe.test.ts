import { it } from 'vitest';
import { extractFigures } from '../../src/extract/extractFigures';
it('probe', () => {
  const texts = [
    'Năm 2024, lực lượng Công an tỉnh Cà Mau phát hiện, ngăn chặn kịp thời 45 vụ việc phức tạp; tiếp nhận, giải quyết 1.120 đơn thư kiến nghị, phản ánh của Nhân dân.',
    'Toàn tỉnh Lạng Sơn có 2.156 tổ an ninh nhân dân với 11.450 tổ viên, 450 đội dân phòng với 4.500 đội viên.',
    'Đã thu gom, tiêu hủy gần 2 tấn pháo các loại, 1.350 kg thuốc pháo.',
    'Nhân dân đóng góp trên 3.500 ngày công và 2,5 tỷ đồng xây dựng nhà văn hóa.',
    'Tổ chức ký cam kết cho 45.600 học sinh, 12.300 hộ gia đình không vi phạm về pháo.',
    'Qua phong trào, Nhân dân đã cung cấp 560 nguồn tin, trong đó 312 tin có giá trị, giúp cơ quan điều tra khám phá 27 vụ án, bắt 41 đối tượng.',
    'Giai đoạn 2019 - 2024, tổ chức 3.200 hội nghị, buổi tuyên truyền, phổ biến, giáo dục pháp luật cho 420.000 lượt người dự.',
    'Đến hết năm 2024, toàn thành phố lắp đặt 15.600 camera an ninh kết nối với Công an phường.',
  ];
  for (const t of texts) {
    const r = extractFigures(t, { date: '2024-12-20' });
    console.log('#', t.slice(0, 60));
    for (const f of r.figures) console.log('  F', f.value, f.qualifier, f.uom, f.indicator, f.category ?? '-', f.period ?? '-', f.statistic ?? '-', f.confidence, '|', f.note);
    for (const u of r.unclassified) console.log('  U', u.value, u.reason, '|', u.note);
    for (const i of r.issues) if (i.code !== 'figure_without_period') console.log('  I', i.code);
  }
});
