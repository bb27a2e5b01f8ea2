import type { MessageSpec } from '../../core/rule.js';

/** The message of `no-tls-key-logging` for `SSLKEYLOGFILE` in configuration files (rules.md C15). */
export type ConfigKeylogMessageId = 'configSslKeyLogFile';

export const CONFIG_KEYLOG_MESSAGES: Readonly<Record<ConfigKeylogMessageId, MessageSpec>> = {
  configSslKeyLogFile: {
    risk: 'medium',
    headline: '`SSLKEYLOGFILE` writes the TLS session keys of {{reach}} to {{file}}',
    text: "`SSLKEYLOGFILE` is set for {{reach}}: Python's `ssl`, curl and browsers then write the TLS session keys of every connection to {{file}}, and anyone who can read that file — there, in an image layer or in a backup — can decrypt every recorded connection, passwords and tokens included. Remove it; set it only by hand in a debugging session.",
  },
};
