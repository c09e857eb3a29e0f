// Stable ids for claims: FNV-1a over the normalized sentence, so the same sentence keeps its id
// (and a reader's dismissal) across visits and small whitespace or quote-style changes.

export function normalizeForId(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function claimId(text: string): string {
  return `claim:${fnv1a(normalizeForId(text))}`;
}
