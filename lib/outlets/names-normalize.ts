/**
 * A name reduced for matching: case, accents, punctuation, spaces and a leading "The" do not
 * count, so "Sott.net" → 'sottnet', "The New York Times" and "New York Times" → 'newyorktimes'.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .trim()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
