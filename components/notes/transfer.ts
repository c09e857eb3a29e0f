// Export to a downloaded file and import from a chosen file, through the background.
import { downloadText } from './download';
import type { ImportResult } from './NotesTransfer';
import type { NotesScope } from '@/lib/messages/protocol';
import { errorMessage } from '@/lib/errors';
import { notesApi } from './notes-api';

/** The background accepts import text up to 50 MB. */
const MAX_IMPORT_BYTES = 50_000_000;

/** Downloads the scope's notes; resolves with the file name, or the reader-facing error. */
export async function exportToFile(format: 'markdown' | 'annotations', scope: NotesScope): Promise<{ ok: true; fileName: string } | { ok: false; error: string }> {
  const answer = await notesApi.exportNotes(format, scope);
  if (!answer.ok) return { ok: false, error: `The notes were not exported. ${answer.error}` };
  downloadText(answer.value.text, answer.value.fileName, answer.value.mime);
  return { ok: true, fileName: answer.value.fileName };
}

export async function importFromFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, fileName: file.name, error: 'The file is too large to import (at most 50 MB).' };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, fileName: file.name, error: `The file could not be read (${errorMessage(error)}).` };
  }
  const answer = await notesApi.importNotes(text);
  return answer.ok ? { ok: true, fileName: file.name, outcome: answer.value } : { ok: false, fileName: file.name, error: answer.error };
}
