import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  children?: ComponentChildren;
  /** 'busy' shows a spinner and is announced politely to screen readers. */
  tone?: 'calm' | 'busy' | 'problem';
  testId?: string;
}

/** A panel-wide state: loading, not an article, cannot read the page, an error. */
export function StatusNote({ title, children, tone = 'calm', testId }: Props) {
  return (
    <div class={`status status-${tone}`} role={tone === 'problem' ? 'alert' : 'status'} data-testid={testId}>
      {tone === 'busy' && <span class="spinner" aria-hidden="true" />}
      <p class="status-title">{title}</p>
      {children}
    </div>
  );
}
