// The panel's word on sync when it did not work: one line above the notes, with the problem
// in the reader's words and the way to the options page. Silent while sync is off or fine.
import { browser } from 'wxt/browser';
import { useSyncStatus } from './use-sync-status';

export function SyncProblemLine() {
  const status = useSyncStatus();
  if (status?.state !== 'problem' || !status.message) return null;
  return (
    <p class="action-problem sync-problem-line" role="status" data-testid="sync-problem-line" data-problem={status.problem}>
      <strong>Sync:</strong> {status.message}{' '}
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        Sync settings
      </button>
    </p>
  );
}
