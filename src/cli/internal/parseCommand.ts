import { BUILTIN_CATALOGUE } from '../../catalogue/builtinCatalogue';
import type { Catalogue, IndicatorDef } from '../../catalogue/Catalogue';
import { extractFigures } from '../../extract/extractFigures';
import { parseViDate } from '../../viDate/parseViDate';
import { parseViPeriod } from '../../viDate/parseViPeriod';
import { parseViQuantity } from '../../viNumber/parseViQuantity';
import { parsePeriod } from '../../period/parsePeriod';
import { quantity } from '../../quantity/quantity';
import type { Issue } from '../../errors/Issue';
import { str, UsageError } from './args';
import { t, writeJson, type Ctx } from './context';
import { indicatorLabel, qualifierWord } from './labels';
import { renderTable } from './table';

/** What `antq parse` makes of a phrase: the stable `--format json` shape. */
interface ParsedPhrase {
  readonly input: string;
  readonly kind: 'quantity' | 'date' | 'period' | 'unknown';
  readonly value?: number;
  readonly qualifier?: string;
  readonly lower?: number | null;
  readonly upper?: number | null;
  readonly lowerInclusive?: boolean;
  readonly upperInclusive?: boolean;
  readonly uom?: string;
  readonly unitWord?: string | null;
  readonly noun?: string;
  readonly outOf?: number | null;
  readonly percent?: number | null;
  readonly indicator?: string | null;
  readonly category?: string | null;
  readonly date?: string;
  readonly inferredYear?: boolean;
  readonly period?: string;
  readonly start?: string;
  readonly end?: string;
  readonly periodKind?: string;
  /** Further figures of the same phrase ("12 khẩu súng, 3 quả lựu đạn"), read the same way. */
  readonly more?: readonly { readonly value: number; readonly qualifier: string; readonly uom: string; readonly indicator: string; readonly category: string | null }[];
  readonly issues?: readonly { readonly code: string; readonly position?: number; readonly message: string }[];
}

const IS_NUMBER_ONLY = /^[\s\d.,]+$/;

/** The catalogue entry whose words occur in the noun: longest match wins. */
function guessFromNoun(catalogue: Catalogue, noun: string): { indicator: string | null; category: string | null } {
  const text = noun.normalize('NFC').toLowerCase();
  let best: { indicator: string; category: string | null; length: number } | null = null;
  const consider = (indicator: string, category: string | null, words: readonly string[]): void => {
    for (const w of words) {
      const word = w.normalize('NFC').toLowerCase();
      if (word !== '' && text.includes(word) && (best === null || word.length > best.length)) best = { indicator, category, length: word.length };
    }
  };
  for (const [id, def] of Object.entries<IndicatorDef>(catalogue)) {
    consider(id, null, [def.nounVi, ...def.synonymsVi]);
    for (const [code, c] of Object.entries(def.categories ?? {})) consider(id, code, [c.nounVi, ...(c.synonymsVi ?? [])]);
  }
  const b = best as { indicator: string; category: string | null } | null;
  return b === null ? { indicator: null, category: null } : { indicator: b.indicator, category: b.category };
}

/** Codes of parseViQuantity that refuse a phrase on purpose ("12 345", "1e309", "5 đến 3"). */
const QUANTITY_REFUSALS: ReadonlySet<string> = new Set(['exponent_not_supported', 'range_reversed', 'number_too_large']);

/** Codes of the date readers for a date or period that is recognised but wrong. */
const DATE_REFUSALS: ReadonlySet<string> = new Set(['vi_date_invalid', 'vi_date_range_reversed']);

function brief(i: Issue): { code: string; position?: number; message: string } {
  return i.position === undefined ? { code: i.code, message: i.message } : { code: i.code, position: i.position, message: i.message };
}

/** Nouns of people: a bare count of them counts persons ("29 thanh thiếu niên", "64 trường hợp"). */
const PEOPLE_WORDS = /^(?:học sinh|sinh viên|hội viên|đoàn viên|thanh thiếu niên|thanh, thiếu niên|thiếu niên|thanh niên|cán bộ|đại biểu|phụ nữ|chị em|cựu chiến binh|giáo viên|nông dân|ngư dân|công nhân|người|em|cháu|nạn nhân|bị can|bị cáo|đối tượng|trường hợp|phụ huynh|giáo dân|phật tử|tín đồ|chức sắc|đồng bào|chiến sĩ|đội viên|tổ viên|thành viên|khách mời|già làng|trưởng bản|trưởng thôn|chủ (?:phương tiện|tàu|thuyền|cơ sở|doanh nghiệp|nhà trọ|quán)|[\p{L}]+(?: [\p{L}]+)? viên)(?![\p{L}\p{N}])/u;

