// The options page's "Your outlet lists": ratings lists the reader imported (their newsroom's,
// a researcher's), shown in the side panel as assessments by the list's name. Import a CSV or
// JSON file, see what was read and what was skipped, remove a list.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderListRow } from '@/lib/db/database';
import { parseBroadcast } from '@/lib/messages/boundary';
import type { ListImportOutcome } from '@/lib/messages/protocol';
import { outletApi } from './outlet-api';
import { formatDay, importSummary } from './outlet-labels';
import { errorMessage } from '@/lib/errors';

/** Same limit as lib/outlets/reader-lists.ts, checked before the file is read. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Past this many skipped lines the report lists the first ones and says how many more. */
const SKIPPED_SHOWN = 50;

export type ListImportReport =
  | { ok: true; outcome: ListImportOutcome }
  | { ok: false; fileName: string; error: string };

export function ListReport({ report }: { report: ListImportReport }) {
  if (!report.ok) {
    return (
      <div class="list-report list-refused" role="alert" data-testid="reader-list-report">
        <p class="list-report-summary">
          {report.fileName ? `${report.fileName} was not imported. ` : ''}
          {report.error}
        </p>
        <p class="list-report-summary">Nothing was changed.</p>
      </div>
    );
  }
  const { list, skipped } = report.outcome;
  return (
    <div class="list-report" role="status" data-testid="reader-list-report">
      <p class="list-report-summary">{importSummary(list.name, list.count, skipped.length)}</p>
      {skipped.length > 0 && (
        <>
          <ul class="list-skipped" data-testid="reader-list-skipped">
            {skipped.slice(0, SKIPPED_SHOWN).map((s) => (
              <li key={s.line}>
                Line {s.line}: {s.reason}
              </li>
            ))}
          </ul>
          {skipped.length > SKIPPED_SHOWN && <p class="help">…and {skipped.length - SKIPPED_SHOWN} more.</p>}
        </>
      )}
    </div>
  );
}

function ListRow({ list, busy, onRemove }: { list: ReaderListRow; busy: boolean; onRemove: () => void }) {
  return (
    <li data-testid="reader-list" data-list-id={list.id}>
      <span class="list-info">
        <strong class="list-name">{list.name}</strong>
        <span class="help">
          {list.count.toLocaleString()} {list.count === 1 ? 'domain' : 'domains'} · imported{' '}
          {formatDay(list.importedAt)}
          {list.fileName ? ` from ${list.fileName}` : ''}
        </span>
      </span>
      <button type="button" class="button button-quiet" data-testid="reader-list-remove" disabled={busy} onClick={onRemove}>
        Remove
      </button>
    </li>
  );
}

export function ReaderLists() {
  const [lists, setLists] = useState<ReaderListRow[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ListImportReport | null>(null);
  const [busy, setBusy] = useState<'import' | 'remove' | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    const answer = await outletApi.lists();
    if (answer.ok) {
      setLists(answer.value);
      setProblem(null);
    } else {
      setProblem(`Couldn't load your lists: ${answer.error}`);
    }
  }, []);

  useEffect(() => {
    void load();
    const onMessage = (raw: unknown): undefined => {
      const parsed = parseBroadcast(raw);
      if (parsed.ok && parsed.message.type === 'outlets/changed') void load();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [load]);

  const onFile = async () => {
    const file = input.current?.files?.[0];
    // Let the same file be chosen again (after fixing it, say).
    if (input.current) input.current.value = '';
    if (!file) return;
    setReport(null);
    setProblem(null);
    if (file.size > MAX_FILE_BYTES) {
      const mb = (file.size / (1024 * 1024)).toFixed(1);
      setReport({ ok: false, fileName: file.name, error: `The file is ${mb} MB; Backstory imports lists of up to 2 MB. Split it into smaller files.` });
      return;
    }
    setBusy('import');
    try {
      const text = await file.text();
      const answer = await outletApi.importList(text, file.name);
      setReport(answer.ok ? { ok: true, outcome: answer.value } : { ok: false, fileName: file.name, error: answer.error });
      if (answer.ok) await load();
    } catch (error) {
      setReport({ ok: false, fileName: file.name, error: `The file could not be read (${errorMessage(error)}).` });
    } finally {
      setBusy(null);
    }
  };

  const remove = async (list: ReaderListRow) => {
    setBusy('remove');
    setProblem(null);
    const answer = await outletApi.removeList(list.id);
    setBusy(null);
    if (!answer.ok) setProblem(`Couldn't remove “${list.name}”: ${answer.error}`);
    else {
      setReport(null);
      await load();
    }
  };

  return (
    <section class="reader-lists" data-testid="reader-lists" aria-labelledby="reader-lists-heading">
      <h2 id="reader-lists-heading">Your outlet lists</h2>
      <p class="help">
        Import a list of outlet ratings — your newsroom's, a researcher's — and the side panel shows its ratings beside the
        published ones, marked with the list's name. Lists stay on this device.
      </p>
      <p class="help" data-testid="reader-list-format">
        A list is a CSV file whose first row names the columns, for example <code>domain,reliability,bias,note</code>, with one
        site per line (<code>example.com,generally reliable,center,checked 2024</code>); a <code>rating</code> column may
        stand in for <code>reliability</code>. A JSON file holds an array of objects with the same keys. Up to 2 MB and
        20,000 domains.
      </p>
      {problem && (
        <p class="problem" role="alert" data-testid="reader-lists-problem">
          {problem}
        </p>
      )}
      {lists === null ? (
        !problem && <p class="help">Loading your lists…</p>
      ) : lists.length === 0 ? (
        <p class="help" data-testid="reader-lists-empty">
          You have not imported a list.
        </p>
      ) : (
        <ul class="sites reader-list-rows" data-testid="reader-list-rows">
          {lists.map((list) => (
            <ListRow key={list.id} list={list} busy={busy !== null} onRemove={() => void remove(list)} />
          ))}
        </ul>
      )}
      <div class="list-import">
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.json,text/csv,application/json"
          data-testid="reader-list-import"
          id="reader-list-file"
          onChange={() => void onFile()}
        />
        <button type="button" class="button" data-testid="reader-list-import-button" disabled={busy !== null} onClick={() => input.current?.click()}>
          {busy === 'import' ? 'Importing…' : 'Import a list…'}
        </button>
      </div>
      {report && <ListReport report={report} />}
    </section>
  );
}
