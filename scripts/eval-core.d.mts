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

export interface EvalLanguage {
  readonly name: string;
  readonly minimum: { readonly recall: number; readonly precision: number };
  matches(path: string, firstLine: string): boolean;
}

export const EVAL_LANGUAGES: readonly EvalLanguage[];

export function evalLanguage(path: string, text: string): string | undefined;
