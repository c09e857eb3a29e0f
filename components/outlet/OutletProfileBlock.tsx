// One outlet's record: its name, who runs and owns it, where it is, when it was founded, what
// kind of outlet it is, and how others rate it. Each fact says where it came from; a fact the
// record lacks is left out. Used for the page's outlet, a cross-post's original, and a lookup,
// so all three look alike.
import type { ComponentChildren } from 'preact';
import type { Fact, FactSource, OutletProfile } from '@/lib/outlets/types';
import { OutletAssessments } from './OutletAssessments';
import { outletTypeLabel, ownershipLabel, placeText, sourceText, webUrl } from './outlet-labels';

interface Props {
  profile: OutletProfile;
  /** Ratings of this outlet from the reader's imported lists. */
  readerAssessments: ReadonlyArray<OutletProfile['assessments'][number]>;
  testId: string;
  /** The name is already in a heading above (the original outlet's "Originally published by"). */
  nameShown?: boolean;
}

export function SourceNote({ source }: { source: FactSource }) {
  const url = webUrl(source.url);
  return (
    <span class="fact-source">
      {url ? (
        <>
          from{' '}
          <a href={url} target="_blank" rel="noopener noreferrer" title={url}>
            {source.label}
          </a>
        </>
      ) : (
        sourceText(source)
      )}
    </span>
  );
}

function sameSource(a: FactSource, b: FactSource): boolean {
  return a.label === b.label && (a.url ?? '') === (b.url ?? '');
}

function FactRow({ label, testId, sources, children }: {
  label: string;
  testId: string;
  sources: FactSource[];
  children: ComponentChildren;
}) {
  const distinct = sources.filter((s, i) => sources.findIndex((t) => sameSource(s, t)) === i);
  return (
    <div class="fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        <span class="fact-value">{children}</span>
        {distinct.map((s, i) => (
          <SourceNote key={i} source={s} />
        ))}
      </dd>
    </div>
  );
}

const sourcesOf = (...facts: (Fact<unknown> | undefined)[]) => facts.filter((f): f is Fact<unknown> => !!f).map((f) => f.source);

export function OutletProfileBlock({ profile, readerAssessments, testId, nameShown = false }: Props) {
  const [name, ...otherNames] = profile.names;
  const place = placeText(profile.country?.value, profile.city?.value);
  const { organization, founded, owner, ownershipType, outletType, kind, summary } = profile;
  return (
    <div class="outlet-profile" data-testid={testId}>
      {!nameShown && (
        <h3 class="outlet-name" data-testid="outlet-name">
          {name ?? profile.id}
        </h3>
      )}
      {otherNames.length > 0 && (
        <p class="outlet-aka" data-testid="outlet-other-names">
          Also known as {otherNames.join(' · ')}
        </p>
      )}
      <dl class="facts outlet-facts">
        {organization && (
          <FactRow label="Run by" testId="outlet-organization" sources={sourcesOf(organization)}>
            {organization.value}
          </FactRow>
        )}
        {place && (
          <FactRow label={profile.country ? 'Country' : 'City'} testId="outlet-country" sources={sourcesOf(profile.country, profile.city)}>
            {place}
          </FactRow>
        )}
        {founded && (
          <FactRow label="Founded" testId="outlet-founded" sources={sourcesOf(founded)}>
            {String(founded.value)}
          </FactRow>
        )}
        {owner && (
          <FactRow label="Owner" testId="outlet-owner" sources={sourcesOf(owner)}>
            {owner.value}
          </FactRow>
        )}
        {ownershipType && (
          <FactRow label="Ownership" testId="outlet-ownership" sources={sourcesOf(ownershipType)}>
            {ownershipLabel(ownershipType.value)}
          </FactRow>
        )}
        {(outletType || kind) && (
          <FactRow label="Kind of outlet" testId="outlet-type" sources={sourcesOf(outletType ?? kind)}>
            {outletType ? outletTypeLabel(outletType.value) : kind?.value}
          </FactRow>
        )}
      </dl>
      {summary && (
        <p class="outlet-summary" data-testid="outlet-summary">
          {summary.value} <SourceNote source={summary.source} />
        </p>
      )}
      {profile.notes && profile.notes.length > 0 && (
        <ul class="outlet-notes" data-testid="outlet-notes">
          {profile.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      <OutletAssessments
        published={profile.assessments}
        reader={[...readerAssessments]}
        emptyText={
          profile.origin === 'directory'
            ? "No published assessments in Backstory's directory."
            : 'No published assessments are recorded for this outlet.'
        }
      />
    </div>
  );
}
