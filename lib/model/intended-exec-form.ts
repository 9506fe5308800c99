/**
 * CMD ["python",'app.py'] and CMD [crond, -f] look like exec form but are not JSON (every item
 * needs double quotes), so Docker runs them through /bin/sh as the command `[crond,` — the
 * container cannot start. This reads the list the author meant.
 */
import type { Instruction } from './types';

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '\u201c': '\u201d', '\u2018': '\u2019' };

/** The argv a bracketed shell-form instruction meant, or null when it is not such a list. */
export function intendedExecForm(ins: Instruction): string[] | null {
  if (ins.form !== 'shell' || ins.heredocs.length) return null;
  const text = ins.argsText.trim();
  if (!text.startsWith('[') || !text.endsWith(']') || text.includes('\n')) return null;
  const body = text.slice(1, -1);
  const items: string[] = [];
  let i = 0;
  const skipSpaces = () => {
    while (i < body.length && (body[i] === ' ' || body[i] === '\t')) i++;
  };
  while (true) {
    skipSpaces();
    if (i >= body.length) break;
    const close = QUOTES[body[i]];
    let item = '';
    if (close) {
      let j = i + 1;
      while (j < body.length && body[j] !== close) {
        if (body[j] === '\\' && close === '"' && j + 1 < body.length) j++;
        item += body[j++];
      }
      if (j >= body.length) return null;
      i = j + 1;
    } else {
      let j = i;
      while (j < body.length && body[j] !== ',') j++;
      item = body.slice(i, j).trim();
      // an unquoted item with spaces or quotes inside is not a list item anyone meant
      if (!item || /[\s"'\u201c\u201d\u2018\u2019]/.test(item)) return null;
      i = j;
    }
    items.push(item);
    skipSpaces();
    if (i >= body.length) break;
    if (body[i] !== ',') return null;
    i++;
  }
  return items.length && items[0] !== '' ? items : null;
}