/**
 * People counted as an audience: delegates, the public, a crowd that ends in "Nhân dân", or people
 * said to attend ("tham dự"). Such a head count is of attendances (person-times, one person may come
 * twice); so is a rounded count of pupils or students, which reports give for a talk or a festival
 * at a school ("khoảng 1.100 học sinh"), while an exact one names people ("15 học sinh").
 */
const AUDIENCE_WORDS = /^(?:đại biểu|khách mời)(?![\p{L}\p{N}])|(?:^|[\s,])(?:nhân dân|người dân|quần chúng)\s*$|(?:^|\s)(?:tham )?dự(?![\p{L}\p{N}])/u;
const ROUNDED_AUDIENCE_WORDS = /^(?:học sinh|sinh viên|người dân)(?:\s*$|,|\s+(?:và|cùng)\s)/u;
const ROUNDED: ReadonlySet<string> = new Set(['over', 'about', 'nearly']);

/** Cases of a violation or an incident are counted, not people ("312 trường hợp lấn chiếm vỉa hè", "1.540 trường hợp vi phạm"). */
const CASE_WORDS = /^trường hợp (?:vi phạm|lấn chiếm|tai nạn|cháy|lừa đảo)/u;

/** Things counted one by one without a classifier: pieces ("300 điện thoại", "27 xe máy", "214 bóng đèn"). */
const PIECE_WORDS = /^(?:điện thoại|xe (?:máy|mô tô|đạp|ô tô)|mũ bảo hiểm|bóng đèn|đèn pin|mũi tên|tuýp|ống|biển (?:báo|hiệu)|loa|máy tính|bình chữa cháy|ví)(?![\p{L}\p{N}])/u;

/** A family counts households ("3 gia đình ngư dân"). */
const HOUSEHOLD_WORDS = /^(?:gia đình|hộ gia đình|hộ dân|hộ)(?![\p{L}\p{N}])/u;

/** The unit of a count of people: persons, or person-times for an audience. */
function peopleUnit(noun: string, qualifier: string): 'person' | 'person_times' | 'household' | null {
  const n = noun.normalize('NFC').toLowerCase().trim();
  if (HOUSEHOLD_WORDS.test(n)) return 'household';
  if (!PEOPLE_WORDS.test(n) || CASE_WORDS.test(n)) return null;
  if (/ký cam kết/u.test(n)) return 'person';
  if (AUDIENCE_WORDS.test(n)) return 'person_times';
  if (ROUNDED.has(qualifier) && ROUNDED_AUDIENCE_WORDS.test(n)) return 'person_times';
  return 'person';
}

/**
 * The unit a figure of this phrase gets when no indicator says: persons (or person-times for an
 * audience, households for families) for a count of people, kilograms for tonnes (the catalogue's
 * unit of mass).
 */
function asFigureUnit(value: number, uom: string, unitWord: string | null, noun: string, qualifier: string, lower: number | null, upper: number | null): { value: number; uom: string; lower: number | null; upper: number | null } {
  // "người" is read as the unit of persons; the words after it may still make an audience ("người dân tham dự").
  const people = uom === 'count' ? peopleUnit(noun, qualifier) : uom === 'person' && unitWord !== null ? peopleUnit(`${unitWord} ${noun}`, qualifier) : null;
  if (people !== null) return { value, uom: people, lower, upper };
  if (uom === 'count' && unitWord === null && PIECE_WORDS.test(noun.normalize('NFC').toLowerCase().trim())) return { value, uom: 'piece', lower, upper };
  if (uom === 'tonne') {
    const kg = (x: number | null): number | null => (x === null ? null : Number((x * 1000).toPrecision(15)));
    return { value: kg(value) ?? value, uom: 'kg', lower: kg(lower), upper: kg(upper) };
  }
  return { value, uom, lower, upper };
}

/**
 * Reads one figure, date or period phrase the way antq does, with the words of `catalogue`.
 * Exported for test/extract/corpusBlindMetrics.ts; the `@public` tag tells knip (whose project is
 * src/ only).
 *
 * @public
 */
