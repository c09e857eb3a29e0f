// Where a site's coverage is focused, from GDELT's count of the places its articles mention
// (public/outlets/coverage-gdelt.tsv). The table is tens of thousands of lines: it is kept as
// its sorted lines and searched by halving, so reading it costs one split and no object per row.
import { COVERAGE_FORMAT, type CoverageHeader } from './data-format';
import { splitFile } from './data-text';
import { linesWithKey } from './sorted-lines';
import type { CoverageFocus } from './types';

export interface CoverageTable {
  header: CoverageHeader;
  /** Data lines 'host\tCC\tmentions\tshare', sorted by host (code-unit order). */
  lines: readonly string[];
}

/** Reads the file's text (see data-format.ts). */
export function parseCoverage(text: string): CoverageTable {
  const { header, rows } = splitFile<CoverageHeader>(text);
  if (header.format !== COVERAGE_FORMAT) throw new Error(`unknown coverage format ${String(header.format)}`);
  return { header, lines: rows };
}

/** The coverage row for exactly this host (no www.), or null. */
export function coverageOfHost(table: CoverageTable, host: string): CoverageFocus | null {
  const [line] = linesWithKey(table.lines, host);
  if (!line) return null;
  const [, country, mentions, share] = line.split('\t');
  return { country, mentions: Number(mentions), share: Number(share) };
}

/**
 * The coverage of a page's site: its own host first (a sub-site GDELT counted apart), then each
 * parent host up to `upTo` (the registrable domain; for an outlet that is only one host of a
 * shared domain, that host: it must not inherit the whole domain's figures).
 */
export function coverageFor(table: CoverageTable, bareHost: string, upTo: string): CoverageFocus | null {
  if (bareHost !== upTo && !bareHost.endsWith(`.${upTo}`)) return null;
  let host = bareHost;
  for (;;) {
    const found = coverageOfHost(table, host);
    if (found || host === upTo) return found;
    host = host.slice(host.indexOf('.') + 1);
  }
}
