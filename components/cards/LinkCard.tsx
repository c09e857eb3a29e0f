// The card over a link in the article to another outlet: what Backstory's directory knows of
// the site the link leads to. The page's link itself is left as it is.
import type { LinkOutletCard } from '@/lib/messages/protocol';

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const capitalize = (s: string) => (s ? s[0].toLocaleUpperCase() + s.slice(1) : s);

export function LinkCard({ card }: { card: LinkOutletCard }) {
  const described = [card.kinds[0], card.countries.length ? `based in ${card.countries.map(countryName).join(' / ')}` : '', card.closed ? `closed ${card.closed}` : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <p class="kind">
        <span class="swatch link" aria-hidden="true" />
        Linked source
      </p>
      <h2 class="title" tabIndex={-1} data-testid="card-title">
        {card.name}
      </h2>
      {card.known ? (
        <>
          {card.name !== card.domain && <p class="muted">{card.domain}</p>}
          {described && (
            <p class="muted" data-testid="card-link-kind">
              {capitalize(described)}
            </p>
          )}
          {card.assessments.length > 0 ? (
            <ul class="reasons" data-testid="card-link-ratings">
              {card.assessments.slice(0, 4).map((a, i) => (
                <li key={i} data-aspect={a.aspect}>
                  {capitalize(a.rating)}
                  {a.qualifier ? ` ${a.qualifier}` : ''} — {a.by}
                  {a.asOf ? ` (${a.asOf.slice(0, 4)})` : ''}
                </li>
              ))}
              {card.assessments.length > 4 && <li>and {card.assessments.length - 4} more</li>}
            </ul>
          ) : (
            <p class="muted">No published assessments in Backstory's directory.</p>
          )}
        </>
      ) : (
        <p class="muted" data-testid="card-link-unknown">
          Not in Backstory's directory.
          {card.mostlyCovers ? ` GDELT counts its articles as mostly covering ${countryName(card.mostlyCovers)}.` : ''}
        </p>
      )}
      <p class="keys">Each fact's source is in the side panel, under “Sources this article cites”.</p>
    </>
  );
}
