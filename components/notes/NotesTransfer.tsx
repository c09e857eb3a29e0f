// Export the listed scope as Markdown or W3C Web Annotation JSON; import a JSON export back,
// with a report of what was added, skipped and refused (and why).
import { useRef, useState } from 'preact/hooks';
import type { ImportOutcome } from '@/lib/messages/protocol';
import { importReportText, rejectedLine } from './wording';

export type ImportResult = { ok: true; fileName: string; outcome: ImportOutcome } | { ok: false; fileName: string; error: string };

interface Props {
  /** Resolves with the reader-facing error, or null once the download was handed to the browser. */
  exportNotes: (format: 'markdown' | 'annotations') => Promise<string | null>;
  importFile: (file: File) => Promise<ImportResult>;
  /** What the export buttons cover, e.g. 'this page's notes'. */
  scopeLabel: string;
}

/** Past this many refused items the report lists the first ones and says how many more. */
const REJECTED_SHOWN = 50;

export function ImportReport({ result, onClose }: { result: ImportResult; onClose?: () => void }) {
  return (
    <div class={`import-report${result.ok ? '' : ' import-failed'}`} data-testid="import-report">
      {result.ok ? (
        <>
          <p class="import-summary">
            {result.fileName && <span class="import-file">{result.fileName}: </span>}
            {importReportText(result.outcome)}
          </p>
          {result.outcome.rejected.length > 0 && (
            <>
              <p class="hint">Not imported:</p>
              <ul class="import-rejected" data-testid="import-rejected">
                {result.outcome.rejected.slice(0, REJECTED_SHOWN).map((r) => (
                  <li key={r.index}>{rejectedLine(r)}</li>
                ))}
              </ul>
              {result.outcome.rejected.length > REJECTED_SHOWN && (
                <p class="hint">…and {result.outcome.rejected.length - REJECTED_SHOWN} more.</p>
              )}
            </>
          )}
        </>
      ) : (
        <p class="import-summary">
          {result.fileName ? `${result.fileName} was not imported. ` : 'Nothing was imported. '}
          {result.error}
        </p>
      )}
      {onClose && (
        <button type="button" class="link-button" data-testid="import-report-close" onClick={onClose}>
          Close report
        </button>
      )}
    </div>
  );
}

export function NotesTransfer({ exportNotes, importFile, scopeLabel }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'markdown' | 'annotations' | 'import' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ImportResult | null>(null);

  const runExport = async (format: 'markdown' | 'annotations') => {
    setBusy(format);
    setProblem(null);
    const error = await exportNotes(format);
    setBusy(null);
    setProblem(error);
  };

  const onFile = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy('import');
    setProblem(null);
    setReport(null);
    const result = await importFile(file);
    // Let the same file be chosen again (after fixing it, say).
    if (input.current) input.current.value = '';
    setBusy(null);
    setReport(result);
  };

  return (
    <section class="notes-transfer" aria-label="Export and import notes">
      <div class="transfer-actions">
        <button
          type="button"
          class="button button-quiet"
          data-testid="notes-export-markdown"
          disabled={busy !== null}
          title={`Download ${scopeLabel} as a Markdown file`}
          onClick={() => void runExport('markdown')}
        >
          {busy === 'markdown' ? 'Exporting…' : 'Export Markdown'}
        </button>
        <button
          type="button"
          class="button button-quiet"
          data-testid="notes-export-json"
          disabled={busy !== null}
          title={`Download ${scopeLabel} as W3C Web Annotation JSON, which Import reads back`}
          onClick={() => void runExport('annotations')}
        >
          {busy === 'annotations' ? 'Exporting…' : 'Export JSON (Web Annotation)'}
        </button>
        <button
          type="button"
          class="button button-quiet"
          data-testid="notes-import-button"
          disabled={busy !== null}
          title="Add notes from a JSON file exported by Backstory (or other W3C Web Annotations)"
          onClick={() => input.current?.click()}
        >
          {busy === 'import' ? 'Importing…' : 'Import…'}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="notes-import"
          onChange={() => void onFile()}
        />
      </div>
      {problem && (
        <p class="action-problem" role="alert" data-testid="notes-transfer-problem">
          {problem}
        </p>
      )}
      <div role="status" aria-live="polite">
        {report && <ImportReport result={report} onClose={() => setReport(null)} />}
      </div>
    </section>
  );
}
