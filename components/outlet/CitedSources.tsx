// The sources this article cites, grouped by outlet, like a bibliography checker: for each site
// the article links to, what the directory knows (its name, what kind of outlet, where it is
// based, how raters rate it) and the article's links to it. A site the directory lacks is said
// to be not in it, calmly; no link is judged by its outlet.
import type { CitedOutletView } from '@/lib/messages/protocol';
import { displayName, valuesOf } from '@/lib/outlets/facts';
import { shortUrl } from '../format';
import { assessmentTone, assessorText, capitalize, countryName, outletTypeLabel, TONE_HINTS, webUrl } from './outlet-labels';

function Outlet({ cited }: { cited: CitedOutletView }) {
  const p = cited.match?.profile;
  const kinds = [...valuesOf(p?.outletType).map(outletTypeLabel), ...valuesOf(p?.kind)];
  const based = valuesOf(p?.country).map((c) => countryName(c));
  const closed = valuesOf(p?.dissolved)[0];
  const described = [kinds[0], based.length ? `based in ${based.join(' / ')}` : '', closed ? `closed ${closed}` : ''].filter(Boolean).join(' · ');
  return (
    <li class="cited" data-testid="cited-outlet" data-domain={cited.domain}>
      <div class="cited-head">
        <span class="cited-name" data-testid="cited-name">
          {p ? displayName(p) : cited.domain}
        </span>
        {p && p.names.length > 0 && <span class="cited-domain"> {cited.domain}</span>}
        <span class="count">
          {' '}
          · {cited.links.length} {cited.links.length === 1 ? 'link' : 'links'}
        </span>
      </div>
      {described && (
        <div class="cited-kind" data-testid="cited-kind">
          {capitalize(described)}
        </div>
      )}
      {p && p.assessments.length > 0 && (
        <ul class="cited-ratings">
          {p.assessments.slice(0, 4).map((a, i) => {
            const tone = assessmentTone(a);
            return (
              <li key={i} data-testid="cited-rating" data-aspect={a.aspect}>
                <span class={`tone-dot tone-${a.aspect === 'reliability' ? tone : 'bias'}`} aria-hidden="true" title={TONE_HINTS[tone] || undefined} />{' '}
                {capitalize(a.rating)}
                {a.qualifier ? ` ${a.qualifier}` : ''} — {assessorText(a)}
              </li>
            );
          })}
          {p.assessments.length > 4 && <li class="count">and {p.assessments.length - 4} more</li>}
        </ul>
      )}
      <details class="cited-links">
        <summary>The article's {cited.links.length === 1 ? 'link' : 'links'}</summary>
        <ul>
          {cited.links.map((l, i) => (
            <li key={i}>
              <a href={webUrl(l.url)} target="_blank" rel="noopener noreferrer" title={l.url}>
                {l.text.trim() || shortUrl(l.url)}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** A site the directory has no outlet for: one line, with where its coverage is focused if GDELT knows. */
function Unlisted({ cited }: { cited: CitedOutletView }) {
  return (
    <li class="cited-unlisted" data-testid="cited-outlet" data-domain={cited.domain}>
      <details class="cited-links">
        <summary>
          <span class="cited-name">{cited.domain}</span>
          <span class="count">
            {' '}
            · {cited.links.length} {cited.links.length === 1 ? 'link' : 'links'}
          </span>
          {cited.coverage && <span data-testid="cited-unknown"> · mostly covers {countryName(cited.coverage.value.country)} (GDELT)</span>}
        </summary>
        <ul>
          {cited.links.map((l, i) => (
            <li key={i}>
              <a href={webUrl(l.url)} target="_blank" rel="noopener noreferrer" title={l.url}>
                {l.text.trim() || shortUrl(l.url)}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

export function CitedSources({ cited }: { cited: CitedOutletView[] | null }) {
  const listed = cited?.filter((c) => c.match) ?? [];
  const unlisted = cited?.filter((c) => !c.match) ?? [];
  return (
    <div class="cited-sources" data-testid="cited-sources">
      <h4 class="outlet-subheading">Sources this article cites</h4>
      {cited === null ? (
        <p class="hint" data-testid="cited-pending">
          Looking up the sites this article links to…
        </p>
      ) : cited.length === 0 ? (
        <p class="hint" data-testid="cited-none">
          The article links to no other site.
        </p>
      ) : (
        <>
          <p class="hint">
            {cited.length} {cited.length === 1 ? 'site' : 'sites'}, in the order the article first links to them
            {listed.length ? `; ${listed.length} in Backstory's directory` : ''}.
          </p>
          {listed.length > 0 && (
            <ul class="cited-list">
              {listed.map((c) => (
                <Outlet key={c.key} cited={c} />
              ))}
            </ul>
          )}
          {unlisted.length > 0 && (
            <>
              <p class="hint cited-unlisted-heading">Not in Backstory's directory:</p>
              <ul class="cited-list cited-list-unlisted">
                {unlisted.map((c) => (
                  <Unlisted key={c.key} cited={c} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
