/** Text as a reader sees it: runs of whitespace (newlines, tabs, nbsp) as one space, trimmed. */
export function collapse(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
