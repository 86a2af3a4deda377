/** Help text of the CLI and of each command. */
export const GLOBAL_HELP = `antq: figures of the all-people national-security movement (ANTQ)

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

Every command takes --format table|csv|json|md, --lang vi|en, -o FILE and --help.
Exit codes: 0 success, 1 invalid data or unreadable input, 2 usage error.
Run "antq <command> --help" for the options of a command.
`;

const INPUT = `
Reading figures (CSV in the long format, .json arrays, .ndjson/.jsonl):
  --units FILE            units table (CSV code,name,level,parent,valid_from,valid_to, or JSON);
                          "vn" for the built-in provinces before and after the 1 Jul 2025 reform
  --programmes FILE       programmes (JSON array) to check periods against
  --input-format F        csv|json|ndjson (default: from the file extension)
  --vi-numbers            cells use Vietnamese numbers (17.543, 2,2)
  --delimiter D           , or ; (default: detected from the header)
  --lenient               keep the good rows (default strict: any error, nothing accepted)
  --rejects FILE          lenient, and write every rejected row with its errors to FILE
  --max-record-chars N    longest record accepted (default 1048576)
  --max-tracked-keys N    distinct figures remembered for duplicate checks (default 200000)
`;

const COMMON = `
  --format F              table|csv|json|md (default table)
  --lang L                vi|en (default en)
  -o, --output FILE       write to FILE instead of stdout (written in full or not at all;
                          FILE may not be one of the inputs)
  -h, --help              this help
`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  validate: `Usage: antq validate <file> [options]

Checks every row and prints the import report: rows read, accepted and rejected, errors and
warnings, and each issue code with the file, line, row and column of every occurrence.
Exit 0 when there are no errors, 1 when there are, 2 on usage errors.
${INPUT}${COMMON}`,
  summarize: `Usage: antq summarize <file> [--period P] [--by DIMS] [--level L] [options]

Aggregates the figures in one streaming pass: flows sum, stocks take their latest level,
ratios are recomputed; qualifiers ("over", "nearly") carry through.
  --period P              only figures inside this period (2023, 2023-Q2, 2013/2017, 2013-08-01/2023-05-24)
  --by DIMS               comma list of indicator,category,unit,reporter,period,program (default indicator,category)
  --granularity G         bucket size with --by period (default year)
  --level L               count each figure for its ancestor at this level (needs --units)
  --as-of D               restate figures onto the unit boundaries of date D (needs --units)
${INPUT}${COMMON}`,
  compare: `Usage: antq compare <file> --current P [--baseline P] [--by DIMS] [--align A] [options]

Compares two periods (e.g. --current 2018/2022 --baseline 2013/2017) in one pass.
  --current P             the current period
  --baseline P            the baseline period (default: the same period a year earlier)
  --align A               calendar|elapsed|rate (default calendar)
  --by DIMS               comma list of indicator,category,unit,reporter,program
  --level L               compare at this unit level (needs --units)
  --as-of D               restate figures onto the unit boundaries of date D (needs --units)

Rows that span a known series break say so; a unit code that names another territory on each
side (a merged province) is not compared unless both sides are restated with --as-of.
${INPUT}${COMMON}`,
  report: `Usage: antq report <file> [--compare CURRENT:BASELINE] [options]

Prints the review's results section (also --format html).
  --compare C:B           add a comparison of two periods, e.g. 2018/2022:2013/2017
  --title T, --unit U, --period P, --date D    report title, unit, period and date
  --as-of D               restate figures onto the unit boundaries of date D (needs --units)
${INPUT}${COMMON.replace('table|csv|json|md', 'table|csv|json|md|html')}`,
  catalog: `Usage: antq catalog [--list indicators|categories|uoms|qualifiers|units] [--units FILE] [options]
${COMMON}`,
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
Exit 1 when a phrase cannot be read.
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
${COMMON.replace('(default table)', '(default csv)')}`,
};
