import { configChecker } from '../../languages/config/checker.js';
import { flagValue, nodeFlagSites } from '../config/node-flags.js';
import type { MessageId } from './index.js';

/**
 * `--tls-keylog=<file>` in `NODE_OPTIONS` or on a `node` command line (rules.md C2), and
 * `SSLKEYLOGFILE` in any environment (C15).
 */
export const config = configChecker<MessageId>({
  check(context) {
    for (const site of nodeFlagSites(context.model)) {
      if (!site.words.some((word) => word === '--tls-keylog' || word.startsWith('--tls-keylog=')))
        continue;
      context.report({
        messageId: 'keylogFlag',
        data: { target: site.target, file: describeFile(flagValue(site.words, '--tls-keylog')) },
        range: site.rangeOf('--tls-keylog'),
        identity: site.identity,
        context: site.context,
      });
    }
    for (const env of context.model.env) {
      if (env.name !== 'SSLKEYLOGFILE' || env.value === '') continue;
      context.report({
        messageId: 'configSslKeyLogFile',
        data: { reach: env.context.reach, file: describeFile(env.value) },
        range: env.valueRange,
        identity: `${env.site} SSLKEYLOGFILE=${env.value ?? '…'}`,
        context: env.context,
      });
    }
  },
});

function describeFile(file: string | undefined): string {
  if (file === undefined) return 'a file chosen at run time';
  return file === '' ? 'a file' : `\`${file}\``;
}
