const VOID = new Set(['meta', 'link', 'br', 'hr', 'img', 'input', 'source', 'wbr']);
const RAW_TEXT = new Set(['style', 'title']);

/** What a small HTML checker found: the problems, and the element names in document order. */
export interface HtmlCheck {
  readonly errors: string[];
  readonly elements: string[];
}

/**
 * A small well-formedness checker for the generated pages: every non-void element is closed in
 * order, attribute values are quoted, and text holds no raw `<`, `>` or bare `&`.
 */
export function checkHtml(html: string): HtmlCheck {
  const errors: string[] = [];
  const elements: string[] = [];
  const stack: string[] = [];
  let rest = html.replace(/^<!DOCTYPE html>\s*/i, '');
  const tag = /^<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>/;
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    if (/>/.test(text)) errors.push(`raw ">" in text: ${text.slice(0, 40)}`);
    if (/&(?!(#\d+|[a-z]+);)/.test(text)) errors.push(`bare "&" in text: ${text.slice(0, 40)}`);
    if (lt < 0) break;
    rest = rest.slice(lt);
    const m = tag.exec(rest);
    if (m === null) {
      errors.push(`malformed tag at: ${rest.slice(0, 40)}`);
      break;
    }
    const [all, close, rawName, , selfClose] = m;
    const name = (rawName ?? '').toLowerCase();
    rest = rest.slice(all.length);
    if (close === '/') {
      const open = stack.pop();
      if (open !== name) errors.push(`</${name}> closes <${open ?? 'nothing'}>`);
      continue;
    }
    elements.push(name);
    if (selfClose === '/' || VOID.has(name)) continue;
    if (RAW_TEXT.has(name) && stack.at(-1) !== 'svg') {
      const end = rest.indexOf(`</${name}>`);
      if (end < 0) {
        errors.push(`<${name}> not closed`);
        break;
      }
      if (rest.slice(0, end).includes('<')) errors.push(`"<" inside <${name}>`);
      rest = rest.slice(end + name.length + 3);
      continue;
    }
    stack.push(name);
  }
  if (stack.length > 0) errors.push(`unclosed: ${stack.join(' > ')}`);
  return { errors, elements };
}
