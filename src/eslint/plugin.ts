import type { ESLint, Linter } from 'eslint';
import { TOOL } from '../core/tool.js';
import { suppressionRule } from '../engine/suppression-rule.js';
import type { Parser } from '../languages/javascript/parser.js';
import { JAVASCRIPT_RULES } from './javascript-rules.js';
import { NAMESPACE, recommendedConfig } from './recommended.js';
import { eslintRule } from './rule-module.js';
import { severitiesProcessor } from './severities.js';

export interface TlsguardPlugin extends ESLint.Plugin {
  readonly configs: { readonly recommended: Linter.Config };
}

/**
 * tlsguard as an ESLint plugin (ESLint 9 and 10, flat config): a rule `tlsguard/<rule-id>` for every
 * JavaScript/TypeScript rule and `tlsguard/suppression` for `// tlsguard-ignore…` comments, the
 * severities processor, and `configs.recommended`. `parser` is typescript-estree, loaded.
 */
export function createPlugin(parser: Parser): TlsguardPlugin {
  const rules = Object.fromEntries([
    ...JAVASCRIPT_RULES.map((rule) => [rule.id, eslintRule(rule, parser)] as const),
    ['suppression', eslintRule(suppressionRule, parser)] as const,
  ]);
  // One object: ESLint refuses two different plugin objects under one namespace, so the one in
  // `configs.recommended` must be the very one users import.
  const configs = {} as { recommended: Linter.Config };
  const plugin: TlsguardPlugin = {
    meta: { name: TOOL.name, version: TOOL.version, namespace: NAMESPACE },
    rules,
    processors: { severities: severitiesProcessor },
    configs,
  };
  configs.recommended = recommendedConfig(plugin);
  return plugin;
}
