import type { Rule } from '../core/rule.js';
import { RULES } from '../rules/index.js';

/**
 * The rules the plugin offers: those with JavaScript triggers. A rule of other languages only (Python,
 * configuration files) could never report in ESLint, so it gets no `tlsguard/<rule-id>`.
 */
export const JAVASCRIPT_RULES: readonly Rule[] = RULES.filter(
  (rule) => rule.triggers.javascript !== undefined,
);
