// The public API of antq, one name at a time. Nothing is exported that is not listed here.

// errors
export { AntqError } from './errors/AntqError';
export { ValidationError } from './errors/ValidationError';
export { isAntqError } from './errors/isAntqError';
export type { Issue } from './errors/Issue';
export type { ParseResult } from './errors/ParseResult';

// quantities
export { QUALIFIERS } from './quantity/Qualifier';
export type { Qualifier } from './quantity/Qualifier';
export type { SchemaIssueCode } from './errors/SchemaIssueCode';
export type { QuantityIssueCode } from './quantity/QuantityIssueCode';
export type { PeriodIssueCode } from './period/PeriodIssueCode';
export type { ViNumberIssueCode } from './viNumber/ViNumberIssueCode';
export type { ViDateIssueCode } from './viDate/ViDateIssueCode';
export type { CatalogueIssueCode } from './catalogue/CatalogueIssueCode';
export type { CompareIssueCode } from './compare/CompareIssueCode';
export type { ReportIssueCode } from './report/ReportIssueCode';
export type { UnitsIssueCode } from './units/UnitsIssueCode';
export { UOMS } from './quantity/Uom';
export type { Uom } from './quantity/Uom';
export { quantity } from './quantity/quantity';
export type { Quantity, QuantityOptions } from './quantity/quantity';
export { UOM_CONVERSIONS } from './quantity/UomConversion';
export type { UomConversion } from './quantity/UomConversion';
export { combineQualifiers } from './quantity/combineQualifiers';
export { differenceQualifier } from './quantity/differenceQualifier';
export { qualifierWord } from './quantity/qualifierWord';
export { sumQuantities } from './quantity/sumQuantities';
export type { SumQuantitiesOptions } from './quantity/sumQuantities';
export { addQuantities } from './quantity/addQuantities';
export { subtractQuantities } from './quantity/subtractQuantities';
export { scaleQuantity } from './quantity/scaleQuantity';
export { compareQuantities } from './quantity/compareQuantities';
export type { QuantityComparison } from './quantity/compareQuantities';
export { convertQuantity } from './quantity/convertQuantity';
export { formatEnQuantity } from './quantity/formatEnQuantity';
export type { FormatEnQuantityOptions } from './quantity/formatEnQuantity';

// Vietnamese numbers
export { parseViNumber } from './viNumber/parseViNumber';
export type { ParseViNumberOptions } from './viNumber/parseViNumber';
export { parseViQuantity } from './viNumber/parseViQuantity';
export { readViNumberWords } from './viNumber/readViNumberWords';
export type { ViQuantity } from './viNumber/parseViQuantity';
export { formatViNumber } from './viNumber/formatViNumber';
export type { FormatViNumberOptions } from './viNumber/formatViNumber';
export { formatViQuantity } from './viNumber/formatViQuantity';
export type { FormatViQuantityOptions } from './viNumber/formatViQuantity';

// catalogue
export { BUILTIN_CATALOGUE } from './catalogue/builtinCatalogue';
export type { BuiltinIndicatorId } from './catalogue/builtinCatalogue';
export type { Catalogue, CategoryCode, CategoryDef, CategoryFacet, IndicatorDef, IndicatorId, IndicatorKind, TimeAggregation, UnitAggregation } from './catalogue/Catalogue';
export { categoryAncestors } from './schema/categoryAncestors';
export { isCategoryWithin } from './catalogue/isCategoryWithin';
export { getCategory } from './catalogue/getCategory';
export { namedCategory } from './catalogue/namedCategory';
export { getIndicator } from './catalogue/getIndicator';
export { hasIndicator } from './catalogue/hasIndicator';
export { extendCatalogue } from './catalogue/extendCatalogue';
export type { CatalogueExtension, ExtendedCatalogue } from './catalogue/extendCatalogue';
export { defineCatalogue } from './catalogue/defineCatalogue';
export { eventsToFigures } from './catalogue/eventsToFigures';
export type { EventLike, EventsToFiguresOptions } from './catalogue/eventsToFigures';

