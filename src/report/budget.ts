/**
 * A text that must stay under a platform limit (job summary: 1 MiB in bytes; PR comment: 65,536
 * characters). Parts are added while they fit; whoever adds keeps `reserve` free for what must follow,
 * so a truncation note always fits and nothing is cut mid-row.
 */
export class Budget {
  private readonly parts: string[] = [];
  private used = 0;

  constructor(
    readonly limit: number,
    private readonly measure: (text: string) => number,
  ) {}

  /** Adds `text` if it fits with `reserve` left over; false (and nothing added) otherwise. */
  tryAdd(text: string, reserve = 0): boolean {
    const cost = this.measure(text);
    if (this.used + cost + reserve > this.limit) return false;
    this.parts.push(text);
    this.used += cost;
    return true;
  }

  /** Adds text that must be there (headings, notes); callers reserved room for it. */
  add(text: string): void {
    this.parts.push(text);
    this.used += this.measure(text);
  }

  get size(): number {
    return this.used;
  }

  toString(): string {
    return this.parts.join('');
  }
}

const encoder = new TextEncoder();

export const utf8Bytes = (text: string): number => encoder.encode(text).byteLength;
export const characters = (text: string): number => text.length;

/**
 * Adds rows while they fit (keeping `reserve` free) and returns how many did not. The caller says so
 * explicitly — a silently shortened list is the complaint we are avoiding.
 */
export function addRows(budget: Budget, rows: readonly string[], reserve: number): number {
  let index = 0;
  while (index < rows.length && budget.tryAdd(rows[index] ?? '', reserve)) index++;
  return rows.length - index;
}
