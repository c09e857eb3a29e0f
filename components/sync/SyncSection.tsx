// The options page's sync section: turn sync on with the reader's own CouchDB (server or
// database address, user name, password, passphrase), sync now, see when it last worked and
// what went wrong, turn it off. Nothing is stored or sent before "Turn on sync"; at that moment
// the browser is asked for the server's origin.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground } from '@/lib/messages/client';
import { syncSettingsItem } from '@/lib/settings/items';
import { SyncError, type SyncProblem } from '@/lib/sync/errors';
import { resolveRemote } from '@/lib/sync/remote';
import type { SyncStatus } from '@/lib/sync/status';
import { shownDatabase, syncLine } from './sync-words';
import { useSyncStatus } from './use-sync-status';

/** Problems the reader fixes by entering something again. */
const REENTER = new Set<SyncProblem>(['unauthorized', 'passphrase-needed', 'wrong-passphrase', 'passphrase-changed', 'no-permission']);

interface Form {
  url: string;
  username: string;
  password: string;
  passphrase: string;
}

const EMPTY: Form = { url: '', username: '', password: '', passphrase: '' };

/** Asks the browser for the server's origin. Must run inside the click's handler (a user gesture). */
function askForOrigin(origin: string): Promise<boolean> {
  // Firefox's build holds every http(s) origin already (its content script runs on all pages).
  if (import.meta.env.FIREFOX || !browser.permissions?.request) return Promise.resolve(true);
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

export function SyncSection() {
  const status = useSyncStatus();
  const [form, setForm] = useState<Form>(EMPTY);
  const [busy, setBusy] = useState<'on' | 'now' | 'off' | null>(null);
  const [note, setNote] = useState<{ text: string; problem: boolean } | null>(null);

  // Sync already on: show its server and account (never its password) in the form, should the
  // reader need to enter something again.
  useEffect(() => {
    void syncSettingsItem.getValue().then((settings) => {
      if (settings) setForm((f) => ({ ...f, url: settings.url, username: settings.username ?? '' }));
    });
  }, []);

  if (!status) return null;
  const on = status.state !== 'off';
  const reenter = on && !!status.problem && REENTER.has(status.problem);
  const field = (name: keyof Form) => ({
    value: form[name],
    onInput: (e: Event) => setForm({ ...form, [name]: (e.currentTarget as HTMLInputElement).value }),
  });

  const answered = (answer: Awaited<ReturnType<typeof askBackground<'panel/sync-now'>>>, done?: (s: SyncStatus) => string | null) => {
    if (!answer.ok) setNote({ text: answer.error, problem: true });
    else {
      const text = done?.(answer.value) ?? null;
      setNote(text ? { text, problem: false } : null);
    }
  };

  const turnOn = (event: Event) => {
    event.preventDefault();
    let origin: string;
    try {
      origin = resolveRemote({ url: form.url, username: form.username, password: form.password }).origin;
    } catch (error) {
      setNote({ text: error instanceof SyncError ? error.message : String(error), problem: true });
      return;
    }
    setBusy('on');
    setNote(null);
    void askForOrigin(origin)
      .then(async (granted) => {
        if (!granted) {
          setNote({ text: new SyncError('no-permission').message, problem: true });
          return;
        }
        const answer = await askBackground('panel/sync-turn-on', {
          url: form.url.trim(),
          username: form.username.trim() || undefined,
          password: form.password || undefined,
          passphrase: form.passphrase || undefined,
        });
        answered(answer);
        if (answer.ok && answer.value.state !== 'off') setForm((f) => ({ ...f, password: '', passphrase: '' }));
      })
      .catch((error: unknown) => setNote({ text: String(error), problem: true }))
      .finally(() => setBusy(null));
  };

  const syncNow = () => {
    setBusy('now');
    void askBackground('panel/sync-now')
      .then((answer) => answered(answer))
      .finally(() => setBusy(null));
  };

  const turnOff = () => {
    setBusy('off');
    void askBackground('panel/sync-turn-off')
      .then((answer) =>
        answered(answer, () => 'Sync is off. Your notes stay in this browser; the copy on the server is left as it is.'),
      )
      .finally(() => setBusy(null));
  };

  return (
    <section class="sync" aria-labelledby="sync-title" data-testid="sync" data-state={status.state} data-last-synced={status.lastSyncedAt ?? ''}>
      <h2 id="sync-title">Sync across browsers</h2>
      <p class="help">
        Keep your notes, outlet notes, dismissed flags, outlet lists and per-site switches the same in every browser
        where you turn this on, through a CouchDB database of your own. Everything is encrypted in this browser with
        your passphrase before it is sent; the server sees only encrypted data. Nothing is sent until you turn sync on.
      </p>

      {on && (
        <div class="sync-state" data-testid="sync-state">
          <p>
            Sync is on with <strong class="sync-database">{shownDatabase(status.database)}</strong>
          </p>
          <p class="help" data-testid="sync-line" aria-live="polite">
            {syncLine(status)}
          </p>
        </div>
      )}

      {/* A newer word of this page (the reader's last attempt) replaces the stored one. */}
      {!note && status.problem && status.message && (
        <p class="problem" role="alert" data-testid="sync-problem" data-problem={status.problem}>
          {status.message}
        </p>
      )}
      {note && (
        <p class={note.problem ? 'problem' : 'sync-note'} role={note.problem ? 'alert' : 'status'} data-testid="sync-note">
          {note.text}
        </p>
      )}

      {on && (
        <div class="sync-actions">
          <button type="button" class="button" data-testid="sync-now" disabled={!!busy || status.state === 'syncing'} onClick={syncNow}>
            {busy === 'now' || status.state === 'syncing' ? 'Syncing…' : 'Sync now'}
          </button>
          <button type="button" class="button button-quiet" data-testid="sync-off" disabled={!!busy} onClick={turnOff}>
            Turn off sync
          </button>
        </div>
      )}

      {(!on || reenter) && (
        <form class="sync-form" onSubmit={turnOn} data-testid="sync-form">
          {reenter && <h3 class="sync-form-title">Enter the server’s details again</h3>}
          <label class="field">
            <span>Server or database address</span>
            <input type="url" required inputMode="url" placeholder="https://couch.example.org" autoComplete="url" data-testid="sync-url" {...field('url')} />
            <span class="help">A server address uses your account’s own database on it; a database address (…/notes) uses that one.</span>
          </label>
          <div class="field-row">
            <label class="field">
              <span>User name</span>
              <input type="text" autoComplete="username" spellcheck={false} data-testid="sync-user" {...field('username')} />
            </label>
            <label class="field">
              <span>Password</span>
              <input type="password" autoComplete="current-password" data-testid="sync-password" {...field('password')} />
            </label>
          </div>
          <label class="field">
            <span>Passphrase</span>
            <input type="password" autoComplete="off" data-testid="sync-passphrase" {...field('passphrase')} />
            <span class="help">
              Chosen in the first browser you sync; every other browser needs the same one. It never leaves this browser
              and cannot be recovered: without it, the copy on the server cannot be read.
            </span>
          </label>
          <button type="submit" class="button" data-testid="sync-on" disabled={!!busy}>
            {busy === 'on' ? 'Connecting…' : reenter ? 'Save and sync' : 'Turn on sync'}
          </button>
        </form>
      )}
    </section>
  );
}