// domain schemas
export { AdminUnitBaseSchema, AdminUnitSchema, UnitSuccessorSchema } from './schema/AdminUnitSchema';
export type { AdminUnit, AdminUnitInput } from './schema/AdminUnitSchema';
export { IsoDateSchema } from './period/IsoDateSchema';
export type { IsoDate } from './period/IsoDateSchema';
export { UNIT_LEVELS } from './schema/UnitLevel';
export type { UnitLevel } from './schema/UnitLevel';
export { STATISTICS } from './schema/Statistic';
export type { Statistic } from './schema/Statistic';
export { ORGANISATION_KINDS, MEMBER_ORGANISATIONS } from './schema/Organisation';
export type { OrganisationKind, MemberOrganisation } from './schema/Organisation';
export { FigureBaseSchema, FigureSchema } from './schema/FigureSchema';
export type { Figure, FigureInput } from './schema/FigureSchema';
export type { FigureOf } from './catalogue/FigureOf';
export { splitReporter } from './schema/splitReporter';
export { CategoryDefSchema, IndicatorBaseSchema, IndicatorSchema } from './schema/IndicatorSchema';
export type { Indicator, IndicatorInput } from './schema/IndicatorSchema';
export { normalizeProgrammeCode } from './schema/normalizeProgrammeCode';
export { PhaseSchema, ProgrammeBaseSchema, ProgrammeSchema } from './schema/ProgrammeSchema';
export type { Programme, ProgrammeInput } from './schema/ProgrammeSchema';
export { OrganisationBaseSchema, OrganisationSchema } from './schema/OrganisationSchema';
export type { Organisation, OrganisationInput } from './schema/OrganisationSchema';
export { MODEL_TYPES, RecognitionSchema, SelfManagementModelBaseSchema, SelfManagementModelSchema } from './schema/SelfManagementModelSchema';
export type { SelfManagementModel, SelfManagementModelInput } from './schema/SelfManagementModelSchema';
export { CommendationBaseSchema, CommendationSchema } from './schema/CommendationSchema';
export type { Commendation, CommendationInput } from './schema/CommendationSchema';
export { EVENT_SCHEMAS, EventBaseSchema, EventSchema, HandoverItemSchema } from './schema/EventSchema';
export type { Event, EventInput, EventKind } from './schema/EventSchema';

// validation
export { validateFigures } from './validate/validateFigures';
export type { FigureValidation, ValidateFiguresOptions } from './validate/validateFigures';
export { parseFigures } from './validate/parseFigures';
export { safeParseFigures } from './validate/safeParseFigures';
export { parseWith } from './validate/parseWith';
export { safeParseWith } from './validate/safeParseWith';
export { validateCatalogue } from './catalogue/validateCatalogue';

// periods
export { PERIOD_KINDS } from './period/Period';
export type { Period, PeriodKind } from './period/Period';
export { PERIOD_GRANULARITIES } from './period/PeriodGranularity';
export type { PeriodGranularity } from './period/PeriodGranularity';
export { isoDateToDay } from './period/isoDateToDay';
export { dayToIsoDate } from './period/dayToIsoDate';
export { dayToYear } from './period/dayToYear';
export { dayToPeriodKey } from './period/dayToPeriodKey';
export { periodFromKey } from './period/periodFromKey';
export { periodContaining } from './period/periodContaining';
export { parsePeriod } from './period/parsePeriod';
export { formatPeriod } from './period/formatPeriod';
export type { FormatPeriodOptions } from './period/formatPeriod';
export { periodLength } from './period/periodLength';
export { periodContains } from './period/periodContains';
export { periodsOverlap } from './period/periodsOverlap';
export { previousPeriod } from './period/previousPeriod';
export { samePeriodLastYear } from './period/samePeriodLastYear';
export { officialPeriod } from './period/officialPeriod';
export { dateRange } from './period/dateRange';
export { namedPhase } from './period/namedPhase';
export { programmePhase } from './period/programmePhase';
export { yearToDate } from './period/yearToDate';
export { thisYear } from './period/thisYear';
export { lastMonths } from './period/lastMonths';
export type { LastMonthsOptions } from './period/lastMonths';

// Vietnamese dates
export { parseViDate } from './viDate/parseViDate';
export type { ViDate, ViDateOptions } from './viDate/parseViDate';
export { parseViPeriod } from './viDate/parseViPeriod';
export type { ViPeriod } from './viDate/parseViPeriod';
export { findViDates } from './viDate/findViDates';
export type { ViDateMatch } from './viDate/findViDates';

// figure tables (columns, built once)
export type { FigureTable, FigureTableColumn } from './table/FigureTable';
export { encodeFigures } from './table/encodeFigures';
export type { EncodeFiguresOptions } from './table/encodeFigures';
export { isFigureTable } from './table/isFigureTable';

// aggregation
export { GROUP_DIMENSIONS } from './engine/GroupDimension';
export type { GroupDimension } from './engine/GroupDimension';
export type { AggregateOptions } from './engine/AggregateOptions';
export type { FigureFilter } from './engine/FigureFilter';
export type { AggregateRow, AggregateValue, AggregateResult, Coverage, ExclusionReason, Exclusions, RowGroup } from './engine/AggregateRow';
export type { PartialAggregate, PartialCell, PartialObservation, PartialSums } from './engine/PartialAggregate';
export { createAggregator } from './engine/createAggregator';
export type { Aggregator } from './engine/createAggregator';
export { aggregate } from './engine/aggregate';
export { aggregateAsync } from './engine/aggregateAsync';
export { mergePartials } from './engine/mergePartials';
export { finalizePartial } from './engine/finalizePartial';

