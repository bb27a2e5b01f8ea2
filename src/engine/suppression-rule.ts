import { defineRule } from '../core/rule.js';

/**
 * Findings about suppression comments themselves. Not a rule in the registry (nothing to configure or
 * scan for); its id is namespaced so it can never clash with a real rule.
 */
export const suppressionRule = defineRule<
  'missingReason' | 'missingRule' | 'unknownRule' | 'unused'
>({
  id: 'tlsguard/suppression',
  meta: {
    description: 'Report inline suppressions that are malformed or suppress nothing.',
    category: 'certificate-verification',
    cwe: [],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      missingReason: {
        risk: 'medium',
        headline: 'This suppression gives no reason, so it suppresses nothing',
        text: 'This suppression gives no reason, so it suppresses nothing: a reviewer must be able to see why the finding is acceptable. Add it after `--`, e.g. `// tlsguard-ignore-next-line {{ruleId}} -- test server with a throw-away certificate`.',
      },
      missingRule: {
        risk: 'medium',
        headline: 'This suppression names no rule, so it suppresses nothing',
        text: 'This suppression names no rule, so it suppresses nothing; tlsguard has no blanket suppression on purpose. Name the rule, e.g. `// tlsguard-ignore-next-line no-disabled-cert-verification -- <reason>`.',
      },
      unknownRule: {
        risk: 'medium',
        headline:
          '`{{ruleId}}` is not a tlsguard rule{{suggestion}}: this suppression suppresses nothing',
        text: '`{{ruleId}}` is not a tlsguard rule{{suggestion}}, so this suppression suppresses nothing. Use a rule id listed by `tlsguard --help`.',
      },
      unused: {
        risk: 'low',
        headline:
          'This suppression of `{{ruleId}}` suppresses nothing: no such finding on line {{line}}',
        text: 'This suppression of `{{ruleId}}` suppresses nothing: there is no such finding on line {{line}}. Remove it — the code it excused may have been fixed or moved, and a stale suppression would hide a future finding there.',
      },
    },
  },
  triggers: {},
});
