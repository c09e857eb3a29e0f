// The side panel's Outlet section: who is behind the page. The directory's record of the site
// (or, for a site not in it, a calm "not in the directory" and a lookup the reader can ask for),
// the reader's own lists' ratings and note, and for a cross-post the original outlet as well.
import type { OutletView, ReaderView } from '@/lib/messages/protocol';
import { shortUrl } from '../format';
import { OutletAssessments } from './OutletAssessments';
import { OutletLookup } from './OutletLookup';
import { OutletNote } from './OutletNote';
import { OutletProfileBlock } from './OutletProfileBlock';
import { countryName, formatDay, webUrl } from './outlet-labels';
import { CitedSources } from './CitedSources';
import { SourceNote } from './FactRows';
import { SiteSays } from './SiteSays';
import type { SiteSelfDescription } from '@/lib/page/publisher';
import './outlet.css';

interface Props {
  tabId: number;
  outlet: OutletView;
  /** What the page says about its own publisher (the snapshot's), shown apart. */
  site?: SiteSelfDescription;
}

function OriginalOutlet({ original }: { original: NonNullable<OutletView['original']> }) {
  const { profile, reader } = original;
  const name = profile?.names[0] ?? original.name ?? original.domain ?? (original.url ? shortUrl(original.url) : 'another site');
  const url = webUrl(original.url);
  return (
    <div class="outlet-original" data-testid="original-outlet">
      <h3 class="outlet-original-heading">
        Originally published by <span data-testid="outlet-name">{name}</span>
      </h3>
      {url && (
        <p class="outlet-original-link">
          <a href={url} target="_blank" rel="noopener noreferrer" title={url} class="url">
            {shortUrl(url)}
          </a>
        </p>
      )}
      {profile ? (
        <OutletProfileBlock profile={profile} readerAssessments={reader.assessments} testId="original-profile" nameShown />
      ) : (
        <>
          <p class="outlet-calm" data-testid="original-unknown">
            {name} is not in Backstory's directory.
          </p>
          <OutletAssessments published={null} reader={reader.assessments} />
        </>
      )}
      <ReaderNoteText reader={reader} />
    </div>
  );
}

/** The reader's note on the original outlet, read-only here (it is edited on that outlet's pages). */
function ReaderNoteText({ reader }: { reader: ReaderView }) {
  if (!reader.note) return null;
  return (
    <div class="outlet-note outlet-note-readonly" data-testid="original-note">
      <h4 class="outlet-subheading">Your note on this outlet</h4>
      <p class="outlet-note-body">{reader.note.body}</p>
      <span class="outlet-note-meta">You wrote this · {formatDay(reader.note.updatedAt)}</span>
    </div>
  );
}

export function OutletSection({ tabId, outlet, site }: Props) {
  if (outlet.domain === '') {
    return (
      <section class="outlet" data-testid="outlet-section">
        <p class="outlet-calm" data-testid="outlet-no-domain">
          This page has no web domain.
        </p>
      </section>
    );
  }
  const { match, reader } = outlet;
  const outletName = match?.profile.names[0] ?? (outlet.lookup.status === 'found' ? outlet.lookup.profile.names[0] : undefined);
  return (
    <section class="outlet" data-testid="outlet-section">
      {match ? (
        <OutletProfileBlock profile={match.profile} readerAssessments={reader.assessments} testId="outlet-profile" />
      ) : (
        <div class="outlet-unknown" data-testid="outlet-unknown">
          <p class="outlet-calm">
            <strong>{outlet.domain}</strong> is not in Backstory's directory.
          </p>
          {outlet.coverage && (
            <p class="hint" data-testid="outlet-coverage-only">
              GDELT's news monitoring counted where its articles' places are: they mostly cover{' '}
              {countryName(outlet.coverage.value.country)}. That is where its coverage is focused, not where it is based.{' '}
              <SourceNote source={outlet.coverage.source} />
            </p>
          )}
          <OutletLookup key={outlet.domain} tabId={tabId} domain={outlet.domain} lookup={outlet.lookup} readerAssessments={reader.assessments} />
        </div>
      )}
      {site && <SiteSays site={site} />}
      <OutletNote key={outlet.domain} domain={outlet.domain} note={reader.note} outletName={outletName} />
      {outlet.original && <OriginalOutlet original={outlet.original} />}
      <CitedSources cited={outlet.cited} />
    </section>
  );
}
