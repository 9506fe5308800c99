/** Splits instruction arguments into words the way Docker's word processing does: blanks separate,
 * quotes group and are removed, the escape character protects the next character. */
export interface RawWord {
  value: string;
  start: number;
  end: number;
}

export function splitWords(text: string, escapeChar: string): RawWord[] {
  const words: RawWord[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let value = '';
    let quote: string | null = null;
    while (i < n) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = null;
        else if (c === escapeChar && quote === '"' && i + 1 < n) value += text[++i];
        else value += c;
        i++;
        continue;
      }
      if (isBlank(text.charCodeAt(i))) break;
      if (c === '"' || c === "'") quote = c;
      else if (c === escapeChar && i + 1 < n) value += text[++i];
      else value += c;
      i++;
    }
    words.push({ value, start, end: i });
  }
  return words;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Exec form: a JSON array of strings, as Docker accepts it. Anything else is shell form. */
export function parseExecForm(text: string): string[] | null {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return null;
  try {
    const v: unknown = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    return null;
  }
  return null;
}
