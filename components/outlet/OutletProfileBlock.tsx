// One outlet's record: its name, who runs and owns it, where it is based and where its coverage
// is focused, when it was founded (and closed), what kind of outlet it is, and how others rate
// it. Each fact says where it came from and when; where sources disagree, both are shown. Used
// for the page's outlet, a cross-post's original and a lookup, so all three look alike.
import { displayName } from '@/lib/outlets/facts';
import type { FactSource, OutletProfile } from '@/lib/outlets/types';
import { FactRow, SourceNote } from './FactRows';
import { OutletAssessments } from './OutletAssessments';
import { coverageDetail, countryName, outletTypeLabel, ownershipLabel, webUrl } from './outlet-labels';

interface Props {
  profile: OutletProfile;
  /** Ratings of this outlet from the reader's imported lists. */
  readerAssessments: ReadonlyArray<OutletProfile['assessments'][number]>;
  testId: string;
  /** The name is already in a heading above (the original outlet's "Originally published by"). */
  nameShown?: boolean;
}

/** Every distinct credit line the profile's facts and ratings carry, with its licence link. */
function creditsOf(profile: OutletProfile): { credit: string; licenceUrl?: string }[] {
  const sources: Pick<FactSource, 'credit' | 'licenceUrl'>[] = [];
  for (const value of Object.values(profile)) {
    if (Array.isArray(value)) for (const item of value) if (item && typeof item === 'object' && 'source' in item) sources.push(item.source);
  }
  if (profile.coverage) sources.push(profile.coverage.source);
  if (profile.summary) sources.push(profile.summary.source);
  sources.push(...profile.assessments);
  const seen = new Map<string, { credit: string; licenceUrl?: string }>();
  for (const s of sources) if (s.credit && !seen.has(s.credit)) seen.set(s.credit, { credit: s.credit, ...(s.licenceUrl ? { licenceUrl: s.licenceUrl } : {}) });
  return [...seen.values()];
}

export function OutletProfileBlock({ profile, readerAssessments, testId, nameShown = false }: Props) {
  const [, ...otherNames] = profile.names;
  const credits = creditsOf(profile);
  const shared = profile.names.length === 0 && !!profile.titles?.length;
  return (
    <div class="outlet-profile" data-testid={testId}>
      {!nameShown && (
        <h3 class="outlet-name" data-testid="outlet-name">
          {displayName(profile)}
        </h3>
      )}
      {shared && (
        <p class="outlet-aka" data-testid="outlet-shared">
          A site several titles share; no source names the site itself.
        </p>
      )}
      {otherNames.length > 0 && (
        <p class="outlet-aka" data-testid="outlet-other-names">
          Also known as {otherNames.join(' · ')}
        </p>
      )}
      <dl class="facts outlet-facts">
        <FactRow label="Run by" testId="outlet-organization" facts={profile.organization} />
        <FactRow label="Based in" testId="outlet-country" facts={profile.country} render={(code) => countryName(code)} />
        <FactRow label="Region" testId="outlet-region" facts={profile.region} />
        <FactRow label="City" testId="outlet-city" facts={profile.city} />
        {profile.coverage && (
          <div class="fact" data-testid="outlet-coverage">
            <dt>Mostly covers</dt>
            <dd>
              <span class="fact-entry">
                <span class="fact-value" title={coverageDetail(profile.coverage.value)}>
                  {countryName(profile.coverage.value.country)}
                </span>{' '}
                <SourceNote source={profile.coverage.source} />
              </span>
              <span class="fact-detail">{coverageDetail(profile.coverage.value)}</span>
            </dd>
          </div>
        )}
        <FactRow label="Founded" testId="outlet-founded" facts={profile.founded} />
        <FactRow label="Closed" testId="outlet-dissolved" facts={profile.dissolved} />
        <FactRow label="Owner" testId="outlet-owner" facts={profile.owner} />
        <FactRow label="Ownership" testId="outlet-ownership" facts={profile.ownershipType} render={ownershipLabel} />
        <FactRow label="Kind of outlet" testId="outlet-type" facts={profile.outletType} render={outletTypeLabel} />
        {!profile.outletType && <FactRow label="Kind of outlet" testId="outlet-kind" facts={profile.kind} />}
        <FactRow label="Titles on this site" testId="outlet-titles" facts={profile.titles} limit={8} />
        <FactRow label="Listed as" testId="outlet-listed" facts={profile.listedAs} />
      </dl>
      {profile.summary && (
        <p class="outlet-summary" data-testid="outlet-summary">
          {profile.summary.value} <SourceNote source={profile.summary.source} />
        </p>
      )}
      {profile.notes && profile.notes.length > 0 && (
        <ul class="outlet-notes" data-testid="outlet-notes">
          {profile.notes.map((note, i) => (
            <li key={i}>
              {note.value} <SourceNote source={note.source} />
            </li>
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
      {credits.length > 0 && (
        <details class="outlet-credits" data-testid="outlet-credits">
          <summary>Sources and licences</summary>
          <ul>
            {credits.map((c) => (
              <li key={c.credit}>
                {c.credit}
                {webUrl(c.licenceUrl) && (
                  <>
                    {' '}
                    (
                    <a href={c.licenceUrl} target="_blank" rel="noopener noreferrer">
                      licence
                    </a>
                    )
                  </>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
