import { ENGINE_HELP, ENGINE_HELP_VI, LOAD_HELP, LOAD_HELP_VI } from './sqlCommands';
/** Help text of the CLI and of each command. */
const GLOBAL_HELP = `antq: figures of the all-people national-security movement (ANTQ)

Usage: antq <command> [options]

Commands:
  validate <file>             check a figures file (exit 0: no errors, 1: errors)
  summarize <file>            aggregate figures (--period, --by, --level)
  compare <file>              compare two periods (--current, --baseline, --align)
  report <file>               the review's results section (--compare CURRENT:BASELINE)
  catalog                     the indicators, categories and units of measure antq knows
  units                       administrative units and their history (the 2025 reform built in)
  parse "<phrase>"            how antq reads one figure, date or period phrase
  convert <in> <out>          convert between CSV, JSON and NDJSON
  extract <file|->            figures found in a Vietnamese text, as long-format CSV
  load <file> --db DB         validate and load figures into DuckDB or PostgreSQL; then
                              summarize/compare --db DB run inside the database

Every command takes --format table|csv|json|md, --lang vi|en, -o FILE and --help; validate,
summarize, compare and report read one or more files (- is standard input). Every command but
units takes --catalogue FILE, a team's own indicators and categories saved as JSON.
antq --version prints the version.
Exit codes: 0 success, 1 invalid data or unreadable input, 2 usage error.
Run "antq <command> --help" for the options of a command.
`;

const CATALOGUE = `  --catalogue FILE        a team's own catalogue as JSON, as JSON.stringify(extendCatalogue(
                          BUILTIN_CATALOGUE, {...})) writes it (default: the built-in catalogue)
`;

const INPUT = `
Reading figures (CSV in the long format, .json arrays, .ndjson/.jsonl):
${CATALOGUE}  --units FILE            units table (CSV code,name,name_en,level,type,parent,valid_from,valid_to,
                          successors, as antq units --format csv writes it; or JSON);
                          "vn" for the built-in provinces before and after the 1 Jul 2025 reform
  --programmes FILE       programmes (JSON array) to check periods against
  --input-format F        csv|json|ndjson (default: from the file extension)
  --vi-numbers            cells use Vietnamese numbers (17.543, 2,2)
  --delimiter D           , or ; (default: detected from the header)
  --lenient               keep the good rows (default strict: any error, nothing accepted)
  --rejects FILE          lenient, and write every rejected row with its errors to FILE
  --max-record-chars N    longest record accepted (default 1048576)
  --max-tracked-keys N    distinct figures remembered for duplicate checks (default 200000)
  --threads N             threads that read a CSV file (default 1: see docs/performance.md;
                          with --db, also DuckDB's threads)
`;

const COMMON = `
  --format F              table|csv|json|md (default table)
  --lang L                vi|en (default en)
  -o, --output FILE       write to FILE instead of stdout (written in full or not at all;
                          FILE may not be one of the inputs)
  -h, --help              this help
`;

