/** Unified diff of two texts by lines (LCS); files too large for the table fall back to one hunk. */
const MAX_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; line: string };

export function unifiedDiff(a: string, b: string, nameA: string, nameB: string, context = 3): string {
  if (a === b) return '';
  const x = splitLines(a);
  const y = splitLines(b);
  const ops = x.length * y.length > MAX_CELLS ? [...x.map((l) => ({ kind: '-' as const, line: l })), ...y.map((l) => ({ kind: '+' as const, line: l }))] : lcsOps(x, y);
  const out = [`--- ${nameA}`, `+++ ${nameB}`];
  let i = 0;
  let lineA = 1;
  let lineB = 1;
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      lineA++;
      lineB++;
      continue;
    }
    // a hunk starts `context` lines before the change and runs until `2*context` unchanged lines in a row
    const start = Math.max(0, i - context);
    let end = i;
    let unchanged = 0;
    while (end < ops.length && (ops[end].kind !== ' ' || unchanged < 2 * context)) {
      unchanged = ops[end].kind === ' ' ? unchanged + 1 : 0;
      end++;
    }
    end = Math.min(ops.length, end - Math.max(0, unchanged - context));
    const back = i - start;
    let aStart = lineA - back;
    let bStart = lineB - back;
    const hunk = ops.slice(start, end);
    const aLen = hunk.filter((o) => o.kind !== '+').length;
    const bLen = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aLen ? aStart : aStart - 1},${aLen} +${bLen ? bStart : bStart - 1},${bLen} @@`);
    for (const o of hunk) out.push(o.kind + o.line);
    for (let k = i; k < end; k++) {
      if (ops[k].kind !== '+') lineA++;
      if (ops[k].kind !== '-') lineB++;
    }
    aStart = lineA;
    bStart = lineB;
    i = end;
  }
  return out.join('\n') + '\n';
}

function splitLines(s: string): string[] {
  const lines = s.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function lcsOps(x: string[], y: string[]): Op[] {
  const n = x.length;
  const m = y.length;
  const w = m + 1;
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = x[i] === y[j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      ops.push({ kind: ' ', line: x[i] });
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) ops.push({ kind: '-', line: x[i++] });
    else ops.push({ kind: '+', line: y[j++] });
  }
  while (i < n) ops.push({ kind: '-', line: x[i++] });
  while (j < m) ops.push({ kind: '+', line: y[j++] });
  return ops;
}
