// Notes out of Backstory: Markdown for reading (grouped by page, with links) and W3C Web
// Annotation JSON for keeping (lossless: lib/notes/import.ts reads it back to identical rows).
import type { NoteRow } from '../notes/schema';
import type { Selector } from '../anchoring/types';

/** Bumped when the JSON export changes in a way an older importer could not read. */
export const EXPORT_VERSION = 1;
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

// ---- Markdown -----------------------------------------------------------------------------

/** Escapes text so a Markdown renderer shows it as written: no markup, no HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split('\n')
    .map((line) =>
      line
        // What would start a heading, list, quote, rule or table at the start of a line.
        .replace(/^(\s*)([#+\-=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** A URL that cannot end or break a Markdown link. */
function linkTarget(url: string): string {
  return url.replace(/[()<>\s\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function positionOf(selectors: Selector[]): number {
  const p = selectors.find((s) => s.type === 'TextPositionSelector');
  return p ? p.start : Number.MAX_SAFE_INTEGER;
}

/** Paragraphs of plain text as Markdown: blank lines kept, single line breaks made hard. */
function paragraphs(text: string, linePrefix = ''): string {
  return escapeMarkdown(text.replace(/\r\n?/g, '\n').trim())
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => linePrefix + l.trim())
        .join('\\\n'),
    )
    .join(`\n${linePrefix.trimEnd()}\n`);
}

/** Groups notes by page (newest page first), each page's notes in reading order. */
export function groupByPage(notes: readonly NoteRow[]): { url: string; title?: string; host: string; notes: NoteRow[] }[] {
  const pages = new Map<string, { url: string; title?: string; host: string; notes: NoteRow[]; newest: number }>();
  for (const note of notes) {
    let page = pages.get(note.url);
    if (!page) pages.set(note.url, (page = { url: note.url, host: note.host, notes: [], newest: 0 }));
    page.title ??= note.pageTitle;
    page.newest = Math.max(page.newest, note.createdAt);
    page.notes.push(note);
  }
  return [...pages.values()]
    .sort((a, b) => b.newest - a.newest)
    .map(({ newest: _newest, ...page }) => ({
      ...page,
      notes: page.notes.sort((a, b) => positionOf(a.selectors) - positionOf(b.selectors) || a.createdAt - b.createdAt),
    }));
}

/** The notes as a Markdown document a person can read: one section per page. */
export function notesToMarkdown(notes: readonly NoteRow[], options: { exportedAt?: number } = {}): string {
  const groups = groupByPage(notes);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const out: string[] = ['# Notes from Backstory', ''];
  const summary = `${count(notes.length, 'note', 'notes')} on ${count(groups.length, 'page', 'pages')}`;
  out.push(options.exportedAt === undefined ? summary : `${summary}, exported ${isoDate(options.exportedAt)}.`, '');
  for (const page of groups) {
    out.push(`## [${escapeMarkdown(page.title?.trim() || page.url)}](${linkTarget(page.url)})`, '');
    out.push(`${escapeMarkdown(page.host)}`, '');
    for (const note of page.notes) {
      out.push(paragraphs(note.quote, '> '), '');
      if (note.body.trim()) out.push(paragraphs(note.body), '');
      const tags = note.tags.map((t) => '#' + escapeMarkdown(t.replace(/\s+/g, '-')));
      const edited = note.updatedAt - note.createdAt > 60_000 ? ` (edited ${isoDate(note.updatedAt)})` : '';
      out.push([...tags, `${isoDate(note.createdAt)}${edited}`].join(' · '), '');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

// ---- W3C Web Annotation -------------------------------------------------------------------

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  body: TextualBody[];
  target: { source: string; selector: Selector[] };
  /** Backstory's own fields, which the Web Annotation model has no place for. */
  backstory: { pageTitle?: string; host: string; quote?: string };
}

export interface WebAnnotationExport {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  generator: 'Backstory';
  backstoryVersion: typeof EXPORT_VERSION;
  total: number;
  items: WebAnnotation[];
}

/** A note as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/). */
export function noteToWebAnnotation(note: NoteRow): WebAnnotation {
  const quote = note.selectors.find((s) => s.type === 'TextQuoteSelector');
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    body: [
      ...(note.body ? [{ type: 'TextualBody', value: note.body, purpose: 'commenting', format: 'text/plain' } as const] : []),
      ...note.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' }) as const),
    ],
    target: { source: note.url, selector: note.selectors.map((s) => ({ ...s })) },
    backstory: {
      ...(note.pageTitle !== undefined ? { pageTitle: note.pageTitle } : {}),
      host: note.host,
      // Only when it differs from the quote selector (it never should), so nothing is lost.
      ...(quote?.exact !== note.quote ? { quote: note.quote } : {}),
    },
  };
}

/** The notes as one Web Annotation collection, the file the importer reads back. */
export function notesToWebAnnotations(notes: readonly NoteRow[]): WebAnnotationExport {
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Notes from Backstory',
    generator: 'Backstory',
    backstoryVersion: EXPORT_VERSION,
    total: notes.length,
    items: notes.map(noteToWebAnnotation),
  };
}