const COMMAND_HELP: Readonly<Record<string, string>> = {
  validate: `Usage: antq validate <file|->... [options]

Checks every row and prints the import report: rows read, accepted and rejected, errors and
warnings, and each issue code with the file, line, row and column of every occurrence.
Exit 0 when there are no errors, 1 when there are, 2 on usage errors.
${INPUT}${COMMON}`,
  summarize: `Usage: antq summarize <file|->... [--period P] [--by DIMS] [--level L] [options]

Aggregates the figures in one streaming pass: flows sum, stocks take their latest level,
ratios are recomputed; qualifiers ("over", "nearly") carry through.
  --period P              only figures inside this period (2023, 2023-Q2, 2013/2017, 2013-08-01/2023-05-24)
  --by DIMS               comma list of indicator,category,unit,reporter,period,program (default indicator,category)
  --granularity G         bucket size with --by period (default year)
  --level L               count each figure for its ancestor at this level (needs --units)
  --as-of D               restate figures onto the unit boundaries of date D (needs --units)
  --max-groups N          most groups held before too_many_groups (default 4000000)
  --indicator, --category, --unit, --reporter LIST   use only these figures (comma lists; a category takes those below it)
${INPUT}${ENGINE_HELP}${COMMON}`,
  load: `${LOAD_HELP}${INPUT}${COMMON}`,
  compare: `Usage: antq compare <file|->... --current P [--baseline P] [--by DIMS] [--align A] [options]

Compares two periods (e.g. --current 2018/2022 --baseline 2013/2017) in one pass.
  --current P             the current period
  --baseline P            the baseline period (default: the same period a year earlier)
  --align A               calendar|elapsed|rate (default calendar)
  --by DIMS               comma list of indicator,category,unit,reporter,program
  --level L               compare at this unit level (needs --units)
  --as-of D               restate figures onto the unit boundaries of date D (needs --units)
  --max-groups N          most groups held before too_many_groups (default 4000000)
  --indicator, --category, --unit, --reporter LIST   use only these figures (comma lists; a category takes those below it)

Rows that span a known series break say so; a unit code that names another territory on each
side (a merged province) is not compared unless both sides are restated with --as-of.
${INPUT}${ENGINE_HELP}${COMMON}`,
  report: `Usage: antq report <file|->... [--compare CURRENT:BASELINE] [options]

Prints the review's results section (also --format html).
  --compare C:B           add a comparison of two periods, e.g. 2018/2022:2013/2017
  --title T, --unit U, --period P, --date D    report title, unit, period and date
  --as-of D               restate figures onto the unit boundaries of date D (needs --units)
  --indicator, --category, --reporter LIST   use only these figures (comma lists)
${INPUT}${ENGINE_HELP}${COMMON.replace('table|csv|json|md', 'table|csv|json|md|html')}`,
  catalog: `Usage: antq catalog [--list indicators|categories|uoms|qualifiers|units] [--units FILE] [--catalogue FILE] [options]

${CATALOGUE}${COMMON}`,
  units: `Usage: antq units [--units FILE] [--date YYYY-MM-DD] [--code C] [--level L] [options]

Lists administrative units with their history: every version (code@valid_from) with its
validity, parent and successors. Without --units: the 63 provincial units before and the 34
after the reform of 1 Jul 2025, with the crosswalk. Then the known series breaks.
  --date D                only the units valid on D
  --code C                only the versions of code C ("which unit was code 44 when?")
  --level L               only units of this level
${COMMON}`,
  parse: `Usage: antq parse "<phrase>" [more phrases] [--ref-date YYYY-MM-DD] [options]

Shows how antq reads a figure ("hơn 81 nghìn lượt đơn thư"), a date ("ngày 1/8/2013") or a
period ("quý III/2009"): value, bounds, qualifier, unit of measure, indicator and category.
  --ref-date D            the document's date, for dates without a year and "nay"
${CATALOGUE}Exit 1 when a phrase cannot be read.
${COMMON}`,
  convert: `Usage: antq convert <in> <out> [options]

Streams figures from one format to another; the formats come from the extensions
(.csv, .json, .ndjson/.jsonl) or --input-format/--output-format. "-" is stdout.
Spreadsheet formulas in text cells are neutralised in CSV output.
  --output-format F       csv|json|ndjson
  --write-vi-numbers      write values as 17.543 and 2,2 (separator ;)
  --bom                   start CSV output with a byte order mark (for Excel)
In strict mode (the default) nothing is written when there are errors: an existing output file
stays as it was, and "-" prints nothing (rows are held until the whole input is checked).
The output may not be the input file (also through a link). "-o FILE" is the same as <out>.
${INPUT}${COMMON}`,
  extract: `Usage: antq extract <file|-> [--date YYYY-MM-DD] [--unit CODE] [--program CODE] [options]

Finds the figures in a Vietnamese text and prints them in the long format (CSV by default), so
that "antq extract article.txt --unit 42 > f.csv && antq validate f.csv" works.
${CATALOGUE}${COMMON.replace('(default table)', '(default csv)')}`,
};

