// This page's notes split by whether the page could place their passage. Orphans are listed in
// their own group, never dropped.
import type { NoteRow } from '@/lib/notes/schema';
import type { NoteAnchors } from '@/lib/messages/protocol';

export function splitByAnchors(notes: readonly NoteRow[], anchors: NoteAnchors | null): { placed: NoteRow[]; orphans: NoteRow[] } {
  if (!anchors || anchors.orphaned.length === 0) return { placed: [...notes], orphans: [] };
  const orphaned = new Set(anchors.orphaned);
  const placed: NoteRow[] = [];
  const orphans: NoteRow[] = [];
  for (const note of notes) (orphaned.has(note.id) ? orphans : placed).push(note);
  return { placed, orphans };
}
