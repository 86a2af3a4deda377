import type { Issue } from './Issue';
import { makeIssue, type IssueAt } from './makeIssue';

/** For each issue code of a module, a function that writes its message from the issue's data. */
export type IssueMessages<D> = { readonly [C in keyof D]: (data: D[C]) => string };

/** Builds one module's issues: the code, its severity, the data its messages are written from, and where. */
export type IssueBuilder<D> = <C extends keyof D & string>(code: C, severity: Issue['severity'], data: D[C], at?: IssueAt) => Issue;

/**
 * The one place a module's issue messages live, one table per language (as zod 4's locales): the
 * tables are keyed by the module's code union, so a code cannot exist without both its English and
 * its Vietnamese message, and every message is built from the issue's data, never written at the
 * call site.
 */
export function defineIssues<D>(messages: { readonly en: IssueMessages<D>; readonly vi: IssueMessages<D> }): IssueBuilder<D> {
  return (code, severity, data, at = {}) => makeIssue(code, severity, messages.en[code](data), messages.vi[code](data), at);
}
