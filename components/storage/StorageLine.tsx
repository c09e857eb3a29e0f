// The options page's "Your data" line: whether the browser keeps Backstory's storage when the
// disk runs low, how much it uses, and a button to ask the browser to keep it.
import { useEffect, useState } from 'preact/hooks';
import { askAnswer, describeStorage, type StorageFacts } from '@/lib/storage/storage-status';
import type { StorageProbe } from './storage-probe';

export function StorageLine({ probe }: { probe: StorageProbe }) {
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  const [answer, setAnswer] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let live = true;
    void probe.facts().then((f) => live && setFacts(f));
    return () => {
      live = false;
    };
  }, [probe]);

  if (!facts) return <p class="help" data-testid="storage-line">Checking Backstory’s storage…</p>;
  const words = describeStorage(facts);
  const ask = async () => {
    setAsking(true);
    const granted = await probe.ask();
    setAnswer(askAnswer(granted));
    setFacts(await probe.facts());
    setAsking(false);
  };

  return (
    <div class="storage-line" data-testid="storage-line" data-keeping={words.keeping}>
      <p class="storage-headline" data-testid="storage-kept">
        {words.headline}
      </p>
      {words.usage !== null && (
        <p class="storage-usage" data-testid="storage-usage">
          Backstory uses <strong>{words.usage}</strong> in this browser profile (notes, pages you read, lookups you asked for).
        </p>
      )}
      <p class="help">{words.explanation}</p>
      {words.offerAsk && (
        <button type="button" class="button button-quiet" data-testid="storage-ask" disabled={asking} onClick={() => void ask()}>
          {words.askLabel}
        </button>
      )}
      {answer && (
        <p class="help" role="status" data-testid="storage-answer">
          {answer}
        </p>
      )}
    </div>
  );
}
