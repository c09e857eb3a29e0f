// JavaScript's `\s` as a test on one UTF-16 code unit. Mapping highlight offsets to the DOM
// steps through text one character at a time; a regular expression per character made that
// the largest part of painting an article.

/** Whether `code` (a UTF-16 code unit) is whitespace as `\s` in a regular expression means it. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether the character at `i` of `s` is whitespace (false past either end). */
export const isWhitespaceAt = (s: string, i: number): boolean => i >= 0 && i < s.length && isWhitespaceCode(s.charCodeAt(i));
