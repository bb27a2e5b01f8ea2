import type { Variable } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { UNKNOWN, type Value } from './value.js';
import type { WorkMeter } from '../../shared/work-meter.js';

/** What a value is asked for: an expression, or a variable (everything written to it). */
export type ValueKey = TSESTree.Node | Variable;

/** How many values may be in evaluation at once: a chain of aliases deeper than this is `unknown`. */
const MAX_DEPTH = 24;

/**
 * The answers of one file's value resolution, each computed once.
 *
 * A value can depend on itself (`let a = b; let b = a`, `e = e || {}`): the inner request is cut with
 * `unknown`, which stands for any value, so what comes out is a sound approximation. Whether it may be
 * kept depends on where the cut pointed. A value whose cuts all pointed at itself or at values it
 * started is complete whoever asks, and is kept; one whose cut pointed at a value still being computed
 * further out is provisional (it holds that outer value's `unknown`) and is computed again when asked
 * again. This is the low-link bookkeeping of Tarjan's strongly connected components: without it a
 * variable written as `e = e || {}` in a minified bundle was recomputed for each of its thousands of
 * references.
 *
 * A chain of requests deeper than `MAX_DEPTH` is cut too. What the cut value's computation found is as
 * good as any request from that depth or deeper could find, so it is reused there, and computed again
 * only when asked from nearer the top: helpers that call helpers in a cycle are each computed a bounded
 * number of times, however many paths lead to them.
 *
 * A question that runs out of steps (see `WorkMeter`) ends there: every value it was computing is kept
 * as `unknown`, so the same expensive question is never asked twice.
 */
export class ValueMemo {
  private readonly values = new Map<ValueKey, Answer>();
  /** The values being computed, with their position on the stack of requests. */
  private readonly active = new Map<ValueKey, number>();
  /** The outermost stack position a cycle cut inside the current computation pointed at. */
  private reach = Number.POSITIVE_INFINITY;
  /** Whether the current computation was cut by the depth limit somewhere below. */
  private tooDeep = false;

  constructor(private readonly meter: WorkMeter) {}

  value(key: ValueKey, compute: () => Value): Value {
    const known = this.values.get(key);
    if (known && known.validFrom <= this.active.size) return known.value;
    if (this.active.size === 0) return this.meter.ask(() => this.evaluate(key, compute));
    return this.evaluate(key, compute);
  }

  private evaluate(key: ValueKey, compute: () => Value): Value {
    const cycle = this.active.get(key);
    if (cycle !== undefined) {
      this.reach = Math.min(this.reach, cycle);
      return UNKNOWN;
    }
    if (this.active.size > MAX_DEPTH) {
      this.tooDeep = true;
      return UNKNOWN;
    }
    if (this.meter.questionSpent) return UNKNOWN;
    this.meter.spend();
    const depth = this.active.size;
    const outer = { reach: this.reach, tooDeep: this.tooDeep };
    this.reach = Number.POSITIVE_INFINITY;
    this.tooDeep = false;
    this.active.set(key, depth);
    try {
      return this.settle(key, depth, compute());
    } finally {
      this.active.delete(key);
      this.reach = Math.min(
        outer.reach,
        this.reach >= depth ? Number.POSITIVE_INFINITY : this.reach,
      );
      this.tooDeep ||= outer.tooDeep;
    }
  }

  /** Keeps what may be kept of a finished computation (see the class comment) and returns it. */
  private settle(key: ValueKey, depth: number, value: Value): Value {
    if (this.meter.questionSpent) {
      this.values.set(key, { value: UNKNOWN, validFrom: 0 });
      return UNKNOWN;
    }
    // Cut by depth, the value is as good as any asked at this depth or deeper would be; asked from
    // nearer the top, it is computed again (at most once per depth, so the work stays bounded).
    if (this.reach >= depth) this.values.set(key, { value, validFrom: this.tooDeep ? depth : 0 });
    return value;
  }
}

interface Answer {
  readonly value: Value;
  /** The least stack depth at which the answer may be reused. */
  readonly validFrom: number;
}