/** The global help in Vietnamese. */
const GLOBAL_HELP_VI = `antq: số liệu phong trào toàn dân bảo vệ an ninh Tổ quốc (ANTQ)

Cách dùng: antq <lệnh> [tùy chọn]

Các lệnh:
  validate <tệp>              kiểm tra tệp số liệu (mã thoát 0: không lỗi, 1: có lỗi)
  summarize <tệp>             tổng hợp số liệu (--period, --by, --level)
  compare <tệp>               so sánh hai kỳ (--current, --baseline, --align)
  report <tệp>                phần kết quả của báo cáo sơ kết, tổng kết (--compare KỲ_NÀY:KỲ_GỐC)
  catalog                     các chỉ tiêu, phân loại và đơn vị tính antq biết
  units                       đơn vị hành chính và lịch sử thay đổi (đã có đợt sắp xếp năm 2025)
  parse "<cụm từ>"            antq đọc một cụm số liệu, ngày hoặc kỳ như thế nào
  convert <vào> <ra>          chuyển đổi giữa CSV, JSON và NDJSON
  extract <tệp|->             số liệu tìm thấy trong một văn bản tiếng Việt, dạng CSV dọc

Mọi lệnh nhận --format table|csv|json|md, --lang vi|en, -o TỆP và --help; validate, summarize, compare
và report đọc một hoặc nhiều tệp (- là đầu vào chuẩn). Mọi lệnh trừ units nhận --catalogue TỆP: các
chỉ tiêu và phân loại riêng của đơn vị, lưu dạng JSON. antq --version in ra phiên bản.
Mã thoát: 0 thành công, 1 dữ liệu sai hoặc không đọc được, 2 dùng sai lệnh.
Chạy "antq <lệnh> --help" để xem các tùy chọn của từng lệnh.
`;

const CATALOGUE_VI = `  --catalogue TỆP         danh mục riêng của đơn vị dạng JSON, như JSON.stringify(extendCatalogue(
                          BUILTIN_CATALOGUE, {...})) ghi ra (mặc định: danh mục có sẵn)
`;

const INPUT_VI = `
Đọc số liệu (CSV dạng dọc, mảng .json, .ndjson/.jsonl):
${CATALOGUE_VI}  --units TỆP             bảng đơn vị (CSV code,name,name_en,level,type,parent,valid_from,valid_to,
                          successors như antq units --format csv ghi ra; hoặc JSON);
                          "vn" cho các tỉnh có sẵn trước và sau đợt sắp xếp ngày 1/7/2025
  --programmes TỆP        các chương trình (mảng JSON) để đối chiếu kỳ số liệu
  --input-format F        csv|json|ndjson (mặc định: theo đuôi tệp)
  --vi-numbers            ô số viết kiểu Việt Nam (17.543, 2,2)
  --delimiter D           , hoặc ; (mặc định: nhận từ dòng tiêu đề)
  --lenient               giữ các dòng đúng (mặc định nghiêm ngặt: có lỗi thì không nhận dòng nào)
  --rejects TỆP           như --lenient, và ghi mọi dòng bị loại kèm lỗi vào TỆP
  --max-record-chars N    bản ghi dài nhất được nhận (mặc định 1048576)
  --max-tracked-keys N    số số liệu khác nhau được nhớ để dò trùng (mặc định 200000)
  --threads N             số luồng đọc tệp CSV (mặc định 1: xem docs/performance.md;
                          với --db, cũng là số luồng của DuckDB)
`;

const COMMON_VI = `
  --format F              table|csv|json|md (mặc định table)
  --lang L                vi|en (mặc định en; vi khi LANG là tiếng Việt)
  -o, --output TỆP        ghi vào TỆP thay cho đầu ra chuẩn (ghi trọn vẹn hoặc không ghi gì;
                          TỆP không được là một tệp đầu vào)
  -h, --help              trợ giúp này
`;

