/** A verdict over the run-time alternatives of a value (ternary branches, `||` fallbacks, several writes). */
export interface Judged<T> {
  /** The worst verdict among the alternatives. */
  readonly verdict: T;
  /** False when some alternative is safe or unknown: the weakness depends on a run-time condition. */
  readonly always: boolean;
}

/** Undefined when no alternative has a verdict; otherwise the worst one (by `rank`) and whether all do. */
export function judgeAlternatives<T>(
  verdicts: readonly (T | undefined)[],
  rank: (verdict: T) => number,
): Judged<T> | undefined {
  const found = verdicts.filter((verdict): verdict is T => verdict !== undefined);
  const worst = found.reduce<T | undefined>(
    (best, verdict) => (best === undefined || rank(verdict) > rank(best) ? verdict : best),
    undefined,
  );
  return worst === undefined
    ? undefined
    : { verdict: worst, always: found.length === verdicts.length };
}
