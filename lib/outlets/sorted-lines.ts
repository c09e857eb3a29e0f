// Lines sorted by their first tab-separated column, searched by halving: the directory's files
// are read as text split into lines, with no object built per row, so loading them is one split.

const keyOf = (line: string) => {
  const tab = line.indexOf('\t');
  return tab < 0 ? line : line.slice(0, tab);
};

/** The lines whose first column is `key` (adjacent, since the lines are sorted). */
export function linesWithKey(lines: readonly string[], key: string): string[] {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(lines[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < lines.length && keyOf(lines[i]) === key; i++) found.push(lines[i]);
  return found;
}

/** Whether lines are sorted by their first column (code-unit order), as linesWithKey needs. */
export function sortedByKey(lines: readonly string[]): boolean {
  for (let i = 1; i < lines.length; i++) if (keyOf(lines[i - 1]) > keyOf(lines[i])) return false;
  return true;
}

/** Sorts lines by their first column, keeping the order of lines with the same key. */
export function sortByKey(lines: string[]): string[] {
  return lines
    .map((line, i) => ({ line, i, key: keyOf(line) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    .map((x) => x.line);
}