export function parsePhrase(input: string, refDate: string | undefined, catalogue: Catalogue = BUILTIN_CATALOGUE): ParsedPhrase {
  const options = refDate === undefined ? {} : { refDate };
  const trimmed = input.trim();
  const bareYear = /^\d{4}$/.test(trimmed) && Number(trimmed) >= 1900 && Number(trimmed) <= 2100;
  // A date or period that only a reference date could complete: said so if nothing else reads it.
  let needsReference: readonly Issue[] = [];
  if (!IS_NUMBER_ONLY.test(trimmed) || bareYear) {
    const machine = parsePeriod(trimmed);
    if (machine.ok) return { input, kind: 'period', period: machine.value.id, start: machine.value.start, end: machine.value.end, periodKind: machine.value.kind };
    const d = parseViDate(trimmed, options);
    if (d.ok) return { input, kind: 'date', date: d.value.date, inferredYear: d.value.inferredYear };
    const p = parseViPeriod(trimmed, options);
    if (p.ok) return { input, kind: 'period', period: p.value.period.id, start: p.value.period.start, end: p.value.period.end, periodKind: p.value.period.kind, inferredYear: p.value.inferredYear };
    needsReference = [...d.issues, ...p.issues].filter((i) => i.code === 'vi_date_needs_reference').slice(0, 1);
    // A date or period that reads as one but is wrong (30/2, a range that ends before it starts):
    // the library's own code, not a number's.
    const wrong = [...d.issues, ...p.issues].filter((i) => DATE_REFUSALS.has(i.code)).slice(0, 1);
    if (wrong.length > 0 && needsReference.length === 0) return { input, kind: 'unknown', issues: wrong.map(brief) };
  }
  // "12 345 người": a space between digit groups is ambiguous (12 and 345, or 12345): refused.
  const spaced = /^(?:\D*?\s)?\d{1,3}([ \u00A0\u202F]\d{3})+(?!\d)/u.exec(trimmed);
  if (spaced !== null && spaced[1] !== undefined) {
    const at = trimmed.indexOf(spaced[1], spaced.index);
    return { input, kind: 'unknown', issues: [{ code: 'space_in_number', position: at, message: 'digits grouped with spaces are ambiguous (12 345 may be 12 and 345): write 12345 or 12.345' }] };
  }
  const q = parseViQuantity(trimmed);
  // A number the quantity reader refuses on purpose is not read again, more loosely, as another figure.
  if (!q.ok && q.issues.some((i) => QUANTITY_REFUSALS.has(i.code))) return { input, kind: 'unknown', issues: q.issues.map(brief) };
  // The same reader as `antq extract`: a phrase as it stands in a report ("bắt 61 đối tượng",
  // "số buổi đã tổ chức là 320", two figures in one phrase) reads as it does in the text.
  const read = extractFigures(trimmed, refDate === undefined ? { catalogue } : { date: refDate, catalogue });
  const first = read.figures[0];
  const others = read.figures.slice(1).map((f) => ({ value: f.value, qualifier: f.qualifier, uom: f.uom, indicator: f.indicator, category: f.category ?? null }));
  if (first !== undefined && (!q.ok || q.value.quantity.value === first.value)) {
    const b = quantity(first.value, first.uom, first.qualifier);
    const sameNumber = q.ok && q.value.quantity.value === first.value;
    return {
      input,
      kind: 'quantity',
      value: first.value,
      qualifier: first.qualifier,
      lower: b.lower,
      upper: b.upper,
      lowerInclusive: b.lowerInclusive,
      upperInclusive: b.upperInclusive,
      uom: first.uom,
      unitWord: sameNumber ? q.value.unitWord : null,
      noun: sameNumber ? q.value.noun : first.note,
      outOf: sameNumber ? q.value.outOf : null,
      percent: sameNumber ? q.value.percent : null,
      indicator: first.indicator,
      category: first.category ?? null,
      ...(others.length > 0 ? { more: others } : {}),
    };
  }
  if (!q.ok) {
    // No indicator's figure, and the phrase does not open with the number: its first number.
    const u = read.unclassified[0];
    if (u !== undefined) {
      // The words after its number say whose count it is ("bắt 9 bị can": persons).
      const own = parseViQuantity(u.note);
      const uom = own.ok ? (peopleUnit(own.value.noun, u.qualifier) ?? u.uom) : u.uom;
      const b = quantity(u.value, u.uom, u.qualifier);
      return { input, kind: 'quantity', value: u.value, qualifier: u.qualifier, lower: b.lower, upper: b.upper, lowerInclusive: b.lowerInclusive, upperInclusive: b.upperInclusive, uom, unitWord: u.unitWord, noun: u.note, outOf: u.outOf, percent: null, indicator: null, category: null };
    }
    return { input, kind: 'unknown', issues: (needsReference.length > 0 ? needsReference : q.issues).map(brief) };
  }
  const v = q.value;
  const fallback = asFigureUnit(v.quantity.value, v.quantity.uom, v.unitWord, v.noun, v.quantity.qualifier, v.quantity.lower, v.quantity.upper);
  const guess = first !== undefined ? { indicator: first.indicator, category: first.category ?? null } : guessFromNoun(catalogue, v.noun);
  return {
    input,
    kind: 'quantity',
    value: fallback.value,
    qualifier: v.quantity.qualifier,
    lower: fallback.lower,
    upper: fallback.upper,
    lowerInclusive: v.quantity.lowerInclusive,
    upperInclusive: v.quantity.upperInclusive,
    uom: fallback.uom,
    unitWord: v.unitWord,
    noun: v.noun,
    outOf: v.outOf,
    percent: v.percent,
    indicator: guess.indicator,
    category: guess.category,
  };
}

