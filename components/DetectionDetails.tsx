import type { Detection } from '@/lib/page/types';

/** Why Backstory did or did not treat the page as an article: every signal and its weight. */
export function DetectionDetails({ detection }: { detection: Detection }) {
  const sorted = [...detection.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return (
    <details class="detection" data-testid="detection-details">
      <summary>Why Backstory {detection.isArticle ? 'reads this as an article' : 'stays out of the way here'}</summary>
      <p class="detection-score">Score {detection.score.toFixed(1)}</p>
      <ul>
        {sorted.map((reason) => (
          <li key={reason.signal + (reason.detail ?? '')}>
            <span class={reason.weight >= 0 ? 'weight-plus' : 'weight-minus'}>
              {reason.weight >= 0 ? '+' : '−'}
              {Math.abs(reason.weight).toFixed(1)}
            </span>{' '}
            {reason.signal.replace(/-/g, ' ')}
            {reason.detail ? `: ${reason.detail}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
