// Published assessments of an outlet, and the reader's own lists' ratings, grouped by the kind of
// statement they are (reliability, bias, satire, state media, opinion, content), never mixed or
// averaged. Each rating is quoted as its rater wrote it, with its qualifier, the rater's scale,
// when, and a link; where raters read differently the group says so. A calm dot hints at how a
// reliability rating reads, never in red.
import { raterDisagreement } from '@/lib/outlets/assessments';
import type { Assessment } from '@/lib/outlets/types';
import { formatDate } from '../format';
import {
  scopeText,
  assessmentDetail,
  assessmentTone,
  assessorText,
  capitalize,
  readerListText,
  TONE_HINTS,
  webUrl,
  yearOf,
} from './outlet-labels';

interface Props {
  /** The outlet's published assessments; null when the outlet has no record to speak of. */
  published: Assessment[] | null;
  /** Ratings from the reader's imported lists (`by` is the list's name). */
  reader: Assessment[];
  /** What to say when `published` is empty. */
  emptyText?: string;
}

const ASPECTS = [
  { aspect: 'reliability', heading: 'Reliability' },
  { aspect: 'bias', heading: 'Bias or viewpoint' },
  { aspect: 'satire', heading: 'Satire' },
  { aspect: 'state-media', heading: 'State control' },
  { aspect: 'opinion', heading: 'Opinion' },
  { aspect: 'content', heading: 'Content' },
] as const;

function ToneDot({ assessment }: { assessment: Assessment }) {
  const tone = assessmentTone(assessment);
  return (
    <span
      class={`tone-dot tone-${assessment.aspect === 'bias' ? 'bias' : tone}`}
      aria-hidden="true"
      title={TONE_HINTS[tone] || undefined}
    />
  );
}

function Assessor({ assessment }: { assessment: Assessment }) {
  const url = webUrl(assessment.url);
  const year = yearOf(assessment.asOf);
  if (!url) return <>{assessorText(assessment)}</>;
  return (
    <>
      <a href={url} target="_blank" rel="noopener noreferrer" title={url}>
        {assessment.by}
      </a>
      {year && ` (${year})`}
    </>
  );
}

/** A long summary (Wikipedia's list) folds away; a short remark is shown as is. */
function Note({ text }: { text: string }) {
  if (text.length <= 160) return <span class="assessment-detail assessment-note">{text}</span>;
  return (
    <details class="assessment-detail assessment-summary">
      <summary>{text.slice(0, 120).replace(/\s+\S*$/, '')}…</summary>
      {text}
    </details>
  );
}

function PublishedItem({ assessment }: { assessment: Assessment }) {
  const detail = assessmentDetail(assessment);
  const scope = scopeText(assessment);
  return (
    <li class="assessment" data-testid="assessment" data-aspect={assessment.aspect}>
      <ToneDot assessment={assessment} />
      <span class="assessment-text">
        <span class="assessment-rating">{capitalize(assessment.rating)}</span>
        {assessment.qualifier && <span class="assessment-qualifier"> {assessment.qualifier}</span>} — <Assessor assessment={assessment} />
        {scope && (
          <span class="assessment-detail" data-testid="assessment-scope">
            {scope}
          </span>
        )}
        {detail && <span class="assessment-detail">{detail}</span>}
        {assessment.note && <Note text={assessment.note} />}
      </span>
    </li>
  );
}

function ReaderItem({ assessment }: { assessment: Assessment }) {
  return (
    <li class="assessment assessment-mine" data-testid="assessment-reader" data-aspect={assessment.aspect}>
      <ToneDot assessment={assessment} />
      <span class="assessment-text">
        <span class="assessment-rating">{capitalize(assessment.rating)}</span> —{' '}
        <span class="assessment-mine-label">{readerListText(assessment.by)}</span>
        {assessment.asOf && <span class="assessment-detail">Imported {formatDate(assessment.asOf)}</span>}
        {assessment.note && <span class="assessment-detail assessment-note">{assessment.note}</span>}
      </span>
    </li>
  );
}

export function OutletAssessments({ published, reader, emptyText = "No published assessments in Backstory's directory." }: Props) {
  const all = published ?? [];
  if (!all.length && !reader.length && published === null) return null;
  return (
    <div class="outlet-assessments" data-testid="outlet-assessments">
      <h4 class="outlet-subheading">Assessments</h4>
      {published !== null && !all.length && (
        <p class="empty" data-testid="assessments-none">
          {emptyText}
        </p>
      )}
      {ASPECTS.map(({ aspect, heading }) => {
        const theirs = all.filter((a) => a.aspect === aspect);
        const mine = reader.filter((a) => a.aspect === aspect);
        if (!theirs.length && !mine.length) return null;
        const differ = raterDisagreement(theirs);
        return (
          <div class="assessment-group" key={aspect} data-testid={`assessments-${aspect}`}>
            <h5 class="assessment-heading">{heading}</h5>
            {differ && (
              <p class="assessment-differ" data-testid="raters-differ">
                {differ}
              </p>
            )}
            <ul class="assessment-list">
              {theirs.map((a, i) => (
                <PublishedItem key={`p${i}`} assessment={a} />
              ))}
              {mine.map((a, i) => (
                <ReaderItem key={`r${i}`} assessment={a} />
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
