import { configChecker } from '../../languages/config/checker.js';
import { nodeFlagSites } from '../config/node-flags.js';
import type { MessageId } from './index.js';

const MIN_VERSIONS: Readonly<Record<string, string>> = {
  '--tls-min-v1.0': 'TLS 1.0',
  '--tls-min-v1.1': 'TLS 1.1',
};

/** `--tls-min-v1.0`/`--tls-min-v1.1` (medium) and `--tls-max-v1.2` (info) in `NODE_OPTIONS` or on a `node` command line (rules.md C2). */
export const config = configChecker<MessageId>({
  check(context) {
    for (const site of nodeFlagSites(context.model)) {
      const flag = site.words.find((word) => word in MIN_VERSIONS);
      const version = flag === undefined ? undefined : MIN_VERSIONS[flag];
      const base = { identity: site.identity, context: site.context };
      if (flag !== undefined && version !== undefined) {
        context.report({
          ...base,
          range: site.rangeOf(flag),
          messageId: 'cliMinVersion',
          data: { flag, version, target: site.target },
        });
      } else if (site.words.includes('--tls-max-v1.2')) {
        context.report({
          ...base,
          range: site.rangeOf('--tls-max-v1.2'),
          messageId: 'globalMaxTls12',
          data: { setting: '`--tls-max-v1.2`', target: site.target },
        });
      }
    }
  },
});
