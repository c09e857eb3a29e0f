// The tag field's text → tags. Commas (and Enter, handled by the field) end a tag; what follows
// the last comma is still being typed.
import { cleanTags } from '@/lib/notes/schema';

/** 'news, syria, oi' → complete ['news', 'syria'], rest 'oi'. */
export function splitTagInput(value: string): { complete: string[]; rest: string } {
  const parts = value.split(/[,\n]/);
  const rest = parts.pop() ?? '';
  return { complete: parts.map((p) => p.trim()).filter(Boolean), rest: parts.length ? rest.trimStart() : rest };
}

/** The chips plus new ones, cleaned as the database will clean them (each once, any case). */
export function addTags(tags: readonly string[], additions: readonly string[]): string[] {
  return cleanTags([...tags, ...additions]);
}

export function removeTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((t) => t !== tag);
}

/** What Save sends: the chips and whatever is still typed in the field (nothing typed is lost). */
export function tagsToSave(tags: readonly string[], pending: string): string[] {
  return cleanTags([...tags, ...pending.split(/[,\n]/)]);
}

/** Known tags the note does not carry yet, for the field's suggestions. */
export function tagSuggestions(known: readonly string[], chosen: readonly string[], max = 200): string[] {
  const taken = new Set(chosen.map((t) => t.toLowerCase()));
  const out: string[] = [];
  for (const tag of known) {
    if (taken.has(tag.toLowerCase())) continue;
    taken.add(tag.toLowerCase());
    out.push(tag);
    if (out.length >= max) break;
  }
  return out;
}
