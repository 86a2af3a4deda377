import type { Issue } from './Issue';

/** Where an issue sits; every field optional. */
export interface IssueAt {
  readonly path?: readonly (string | number)[];
  readonly row?: number;
  readonly line?: number;
  readonly column?: string;
  readonly position?: number;
}

/** Builds an issue without writing `undefined` into optional fields (exactOptionalPropertyTypes). */
export function makeIssue(
  code: string,
  severity: Issue['severity'],
  message: string,
  messageVi: string,
  at: IssueAt = {},
): Issue {
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    code,
    severity,
    path: at.path ?? [],
    message,
    messageVi,
  };
  if (at.row !== undefined) issue.row = at.row;
  if (at.line !== undefined) issue.line = at.line;
  if (at.column !== undefined) issue.column = at.column;
  if (at.position !== undefined) issue.position = at.position;
  return issue;
}
