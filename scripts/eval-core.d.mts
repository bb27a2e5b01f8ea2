export interface Located {
  readonly file: string;
  readonly line: number;
  readonly ruleId: string;
}

export function parseExpectations(
  file: string,
  text: string,
): { expected: Located[]; nearMisses: Located[] };

export function score(
  expected: readonly Located[],
  findings: readonly Located[],
): {
  truePositives: Located[];
  falsePositives: Located[];
  falseNegatives: Located[];
  recall: number;
  precision: number;
};
