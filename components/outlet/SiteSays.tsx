// What the page says about its own publisher, shown apart from what independent sources say: it
// is the site's word, quoted with where in the page it was read, and not checked by Backstory.
import type { PolicyKind, SiteSelfDescription } from '@/lib/page/publisher';
import { POLICY_KINDS } from '@/lib/page/publisher';
import { shortUrl } from '../format';
import { webUrl } from './outlet-labels';

export const POLICY_LABELS: Record<PolicyKind, string> = {
  ownershipFundingInfo: 'Ownership and funding',
  masthead: 'Masthead (who works there)',
  publishingPrinciples: 'Publishing principles',
  ethicsPolicy: 'Ethics policy',
  correctionsPolicy: 'Corrections policy',
  verificationFactCheckingPolicy: 'Fact-checking policy',
  unnamedSourcesPolicy: 'Anonymous sources policy',
  actionableFeedbackPolicy: 'Feedback policy',
  diversityPolicy: 'Diversity policy',
  diversityStaffingReport: 'Diversity staffing report',
  missionCoveragePrioritiesPolicy: 'Mission and coverage priorities',
  noBylinesPolicy: 'Policy on unsigned articles',
};

/** 'json-ld publisher' → "the page's structured data", as a reader reads it. */
export function fromText(from: string | undefined): string | undefined {
  if (!from) return undefined;
  if (from.startsWith('json-ld')) return "the page's structured data";
  if (from === 'og:site_name') return "the page's site name tag";
  if (from === 'microdata') return "the page's markup";
  if (from.startsWith('link')) return 'a link on the page';
  return from;
}

function Link({ url, children }: { url: string; children: string }) {
  const href = webUrl(url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" title={href}>
      {children}
    </a>
  ) : (
    <>{children}</>
  );
}

export function SiteSays({ site }: { site: SiteSelfDescription }) {
  const policies = POLICY_KINDS.filter((kind) => site.policies[kind]);
  return (
    <div class="site-says" data-testid="site-says">
      <h4 class="outlet-subheading">The site says</h4>
      <p class="hint site-says-hint">What this page says about its own publisher. Backstory shows it as the site wrote it, apart from what independent sources say.</p>
      <dl class="facts outlet-facts">
        {site.name && (
          <div class="fact" data-testid="site-says-name">
            <dt>Publisher</dt>
            <dd>
              {site.name} <span class="fact-source">in {fromText(site.from.name)}</span>
            </dd>
          </div>
        )}
        {site.foundingDate && (
          <div class="fact" data-testid="site-says-founded">
            <dt>Founded</dt>
            <dd>{site.foundingDate}</dd>
          </div>
        )}
        {site.parentOrganizations.length > 0 && (
          <div class="fact" data-testid="site-says-parent">
            <dt>Part of</dt>
            <dd>{site.parentOrganizations.join(' · ')}</dd>
          </div>
        )}
        {(site.wikipedia.length > 0 || site.wikidataId) && (
          <div class="fact" data-testid="site-says-same-as">
            <dt>Names itself as</dt>
            <dd>
              {site.wikipedia.slice(0, 2).map((url) => (
                <span class="fact-entry" key={url}>
                  <Link url={url}>{decodeURIComponent(url.replace(/^https?:\/\/([a-z-]+)\.(?:m\.)?wikipedia\.org\/wiki\//, '$1.wikipedia: ')).replace(/_/g, ' ')}</Link>
                </span>
              ))}
              {site.wikidataId && (
                <span class="fact-entry">
                  <Link url={`https://www.wikidata.org/wiki/${site.wikidataId}`}>{`Wikidata ${site.wikidataId}`}</Link>
                </span>
              )}
            </dd>
          </div>
        )}
      </dl>
      {policies.length > 0 && (
        <ul class="site-says-policies" data-testid="site-says-policies">
          {policies.map((kind) => (
            <li key={kind}>
              <Link url={site.policies[kind]!}>{POLICY_LABELS[kind]}</Link>
            </li>
          ))}
        </ul>
      )}
      {site.about && (
        <p class="site-says-about" data-testid="site-says-about">
          Its About page: <Link url={site.about.url}>{site.about.text === 'About' ? shortUrl(site.about.url) : `${site.about.text} (${shortUrl(site.about.url)})`}</Link>
        </p>
      )}
    </div>
  );
}