/** `antq parse "<phrase>" [--ref-date D]`. Exit 1 when the phrase cannot be read. */
export function parseCommand(ctx: Ctx, phrases: readonly string[]): number {
  if (phrases.length === 0) throw new UsageError('parse needs a phrase, e.g. antq parse "hơn 81 nghìn lượt đơn thư"');
  const refDate = str(ctx.args, 'ref-date');
  if (refDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(refDate)) throw new UsageError(`option --ref-date must be YYYY-MM-DD; got ${JSON.stringify(refDate)}`);
  let results: ParsedPhrase[];
  try {
    results = phrases.map((p) => parsePhrase(p, refDate, ctx.catalogue));
  } catch (e) {
    throw new UsageError(`parse: ${(e as Error).message}`);
  }
  if (ctx.format === 'json') writeJson(ctx, results.length === 1 ? results[0] : results);
  else {
    const columns = [
      { key: 'input', en: 'Phrase', vi: 'Cụm từ' },
      { key: 'kind', en: 'Kind', vi: 'Loại' },
      { key: 'qualifier', en: 'Qualifier', vi: 'Mức chính xác' },
      { key: 'value', en: 'Value', vi: 'Giá trị' },
      { key: 'bounds', en: 'Bounds', vi: 'Khoảng' },
      { key: 'uom', en: 'UoM', vi: 'ĐVT' },
      { key: 'indicator', en: 'Indicator', vi: 'Chỉ tiêu' },
      { key: 'category', en: 'Category', vi: 'Phân loại' },
      { key: 'period', en: 'Date/period', vi: 'Ngày/kỳ' },
    ];
    const machine = ctx.format === 'csv';
    const rows = results.map((r) => ({
      input: r.input,
      kind: r.kind,
      qualifier: r.kind === 'quantity' ? qualifierWord(r.qualifier, ctx.lang, machine) || (machine ? 'exact' : '') : '',
      value: r.value ?? null,
      bounds: r.kind === 'quantity' ? `${r.lowerInclusive === true ? '[' : '('}${r.lower ?? '-∞'}, ${r.upper ?? '∞'}${r.upperInclusive === true ? ']' : ')'}` : '',
      uom: r.uom ?? '',
      indicator: r.indicator === undefined || r.indicator === null ? '' : machine ? r.indicator : `${r.indicator} (${indicatorLabel(ctx.catalogue, r.indicator, r.category ?? undefined, ctx.lang)})`,
      category: r.category ?? '',
      period: r.date ?? (r.period === undefined ? '' : `${r.period} (${r.start ?? ''}…${r.end ?? ''})`),
    }));
    ctx.io.stdout.write(renderTable({ columns, rows }, ctx.format === 'html' ? 'table' : ctx.format, ctx.lang));
    for (const r of results) {
      if (r.kind !== 'unknown') continue;
      ctx.io.stderr.write(`${t(ctx, 'cannot read', 'không đọc được')} ${JSON.stringify(r.input)}: ${(r.issues ?? []).map((i) => `${i.code}${i.position === undefined ? '' : ` @${i.position}`}`).join(', ')}\n`);
      if (r.issues?.some((i) => i.code === 'vi_date_needs_reference') === true) {
        ctx.io.stderr.write(t(ctx, 'the year is not written: a reference date is needed, e.g. --ref-date 2023-06-01\n', 'không ghi năm: cần ngày tham chiếu, ví dụ --ref-date 2023-06-01\n'));
      }
    }
  }
  return results.some((r) => r.kind === 'unknown') ? 1 : 0;
}