const FILTERS_VI = '  --indicator, --category, --unit, --reporter DS   chỉ dùng các số liệu này (danh sách cách nhau bởi dấu phẩy; một phân loại gồm cả các phân loại con)';

/** The help of each command in Vietnamese. */
const COMMAND_HELP_VI: Readonly<Record<string, string>> = {
  validate: `Cách dùng: antq validate <tệp|->... [tùy chọn]

Kiểm tra từng dòng và in báo cáo nhập: số dòng đã đọc, được nhận, bị loại, số lỗi và cảnh báo,
và mỗi mã lỗi kèm tệp, dòng tệp, dòng dữ liệu và cột của từng trường hợp.
Mã thoát 0 khi không có lỗi, 1 khi có lỗi, 2 khi dùng sai lệnh.
${INPUT_VI}${COMMON_VI}`,
  summarize: `Cách dùng: antq summarize <tệp|->... [--period KỲ] [--by CHIỀU] [--level CẤP] [tùy chọn]

Tổng hợp số liệu trong một lượt đọc: chỉ tiêu lũy kế thì cộng, chỉ tiêu thời điểm lấy mức mới
nhất, tỷ lệ được tính lại; các mức chính xác ("trên", "gần") được giữ nguyên.
  --period KỲ             chỉ số liệu trong kỳ này (2023, 2023-Q2, 2013/2017, 2013-08-01/2023-05-24)
  --by CHIỀU              danh sách indicator,category,unit,reporter,period,program (mặc định indicator,category)
  --granularity G         độ dài mỗi kỳ khi --by period (mặc định year)
  --level CẤP             tính mỗi số liệu cho đơn vị cấp trên ở cấp này (cần --units)
  --as-of NGÀY            quy đổi số liệu theo địa giới hành chính tại NGÀY (cần --units)
  --max-groups N          số nhóm tối đa được giữ, quá thì báo too_many_groups (mặc định 4000000)
${FILTERS_VI}
${INPUT_VI}${ENGINE_HELP_VI}${COMMON_VI}`,
  load: `${LOAD_HELP_VI}${INPUT_VI}${COMMON_VI}`,
  compare: `Cách dùng: antq compare <tệp|->... --current KỲ [--baseline KỲ] [--by CHIỀU] [--align A] [tùy chọn]

So sánh hai kỳ (ví dụ --current 2018/2022 --baseline 2013/2017) trong một lượt đọc.
  --current KỲ            kỳ này
  --baseline KỲ           kỳ gốc (mặc định: cùng kỳ năm trước)
  --align A               calendar|elapsed|rate (mặc định calendar)
  --by CHIỀU              danh sách indicator,category,unit,reporter,program
  --level CẤP             so sánh ở cấp đơn vị này (cần --units)
  --as-of NGÀY            quy đổi số liệu theo địa giới hành chính tại NGÀY (cần --units)
  --max-groups N          số nhóm tối đa được giữ, quá thì báo too_many_groups (mặc định 4000000)
${FILTERS_VI}

Các dòng vắt qua một thời điểm thay đổi cách thống kê đều được ghi chú; một mã đơn vị chỉ hai
vùng lãnh thổ khác nhau ở hai kỳ (tỉnh đã sáp nhập) không được so sánh, trừ khi quy đổi bằng --as-of.
${INPUT_VI}${ENGINE_HELP_VI}${COMMON_VI}`,
  report: `Cách dùng: antq report <tệp|->... [--compare KỲ_NÀY:KỲ_GỐC] [tùy chọn]

In phần kết quả của báo cáo (có cả --format html).
  --compare C:B           thêm phần so sánh hai kỳ, ví dụ 2018/2022:2013/2017
  --title T, --unit U, --period P, --date D    tiêu đề, đơn vị, kỳ và ngày của báo cáo
  --as-of NGÀY            quy đổi số liệu theo địa giới hành chính tại NGÀY (cần --units)
  --indicator, --category, --reporter DS   chỉ dùng các số liệu này (danh sách cách nhau bởi dấu phẩy)
${INPUT_VI}${ENGINE_HELP_VI}${COMMON_VI.replace('table|csv|json|md', 'table|csv|json|md|html')}`,
  catalog: `Cách dùng: antq catalog [--list indicators|categories|uoms|qualifiers|units] [--units TỆP] [--catalogue TỆP] [tùy chọn]

${CATALOGUE_VI}${COMMON_VI}`,
  units: `Cách dùng: antq units [--units TỆP] [--date YYYY-MM-DD] [--code C] [--level CẤP] [tùy chọn]

Liệt kê đơn vị hành chính và lịch sử: mỗi phiên bản (code@valid_from) với thời gian hiệu lực,
đơn vị cấp trên và đơn vị kế thừa. Không có --units: 63 tỉnh, thành phố trước và 34 sau đợt sắp
xếp ngày 1/7/2025, kèm bảng tương ứng. Sau đó là các thời điểm thay đổi cách thống kê.
  --date NGÀY             chỉ các đơn vị có hiệu lực vào NGÀY
  --code C                chỉ các phiên bản của mã C ("mã 44 là đơn vị nào, vào lúc nào?")
  --level CẤP             chỉ các đơn vị ở cấp này
${COMMON_VI}`,
  parse: `Cách dùng: antq parse "<cụm từ>" [các cụm từ khác] [--ref-date YYYY-MM-DD] [tùy chọn]

Cho biết antq đọc một cụm số liệu ("hơn 81 nghìn lượt đơn thư"), một ngày ("ngày 1/8/2013") hay
một kỳ ("quý III/2009") như thế nào: giá trị, khoảng, mức chính xác, đơn vị tính, chỉ tiêu, phân loại.
  --ref-date NGÀY         ngày của văn bản, cho các ngày không ghi năm và chữ "nay"
${CATALOGUE_VI}Mã thoát 1 khi không đọc được một cụm từ.
${COMMON_VI}`,
  convert: `Cách dùng: antq convert <vào> <ra> [tùy chọn]

Chuyển số liệu từ định dạng này sang định dạng khác theo luồng; định dạng lấy theo đuôi tệp
(.csv, .json, .ndjson/.jsonl) hoặc --input-format/--output-format. "-" là đầu ra chuẩn.
Công thức bảng tính trong ô chữ được vô hiệu hóa khi ghi CSV.
  --output-format F       csv|json|ndjson
  --write-vi-numbers      ghi giá trị kiểu 17.543 và 2,2 (dấu phân cách ;)
  --bom                   ghi dấu BOM ở đầu CSV (cho Excel)
Ở chế độ nghiêm ngặt (mặc định), có lỗi thì không ghi gì: tệp ra đã có được giữ nguyên, và "-"
không in gì (các dòng được giữ lại cho đến khi kiểm tra xong toàn bộ đầu vào).
Tệp ra không được là tệp vào (kể cả qua liên kết). "-o TỆP" tương đương <ra>.
${INPUT_VI}${COMMON_VI}`,
  extract: `Cách dùng: antq extract <tệp|-> [--date YYYY-MM-DD] [--unit MÃ] [--program MÃ] [tùy chọn]

Tìm các số liệu trong một văn bản tiếng Việt và in ra dạng dọc (mặc định CSV), để
"antq extract bai-viet.txt --unit 42 > f.csv && antq validate f.csv" chạy được.
${CATALOGUE_VI}${COMMON_VI.replace('(mặc định table)', '(mặc định csv)')}`,
};

/** The help texts in a language. */
export function helpTexts(lang: 'vi' | 'en'): { readonly global: string; readonly commands: Readonly<Record<string, string>> } {
  return lang === 'vi' ? { global: GLOBAL_HELP_VI, commands: COMMAND_HELP_VI } : { global: GLOBAL_HELP, commands: COMMAND_HELP };
}
