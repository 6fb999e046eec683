// Maps a column in a line of transpiled code back to the same line as the reader wrote it. Sucrase keeps every
// line where it was but changes what is on it (types removed; `sigmoid(x)` becomes
// `_math.sigmoid.call(void 0, x)`), and its own source map loses track after some template literals, so the
// two lines are matched token by token (longest common subsequence) and a column lands on the matching token,
// or on the nearest matched token before it when the transform inserted the token (`call` -> `sigmoid`).

interface Token {
  text: string;
  /** 0-based. */
  column: number;
}

const TOKEN = /[\p{L}_$][\p{L}\p{N}_$]*|\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?|\S/gu;
/** Beyond this many token pairs the table is not worth building; the column is then kept as it is. */
const MAX_CELLS = 250_000;

function tokenize(line: string): Token[] {
  return [...line.matchAll(TOKEN)].map((match) => ({ text: match[0], column: match.index }));
}

/** For each generated token, the index of the source token it matches, or -1. */
function match(generated: readonly Token[], source: readonly Token[]): number[] {
  const n = generated.length;
  const m = source.length;
  // lengths[i][j]: longest common subsequence of generated[i..] and source[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lengths[i] as Uint16Array;
    const below = lengths[i + 1] as Uint16Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = generated[i]?.text === source[j]?.text ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs = new Array<number>(n).fill(-1);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (generated[i]?.text === source[j]?.text) {
      pairs[i] = j;
      i++;
      j++;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** The 1-based column in `source` that corresponds to 1-based `column` in `generated`. */
export function alignColumn(generated: string, source: string, column: number): number {
  if (generated === source) return column;
  const g = tokenize(generated);
  const s = tokenize(source);
  if (g.length * s.length > MAX_CELLS) return Math.min(column, source.length + 1);
  const pairs = match(g, s);
  let at = -1;
  for (let i = 0; i < g.length && (g[i]?.column ?? 0) <= column - 1; i++) at = i;
  for (let i = at; i >= 0; i--) {
    const j = pairs[i] ?? -1;
    const token = g[i];
    const target = s[j];
    if (j < 0 || !token || !target) continue;
    const inside = i === at ? Math.min(column - 1 - token.column, target.text.length - 1) : 0;
    return target.column + Math.max(0, inside) + 1;
  }
  return (s[0]?.column ?? 0) + 1;
}
