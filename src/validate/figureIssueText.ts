/**
 * The English and Vietnamese text of every issue that the figure rules raise, built from the
 * issue's data in this one place (as zod 4's locales do), so that a code cannot exist without
 * both messages and the array and streaming validators cannot word the same issue differently.
 * Each entry returns `[english, vietnamese]` without the row prefix.
 */
export const FIGURE_ISSUE_TEXT = {
  unknown_indicator: (d: { indicator: string }): [string, string] => [`unknown indicator ${d.indicator}`, `chỉ tiêu không có trong danh mục: ${d.indicator}`],
  uom_not_allowed: (d: { uom: string; of: string; category: boolean }): [string, string] => [`${d.uom} is not a unit of measure of ${d.of}`, `đơn vị tính ${d.uom} không dùng cho ${d.category ? 'phân loại' : 'chỉ tiêu'} ${d.of}`],
  unknown_category: (d: { category: string; indicator: string }): [string, string] => [`unknown category ${d.category} of ${d.indicator}`, `phân loại ${d.category} không có trong chỉ tiêu ${d.indicator}`],
  missing_period: (_d: Record<string, never>): [string, string] => ['no period: the figure takes no part in per-period results', 'không có kỳ báo cáo: số liệu không được tính theo kỳ'],
  invalid_period: (d: { period: string; reason: string }): [string, string] => [`period ${JSON.stringify(d.period)} is not valid (${d.reason})`, `kỳ ${JSON.stringify(d.period)} không hợp lệ (${d.reason})`],
  unknown_program: (d: { program: string }): [string, string] => [`programme ${d.program} is not among the programmes given`, `chương trình ${d.program} không có trong danh sách`],
  period_outside_program: (d: { period: string; program: string }): [string, string] => [`period ${d.period} lies outside programme ${d.program}`, `kỳ ${d.period} nằm ngoài thời gian của chương trình ${d.program}`],
  period_partly_outside_program: (d: { period: string; program: string }): [string, string] => [`period ${d.period} runs past programme ${d.program}`, `kỳ ${d.period} vượt ra ngoài thời gian của chương trình ${d.program}`],
  unit_not_in_table: (d: { unit: string }): [string, string] => [`unit ${d.unit} is not in the units table`, `đơn vị hành chính ${d.unit} không có trong bảng đơn vị`],
  unit_outside_validity: (d: { unit: string; period: string }): [string, string] => [`unit ${d.unit} did not exist in period ${d.period}`, `đơn vị ${d.unit} không tồn tại trong kỳ ${d.period}`],
  unit_partly_outside_validity: (d: { unit: string; period: string }): [string, string] => [`unit ${d.unit} existed for only part of period ${d.period}`, `đơn vị ${d.unit} chỉ tồn tại trong một phần của kỳ ${d.period}`],
  stock_summed_over_time: (d: { indicator: string }): [string, string] => [`${d.indicator} is a stock but is given as a total over more than a year; use statistic as_of`, `${d.indicator} là chỉ tiêu thời điểm nhưng được cộng dồn nhiều năm; hãy dùng as_of`],
  // `inTable`: the earlier figure was already in a database table before the load (antq/sql), and
  // `row` is its `row_no` there.
  duplicate_figure: (d: { row: number; inTable?: boolean }): [string, string] =>
    d.inTable === true ? [`repeats the figure with row_no ${d.row} already in the table`, `trùng với số liệu row_no ${d.row} đã có trong bảng`] : [`repeats row ${d.row}`, `trùng với dòng ${d.row}`],
  conflicting_figure: (d: { row: number; value: number; inTable?: boolean }): [string, string] =>
    d.inTable === true
      ? [`same figure as row_no ${d.row} already in the table with another value (${d.value})`, `cùng số liệu với row_no ${d.row} đã có trong bảng nhưng khác giá trị (${d.value})`]
      : [`same figure as row ${d.row} with another value (${d.value})`, `cùng số liệu với dòng ${d.row} nhưng khác giá trị (${d.value})`],
  subset_exceeds_superset: (d: SubsetData): [string, string] => subsetText(d),
  subset_may_exceed_superset: (d: SubsetData): [string, string] => subsetText(d),
  ytd_decreasing: (d: { value: number; other: number; row: number; later: boolean }): [string, string] =>
    d.later
      ? [`year-to-date value ${d.value} is above the later ${d.other} (row ${d.row})`, `số lũy kế từ đầu năm ${d.value} cao hơn số sau đó ${d.other} (dòng ${d.row})`]
      : [`year-to-date value ${d.value} is below the earlier ${d.other} (row ${d.row})`, `số lũy kế từ đầu năm ${d.value} thấp hơn số trước đó ${d.other} (dòng ${d.row})`],
  cross_row_checks_limited: (d: { max: number }): [string, string] => [
    `more than ${d.max} distinct figures: from here on duplicates, subsets and year-to-date series are not checked`,
    `hơn ${d.max} số liệu khác nhau: từ đây không kiểm tra trùng lặp, quan hệ tập con và số lũy kế`,
  ],
} as const;

interface SubsetData {
  readonly sub: string;
  readonly subValue: number;
  readonly sup: string;
  readonly supValue: number;
  readonly row: number;
}

function subsetText(d: SubsetData): [string, string] {
  return [`${d.sub} (${d.subValue}) exceeds ${d.sup} (${d.supValue}, row ${d.row})`, `${d.sub} (${d.subValue}) lớn hơn ${d.sup} (${d.supValue}, dòng ${d.row})`];
}

/** The codes of {@link FIGURE_ISSUE_TEXT}. */
export type FigureRuleCode = keyof typeof FIGURE_ISSUE_TEXT;
