// Answers can come back out of order (a slow search, then a fast one). Each request takes a
// ticket; only the newest ticket's answer is used.

export interface LatestGuard {
  /** Call when sending a request; keep the ticket. */
  begin(): number;
  /** True while no newer request has been sent (and the guard was not cancelled). */
  isCurrent(ticket: number): boolean;
  /** Makes every ticket handed out so far stale (on unmount). */
  cancel(): void;
}

export function createLatestGuard(): LatestGuard {
  let latest = 0;
  return {
    begin: () => ++latest,
    isCurrent: (ticket) => ticket === latest,
    cancel: () => {
      latest++;
    },
  };
}
