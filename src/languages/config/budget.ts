/** Thrown when a file has more syntax nodes than its work limit allows. */
export class TooManyNodes extends Error {
  constructor() {
    super('too many syntax nodes');
  }
}

/**
 * The work limit of one file: every syntax node a reader looks at (YAML, Dockerfile, shell) costs one
 * step, so no input — however large or deeply nested its embedded scripts — costs more than the
 * limit the engine sets for any language.
 */
export class Budget {
  private used = 0;

  constructor(private readonly limit: number) {}

  charge(steps = 1): void {
    this.used += steps;
    if (this.used > this.limit) throw new TooManyNodes();
  }
}
