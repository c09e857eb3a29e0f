// Which notes to list: this page or all pages, a search, a tag.
import type { JSX } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { formatNumber } from './wording';

export type ScopeKind = 'page' | 'all';

interface Props {
  scope: ScopeKind;
  /** False when the tab shows no article: "This page" is unavailable. */
  pageAvailable: boolean;
  onScope: (scope: ScopeKind) => void;
  searchText: string;
  onSearchText: (text: string) => void;
  tag: string;
  tags: { tag: string; count: number }[];
  onTag: (tag: string) => void;
}

const SCOPES: { kind: ScopeKind; label: string }[] = [
  { kind: 'page', label: 'This page' },
  { kind: 'all', label: 'All pages' },
];

export function NotesToolbar(props: Props) {
  const { scope, pageAvailable, onScope, searchText, onSearchText, tag, tags, onTag } = props;
  const id = useId();
  const group = useRef<HTMLDivElement>(null);
  const enabled = SCOPES.filter((s) => s.kind === 'all' || pageAvailable);

  // A radio group: one tab stop, arrow keys move between the choices.
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step || enabled.length < 2) return;
    e.preventDefault();
    const at = enabled.findIndex((s) => s.kind === scope);
    const next = enabled[(at + step + enabled.length) % enabled.length];
    onScope(next.kind);
    group.current?.querySelector<HTMLButtonElement>(`[data-scope="${next.kind}"]`)?.focus();
  };

  // Keep a chosen tag listed even when no note carries it any more, so the select shows it.
  const options = tag && !tags.some((t) => t.tag === tag) ? [{ tag, count: 0 }, ...tags] : tags;

  return (
    <div class="notes-toolbar">
      <div class="segmented" role="radiogroup" aria-label="Which notes" ref={group} onKeyDown={onKeyDown}>
        {SCOPES.map(({ kind, label }) => {
          const checked = scope === kind;
          const disabled = kind === 'page' && !pageAvailable;
          return (
            <button
              key={kind}
              type="button"
              role="radio"
              class="segment"
              data-scope={kind}
              data-testid={`notes-scope-${kind}`}
              aria-checked={checked}
              disabled={disabled}
              title={disabled ? 'This tab does not show an article' : undefined}
              tabIndex={checked ? 0 : -1}
              onClick={() => onScope(kind)}
            >
              {label}
            </button>
          );
        })}
      </div>
      <div class="notes-filters">
        <div class="filter filter-search">
          <label class="visually-hidden" for={`${id}-search`}>
            Search notes
          </label>
          <input
            id={`${id}-search`}
            type="search"
            class="text-field"
            data-testid="note-search"
            placeholder="Search notes"
            value={searchText}
            maxLength={500}
            onInput={(e) => onSearchText(e.currentTarget.value)}
          />
        </div>
        <div class="filter filter-tag">
          <label class="visually-hidden" for={`${id}-tag`}>
            Filter by tag
          </label>
          <select id={`${id}-tag`} class="text-field" data-testid="note-tag-filter" value={tag} onChange={(e) => onTag(e.currentTarget.value)}>
            <option value="">All tags</option>
            {options.map((t) => (
              <option key={t.tag} value={t.tag}>
                {t.tag} ({formatNumber(t.count)})
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
