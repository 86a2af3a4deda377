import { AntqError } from '../errors/AntqError';
import { renderHtml } from './internal/renderHtml';
import { renderMarkdown } from './internal/renderMarkdown';
import { renderText } from './internal/renderText';
import type { Report, ReportLang } from './Report';

/**
 * Options of {@link renderReport}.
 *
 * @category Reports
 */
export interface RenderReportOptions {
  /** `md` (Markdown with aligned tables), `text` (plain text for terminals) or `html` (one self-contained page). */
  readonly format: 'md' | 'text' | 'html';
  /** The language to write; a report holds both. */
  readonly lang: ReportLang;
}

/**
 * Writes a report out as Markdown, plain text or one self-contained HTML page. HTML has inline
 * CSS and an inline SVG bar chart per comparison chart (current against baseline, with the
 * values as text), no scripts and no external assets; every text is escaped and the page
 * carries the `lang` attribute. Markdown tables and text tables have padded, aligned columns;
 * charts become text bars there.
 *
 * @param report - a report from {@link buildReport}
 * @param options - format and language
 * @returns the document text, ending with a newline
 * @throws {@link AntqError} `invalid_option` for an unknown format or language
 * @example
 * ```ts
 * const report = buildReport([{ unit: '42', indicator: 'marches', value: 35, period: '2023' }]);
 * renderReport(report, { format: 'text', lang: 'vi' }).includes('35 đợt tuần hành');
 * // => true
 * renderReport(report, { format: 'html', lang: 'en' }).startsWith('<!DOCTYPE html>\n<html lang="en">');
 * // => true
 * ```
 * @category Reports
 */
export function renderReport(report: Report, options: RenderReportOptions): string {
  // JavaScript callers can pass anything: the language is checked at run time.
  const lang: unknown = (options as Partial<RenderReportOptions> | null | undefined)?.lang;
  if (lang !== 'vi' && lang !== 'en') {
    throw new AntqError('invalid_option', 'renderReport: lang must be "vi" or "en"');
  }
  switch (options.format) {
    case 'md':
      return renderMarkdown(report, options.lang);
    case 'text':
      return renderText(report, options.lang);
    case 'html':
      return renderHtml(report, options.lang);
    default:
      throw new AntqError('invalid_option', `renderReport: unknown format ${JSON.stringify(String(options.format))}`);
  }
}
