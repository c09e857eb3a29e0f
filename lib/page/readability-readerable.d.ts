// The readerable check ships as its own CommonJS file (module.exports = fn) without types; the
// package's index.d.ts only describes the root entry, which we must not import (90 KB).
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    doc: Document,
    options?: {
      minContentLength?: number;
      minScore?: number;
      visibilityChecker?: (node: Node) => boolean;
    },
  ): boolean;
}
