// Reading the corpus's tables: UTF-8, tab-separated, unquoted, a header row, gzipped or not.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export type Row = Record<string, string>;

export function readTable(file: string, separator = '\t'): Row[] {
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  const header = splitLine(lines[0], separator);
  return lines.slice(1).map((line) => {
    const cells = splitLine(line, separator);
    const row: Row = {};
    header.forEach((name, i) => (row[name] = (cells[i] ?? '').trim()));
    return row;
  });
}

// The TSVs are unquoted; the one CSV (qui-possede-les-medias) quotes cells that hold commas.
function splitLine(line: string, separator: string): string[] {
  if (separator === '\t') return line.split('\t');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** A cell holding several values separated by ' | '. */
export function many(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(' | ')
    .map((v) => v.trim())
    .filter(Boolean);
}
