// The Page section for an article: what the page says about itself, each fact with where
// Backstory read it.
import type { VisitInfo } from '@/lib/messages/protocol';
import type { ArticleMetadata, ArticleSnapshot, MetadataField } from '@/lib/page/types';
import { readingMinutes } from '@/lib/page/words';
import { DetectionDetails } from './DetectionDetails';
import { describeSource, formatCount, formatDate, formatLanguage, formatList, shortUrl } from './format';

interface Props {
  snapshot: ArticleSnapshot;
  visits: VisitInfo | null;
  now?: number;
}

function Source({ meta, field }: { meta: ArticleMetadata; field: MetadataField }) {
  const from = meta.sources[field];
  return from ? (
    <span class="fact-source" title={from}>
      from {describeSource(from)}
    </span>
  ) : null;
}

function Row({ label, field, meta, children, testId }: {
  label: string;
  field?: MetadataField;
  meta: ArticleMetadata;
  children: preact.ComponentChildren;
  testId: string;
}) {
  return (
    <div class="fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        <span class="fact-value">{children}</span>
        {field && <Source meta={meta} field={field} />}
      </dd>
    </div>
  );
}

function ExternalLink({ href, children, class: className }: { href: string; children: preact.ComponentChildren; class?: string }) {
  // Only web URLs become links; anything else from a page is shown as text.
  if (!/^https?:\/\//i.test(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className} title={href}>
      {children}
    </a>
  );
}

export function PageMetadata({ snapshot, visits, now = Date.now() }: Props) {
  const { meta } = snapshot;
  const original = meta.originalSource;
  const seenBefore = visits && now - visits.firstSeen > 60_000;
  return (
    <section class="page-meta" aria-labelledby="page-title">
      <h2 id="page-title" class="article-title" data-testid="page-title">
        {meta.title ?? 'Untitled article'}
      </h2>
      {meta.authors.length > 0 && (
        <p class="byline" data-testid="page-authors">
          By {formatList(meta.authors)}
          <Source meta={meta} field="authors" />
        </p>
      )}

      {original && (original.name || original.url) && (
        <p class="callout" data-testid="original-source">
          The original source of this article is{' '}
          {original.url ? (
            <ExternalLink href={original.url}>{original.name ?? shortUrl(original.url)}</ExternalLink>
          ) : (
            <strong>{original.name}</strong>
          )}
          . <Source meta={meta} field="originalSource" />
        </p>
      )}

      <dl class="facts">
        {meta.siteName && (
          <Row label="Outlet" field="siteName" meta={meta} testId="page-site">
            {meta.siteName}
          </Row>
        )}
        {meta.publishedTime && (
          <Row label="Published" field="publishedTime" meta={meta} testId="page-published">
            <time dateTime={meta.publishedTime}>{formatDate(meta.publishedTime)}</time>
          </Row>
        )}
        {meta.modifiedTime && meta.modifiedTime !== meta.publishedTime && (
          <Row label="Updated" field="modifiedTime" meta={meta} testId="page-modified">
            <time dateTime={meta.modifiedTime}>{formatDate(meta.modifiedTime)}</time>
          </Row>
        )}
        {meta.section && (
          <Row label="Section" field="section" meta={meta} testId="page-section">
            {meta.section}
          </Row>
        )}
        {meta.lang && (
          <Row label="Language" field="lang" meta={meta} testId="page-lang">
            {formatLanguage(meta.lang)}
          </Row>
        )}
        <Row label="Length" meta={meta} testId="page-words">
          {formatCount(snapshot.wordCount)} words · about {readingMinutes(snapshot.wordCount)} min read
        </Row>
        {meta.canonicalUrl && (
          <Row label="Canonical URL" field="canonicalUrl" meta={meta} testId="page-canonical">
            <ExternalLink href={meta.canonicalUrl} class="url">
              {shortUrl(meta.canonicalUrl)}
            </ExternalLink>
          </Row>
        )}
      </dl>

      {meta.description && (
        <p class="description" data-testid="page-description">
          {meta.description}
        </p>
      )}

      {seenBefore && visits && (
        <p class="visits" data-testid="page-visits">
          You first opened this article on {formatDate(new Date(visits.firstSeen).toISOString())}
          {visits.visits > 1 ? ` · ${visits.visits} visits` : ''}.
        </p>
      )}

      <DetectionDetails detection={snapshot.detection} />
    </section>
  );
}