// comparison
export type { Alignment, ComparisonBasis, ComparisonReason, Change, ComparedValue, ComparisonRow, ComparisonSide, PeriodComparison } from './compare/ComparisonRow';
export { alignPeriods } from './compare/alignPeriods';
export type { AlignedPeriods } from './compare/alignPeriods';
export { comparePeriods } from './compare/comparePeriods';
export type { ComparePeriodsOptions } from './compare/comparePeriods';
export { compareResults } from './compare/compareResults';
export type { CompareResultsOptions } from './compare/compareResults';
export { compareSeries } from './compare/compareSeries';
export type { CompareSeriesOptions, SeriesStep, SeriesRow, SeriesComparison } from './compare/compareSeries';
export { rankByChange } from './compare/rankByChange';
export type { RankByChangeOptions, RankedComparisonRow } from './compare/rankByChange';

// units
export { createUnitRegistry } from './units/createUnitRegistry';
export type { UnitsOption } from './units/UnitsOption';
export type { UnitRegistry, FindUnitOptions, DescendantsOptions, Restatement, RestateTarget, RestateStep, RestateStepKind, UnitChange } from './units/UnitRegistry';
export { unitVersionId } from './units/unitVersionId';
export { isUnitValidAt } from './units/isUnitValidAt';
export { referenceProvinces } from './units/referenceProvinces';
export { vnProvinceRegistry } from './units/vnProvinceRegistry';
export { VN_PROVINCE_CROSSWALK_2025 } from './units/data/VN_PROVINCE_CROSSWALK_2025';
export type { VnProvinceCrosswalkRow } from './units/data/VN_PROVINCE_CROSSWALK_2025';
export { VN_SERIES_BREAKS } from './units/SeriesBreak';
export type { SeriesBreak } from './units/SeriesBreak';
export { seriesBreaksCrossed } from './units/seriesBreaksCrossed';
export type { SeriesBreakOptions } from './units/seriesBreaksCrossed';

// io
export { parseCsv } from './io/csv/parseCsv';
export { readCsv } from './io/csv/readCsv';
export { toCsv } from './io/csv/toCsv';
export { writeCsvRows } from './io/csv/writeCsvRows';
export { readNdjson } from './io/ndjson/readNdjson';
export { parseNdjson } from './io/ndjson/parseNdjson';
export { toNdjson } from './io/ndjson/toNdjson';
export { writeNdjson } from './io/ndjson/writeNdjson';
export { parseJsonArray } from './io/json/parseJsonArray';
export type { TableIssue } from './io/TableIssue';
export type { TextSource } from './io/TextSource';
export type { CsvRecord } from './io/csv/CsvRecord';
export type { CsvDelimiter, CsvReadOptions } from './io/csv/CsvReadOptions';
export type { CsvCellValue, CsvWriteOptions } from './io/csv/CsvWriteOptions';
export type { CsvTable } from './io/csv/parseCsv';
export type { CsvBatch } from './io/csv/readCsv';
export type { NdjsonRecord } from './io/ndjson/NdjsonRecord';
export type { NdjsonReadOptions } from './io/ndjson/NdjsonReadOptions';
export type { NdjsonBatch } from './io/ndjson/readNdjson';

// reports
export { buildReport, buildReportFromResults } from './report/buildReport';
export type { BuildReportOptions, ReportResults } from './report/buildReport';
export { renderReport } from './report/renderReport';
export type { RenderReportOptions } from './report/renderReport';
export type { Report, ReportLang, LocalizedText, ReportSectionId, ReportSection, ReportTable, ReportColumn, ReportChart, ReportChartBar } from './report/Report';

// extraction
export { extractFigures } from './extract/extractFigures';
export type { ExtractFiguresOptions, ExtractFiguresResult, ExtractedFigure, ExtractedNumber, UnclassifiedReason } from './extract/extractFigures';
export { extractFiguresStream } from './extract/extractFiguresStream';
export type { ExtractFiguresStreamOptions, ExtractedBatch } from './extract/extractFiguresStream';

// import / export
export { FIGURE_COLUMNS } from './import/FIGURE_COLUMNS';
export type { FigureColumn } from './import/FIGURE_COLUMNS';
export { createFigureValidator } from './import/createFigureValidator';
export type { FigureValidator, FigureValidatorOptions, FigureCheck, RowLocation } from './import/createFigureValidator';
export { readFigures } from './import/readFigures';
export type { FigureFormat, ReadFiguresOptions, RejectedRow, FigureBatch } from './import/readFigures';
export { importFigures } from './import/importFigures';
export type { ImportFiguresOptions } from './import/importFigures';
export type { ImportReport, IssueGroup, IssueOccurrence } from './import/ImportReport';
export { writeFigures } from './import/writeFigures';
export type { WriteFiguresOptions } from './import/writeFigures';
