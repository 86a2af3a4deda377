/**
 * A text with every password it holds masked (`***`): a URL's (`scheme://user:secret@host`, the
 * secret running to the last `@` before a space, so it may hold `@` and `/`) and any given as
 * `password=…` (also `PGPASSWORD=…`; quoted in `'…'` or `"…"`, or up to a space, `&` or `;`).
 * Used for every database error's message and every database address the CLI prints.
 */
export function maskPasswords(text: string): string {
  return text
    .replace(/(password\s*=\s*)('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s&;]*)/gi, '$1***')
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)\S*@/gi, '$1***@');
}
