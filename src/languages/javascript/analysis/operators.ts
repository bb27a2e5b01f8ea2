import {
  alternatives,
  isEnvDependent,
  known,
  oneOf,
  truthiness,
  unknown,
  type Primitive,
  type Value,
  type ValueType,
} from './value.js';

const COMPARISONS = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'in', 'instanceof']);

/** Folds `!x`, `void x`, `-x`, `+x`, `typeof x`; keeps environment dependence when it cannot fold. */
export function applyUnary(operator: string, argument: Value): Value {
  if (operator === 'void') return known(undefined);
  if (operator === '!') {
    const decided = truthiness(argument);
    return decided === undefined ? unknown('boolean', isEnvDependent(argument)) : known(!decided);
  }
  if (argument.kind === 'known') {
    const folded = foldUnary(operator, argument.value);
    if (folded.ok) return known(folded.value);
  }
  if (argument.kind === 'oneOf') return oneOf(argument.options.map((o) => applyUnary(operator, o)));
  const type: ValueType =
    operator === 'typeof' ? 'string' : operator === 'delete' ? 'boolean' : 'number';
  return unknown(type, isEnvDependent(argument));
}

/** Folds a binary operator over known operands (per alternative); otherwise the result's type only. */
export function applyBinary(operator: string, left: Value, right: Value): Value {
  const lefts = alternatives(left);
  const rights = alternatives(right);
  if (lefts.length * rights.length <= 16) {
    const results: Value[] = [];
    for (const l of lefts) {
      for (const r of rights) {
        const folded =
          l.kind === 'known' && r.kind === 'known'
            ? foldBinary(operator, l.value, r.value)
            : undefined;
        if (!folded?.ok) return resultType(operator, left, right);
        results.push(known(folded.value));
      }
    }
    return oneOf(results);
  }
  return resultType(operator, left, right);
}

function resultType(operator: string, left: Value, right: Value): Value {
  const env = isEnvDependent(left) || isEnvDependent(right);
  if (COMPARISONS.has(operator)) return unknown('boolean', env);
  if (operator === '+') {
    const stringy = [left, right].some((v) => v.kind === 'known' && typeof v.value === 'string');
    return unknown(stringy ? 'string' : 'any', env);
  }
  return unknown('number', env);
}

type Folded = { ok: true; value: Primitive } | { ok: false };

function foldUnary(operator: string, value: Primitive): Folded {
  try {
    switch (operator) {
      case '-':
        return { ok: true, value: -(value as number) };
      case '+':
        return { ok: true, value: Number(value) };
      case '~':
        return { ok: true, value: ~(value as number) };
      case 'typeof':
        return { ok: true, value: typeof value };
      default:
        return { ok: false };
    }
  } catch {
    return { ok: false };
  }
}

function foldBinary(operator: string, l: Primitive, r: Primitive): Folded {
  try {
    const a = l as number;
    const b = r as number;
    switch (operator) {
      case '===':
        return { ok: true, value: l === r };
      case '!==':
        return { ok: true, value: l !== r };
      case '==':
        return { ok: true, value: l == r };
      case '!=':
        return { ok: true, value: l != r };
      case '+':
        return { ok: true, value: (l as string) + (r as string) };
      case '-':
        return { ok: true, value: a - b };
      case '*':
        return { ok: true, value: a * b };
      case '/':
        return { ok: true, value: a / b };
      case '%':
        return { ok: true, value: a % b };
      case '|':
        return { ok: true, value: a | b };
      case '&':
        return { ok: true, value: a & b };
      case '^':
        return { ok: true, value: a ^ b };
      case '<<':
        return { ok: true, value: a << b };
      case '>>':
        return { ok: true, value: a >> b };
      case '<':
        return { ok: true, value: a < b };
      case '>':
        return { ok: true, value: a > b };
      case '<=':
        return { ok: true, value: a <= b };
      case '>=':
        return { ok: true, value: a >= b };
      default:
        return { ok: false };
    }
  } catch {
    return { ok: false };
  }
}
