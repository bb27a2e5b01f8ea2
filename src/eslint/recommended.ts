import type { ESLint, Linter } from 'eslint';
import type { Rule } from '../core/rule.js';
import { severityForRisk } from '../core/severity.js';
import { SOURCE_EXTENSIONS } from '../languages/javascript/files.js';
import { JAVASCRIPT_RULES } from './javascript-rules.js';
import { severitiesProcessor } from './severities.js';

/** The namespace of the plugin's rules in `configs.recommended`: `tlsguard/<rule-id>`. */
export const NAMESPACE = 'tlsguard';

/**
 * `configs.recommended`: every rule on the files tlsguard scans, at the highest severity its
 * messages can have (the README's default severity: `error`, else `warn`), and the severities
 * processor, which lowers each message to the severity `tlsguard scan` gives that finding — so ESLint
 * fails exactly where `tlsguard scan` fails by default (`failSeverity: error`). A note (test and
 * example code, settings without effect) is a warning: ESLint has no lower level, and an editor is
 * where a developer should still see it.
 */
export function recommendedConfig(plugin: ESLint.Plugin): Linter.Config {
  return {
    name: `${NAMESPACE}/recommended`,
    files: SOURCE_EXTENSIONS.map((extension) => `**/*${extension}`),
    plugins: { [NAMESPACE]: plugin },
    processor: severitiesProcessor,
    rules: {
      ...Object.fromEntries(
        JAVASCRIPT_RULES.map((rule) => [`${NAMESPACE}/${rule.id}`, level(rule)]),
      ),
      [`${NAMESPACE}/suppression`]: 'warn',
    },
  };
}

function level(rule: Rule): 'error' | 'warn' {
  const risks = Object.values(rule.meta.messages).map((spec) => spec.risk);
  return risks.some((risk) => severityForRisk(risk) === 'error') ? 'error' : 'warn';
}
