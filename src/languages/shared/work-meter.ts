/**
 * Thrown when one file's analysis has used up its work limit. The engine stops the file's rule
 * traversal, keeps what was found so far and reports the file as `too-complex`.
 */
export class WorkLimitReached extends Error {
  constructor(readonly steps: number) {
    super(`the analysis of this file took more than ${steps.toLocaleString('en-US')} steps`);
    this.name = 'WorkLimitReached';
  }
}

/**
 * Counts the work of one file's analysis: every value asked for, every reference, write, use and
 * syntax node a resolver or rule helper looks at. Two bounds:
 * - a *question* (one rule asking one thing: a value, the uses of an object, a module reference) may
 *   take `questionLimit` steps; past it the resolvers give up with `unknown` — the answer is cut short;
 * - the *file* may take `fileLimit` steps in all; past it `spend` throws `WorkLimitReached`.
 */
export class WorkMeter {
  /** Steps spent on the file so far. */
  total = 0;
  private question = 0;
  private depth = 0;

  constructor(
    readonly fileLimit: number,
    readonly questionLimit: number,
  ) {}

  /** Runs `answer` as one question; questions asked while answering it count as part of it. */
  ask<T>(answer: () => T): T {
    if (this.depth === 0) this.question = 0;
    this.depth++;
    try {
      return answer();
    } finally {
      this.depth--;
    }
  }

  spend(steps = 1): void {
    this.total += steps;
    this.question += steps;
    if (this.total > this.fileLimit) throw new WorkLimitReached(this.fileLimit);
  }

  /** True once the current question has used its steps: resolvers stop and answer `unknown`. */
  get questionSpent(): boolean {
    return this.question > this.questionLimit;
  }
}

/**
 * Syntax walks inside rules (`forEachChild`) are charged to this meter while a file's rules run. The walk
 * helpers are called from many rule helpers that have no analysis at hand; threading the meter through
 * each of them would widen every signature for the sake of one counter. Analysis is synchronous, one
 * file at a time per thread, so one slot per module instance is enough.
 */
let walkMeter: WorkMeter | undefined;

export function chargingWalksTo<T>(meter: WorkMeter, run: () => T): T {
  const previous = walkMeter;
  walkMeter = meter;
  try {
    return run();
  } finally {
    walkMeter = previous;
  }
}

export function chargeWalkStep(): void {
  walkMeter?.spend(1);
}
