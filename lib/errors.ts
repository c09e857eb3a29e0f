// Errors as the reader reads them. Code that knows what went wrong in the reader's terms throws
// a ReaderError; everything else is reported with its technical detail in brackets.

/** An error whose message is written for the reader ("This note was already deleted…"). */
export class ReaderError extends Error {
  override name = 'ReaderError';
}

/** The message of anything thrown: Error's message, or the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the reader is told about a failure: their words if we have them, else the detail. */
export function readerMessage(error: unknown): string {
  if (error instanceof ReaderError) return error.message;
  return `Something went wrong (${errorMessage(error)}). Nothing was changed.`;
}
