// Tags as removable chips. A comma or Enter turns what was typed into a chip; Backspace in an
// empty field removes the last chip; known tags are offered through a <datalist>.
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { addTags, removeTag, splitTagInput, tagSuggestions } from './tags';

interface Props {
  tags: string[];
  /** Text typed after the last chip. */
  pending: string;
  onChange: (tags: string[], pending: string) => void;
  suggestions: string[];
  testId: string;
  label?: string;
}

export function TagInput({ tags, pending, onChange, suggestions, testId, label = 'Tags' }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const offered = tagSuggestions(suggestions, tags);

  const onInput = (e: JSX.TargetedEvent<HTMLInputElement, Event>) => {
    const value = e.currentTarget.value;
    const { complete, rest } = splitTagInput(value);
    // Picking a suggestion from the list replaces the text: that is a whole tag.
    const picked = (e as unknown as InputEvent).inputType === 'insertReplacementText' && offered.includes(value);
    if (picked) onChange(addTags(tags, [value]), '');
    else if (complete.length) onChange(addTags(tags, complete), rest);
    else onChange(tags, value);
  };

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      // Enter makes a chip; it does not submit the form.
      e.preventDefault();
      if (pending.trim()) onChange(addTags(tags, [pending]), '');
    } else if (e.key === 'Backspace' && pending === '' && tags.length > 0) {
      e.preventDefault();
      onChange(tags.slice(0, -1), '');
    }
  };

  const onBlur = () => {
    if (pending.trim()) onChange(addTags(tags, [pending]), '');
  };

  return (
    <div class="tag-input">
      <label class="field-label" for={id}>
        {label}
      </label>
      <div class="tag-field">
        {tags.length > 0 && (
          <ul class="tag-chips" aria-label="Tags on this note">
            {tags.map((tag) => (
              <li class="tag-chip" key={tag}>
                <span class="tag-chip-text">{tag}</span>
                <button
                  type="button"
                  class="tag-chip-remove"
                  aria-label={`Remove tag ${tag}`}
                  title={`Remove tag ${tag}`}
                  data-testid="note-tag-remove"
                  onClick={() => onChange(removeTag(tags, tag), pending)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          type="text"
          class="tag-text"
          data-testid={testId}
          list={listId}
          value={pending}
          autoComplete="off"
          spellcheck={false}
          aria-describedby={hintId}
          placeholder={tags.length ? '' : 'e.g. sources, follow up'}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
      </div>
      <datalist id={listId}>
        {offered.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <p class="field-hint" id={hintId}>
        Separate tags with a comma or Enter.
      </p>
    </div>
  );
}
