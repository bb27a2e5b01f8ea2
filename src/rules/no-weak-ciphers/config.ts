import { configChecker } from '../../languages/config/checker.js';
import {
  CIPHER_SEPARATORS,
  judgeCipherTokens,
  WEAKNESS_LABELS,
  type WeakToken,
} from '../knowledge/cipher-list.js';
import { flagValue, nodeFlagSites } from '../config/node-flags.js';
import type { MessageId } from './index.js';

const SECLEVEL_ZERO_LABEL = 'security level 0: null and anonymous suites, tiny keys, TLS 1.0/1.1';

/** `--tls-cipher-list=…` in `NODE_OPTIONS` or on a `node` command line: every connection's default list (rules.md C2). */
export const config = configChecker<MessageId>({
  check(context) {
    for (const site of nodeFlagSites(context.model)) {
      const list = flagValue(site.words, '--tls-cipher-list');
      const verdict =
        list === undefined
          ? undefined
          : judgeCipherTokens(list.split(CIPHER_SEPARATORS).filter((t) => t !== ''));
      if (!verdict) continue;
      const reported = verdict.weak.length > 0 ? verdict.weak : verdict.legacy;
      const tokens = verdict.seclevelZero
        ? ['@SECLEVEL=0', ...verdict.weak.map((weak) => weak.token)]
        : reported.map((weak) => weak.token);
      const weaknesses = [
        ...(verdict.seclevelZero ? [SECLEVEL_ZERO_LABEL] : []),
        ...labels(verdict.seclevelZero ? verdict.weak : reported),
      ];
      if (tokens.length === 0) continue;
      const legacy = !verdict.seclevelZero && verdict.weak.length === 0;
      context.report({
        messageId: legacy ? 'legacy' : 'global',
        data: {
          setting: '`--tls-cipher-list`',
          target: site.target,
          tokens: [...new Set(tokens)].map((token) => `\`${token}\``).join(', '),
          weaknesses: weaknesses.join(', '),
        },
        range: site.rangeOf('--tls-cipher-list'),
        identity: site.identity,
        context: site.context,
      });
    }
  },
});

function labels(tokens: readonly WeakToken[]): string[] {
  return [...new Set(tokens.flatMap((token) => token.weaknesses))].map(
    (weakness) => WEAKNESS_LABELS[weakness],
  );
}
