// Backstory's settings: whether lookups go out without a button press, the sites where the
// reader turned highlights off (both in extension storage), the outlet ratings lists the
// reader imported (in the database, through the background), whether the browser keeps
// Backstory's data when the disk runs low, and sync.
import { useEffect, useState } from 'preact/hooks';
import { ReaderLists } from '@/components/outlet/ReaderLists';
import { StorageLine } from '@/components/storage/StorageLine';
import { browserStorageProbe } from '@/components/storage/storage-probe';
import { SyncSection } from '@/components/sync/SyncSection';
import { errorMessage } from '@/lib/errors';
import { highlightsOffItem, settingsItem, type ReaderSettings } from '@/lib/settings/items';

export function Options() {
  const [settings, setSettings] = useState<ReaderSettings | null>(null);
  const [offSites, setOffSites] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    void highlightsOffItem.getValue().then(setOffSites);
    const unwatchSettings = settingsItem.watch((value) => setSettings(value));
    const unwatchSites = highlightsOffItem.watch((value) => setOffSites(value));
    return () => {
      unwatchSettings();
      unwatchSites();
    };
  }, []);

  const save = (next: ReaderSettings) => {
    setSettings(next);
    settingsItem.setValue(next).catch((e: unknown) => setProblem(`Couldn't save the setting (${errorMessage(e)}).`));
  };
  const turnBackOn = (site: string) => {
    highlightsOffItem
      .setValue(offSites.filter((s) => s !== site))
      .catch((e: unknown) => setProblem(`Couldn't save the change (${errorMessage(e)}).`));
  };

  return (
    <main class="options">
      <h1>Backstory settings</h1>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <section>
        <h2>Lookups</h2>
        <label class="option">
          <input
            type="checkbox"
            data-testid="auto-lookups"
            disabled={!settings}
            checked={settings?.autoLookups ?? false}
            onChange={(e) => settings && save({ ...settings, autoLookups: e.currentTarget.checked })}
          />
          <span>
            <strong>Look things up without asking</strong>
            <span class="help">
              When on, opening a card for a person, organization or place fetches its Wikipedia summary at once.
              Wikipedia then learns which names you looked at. When off, nothing is sent until you press “Look up”.
            </span>
          </span>
        </label>
      </section>
      <section>
        <h2>Sites without highlights</h2>
        {offSites.length === 0 ? (
          <p class="help" data-testid="no-off-sites">
            Highlights are on everywhere. You can turn them off for a site from the side panel.
          </p>
        ) : (
          <ul class="sites">
            {offSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" class="button" onClick={() => turnBackOn(site)}>
                  Turn highlights back on
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReaderLists />
      <section data-testid="your-data">
        <h2>Your data</h2>
        <StorageLine probe={browserStorageProbe} />
      </section>
      <SyncSection />
    </main>
  );
}
