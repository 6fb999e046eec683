// Cuts one top-level declaration, with the comment lines just above it, out of a module's source text, so a
// lesson can show the real code of `sigmoid` rather than a copy that could drift.

const declaration = (name: string) =>
  new RegExp(`^export\\s+(?:async\\s+)?(?:function\\*?\\s+${name}\\b|const\\s+${name}\\b|interface\\s+${name}\\b|type\\s+${name}\\b)`);

function isCommentLine(line: string): boolean {
  const text = line.trim();
  return text.startsWith('//') || text.startsWith('/*') || text.startsWith('*');
}

export function extractDeclaration(source: string, name: string): string {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => declaration(name).test(line));
  if (start < 0) throw new Error(`No top-level export named "${name}" in the source`);
  let first = start;
  while (first > 0 && isCommentLine(lines[first - 1] ?? '')) first--;
  let last = start;
  const opensBlock = /[{(]\s*$/.test(lines[start] ?? '') || !/;\s*$/.test(lines[start] ?? '');
  if (opensBlock) {
    while (last < lines.length - 1 && !/^[}\])]/.test(lines[last] ?? '')) last++;
  }
  return lines.slice(first, last + 1).join('\n');
}
