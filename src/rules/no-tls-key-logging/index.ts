import { defineRule } from '../../core/rule.js';
import {
  CONFIG_KEYLOG_MESSAGES,
  type ConfigKeylogMessageId,
} from '../config/key-logging-messages.js';

export type MessageId =
  | 'keylogFile'
  | 'keylogLogged'
  | 'keylogOptIn'
  | 'keylogFlag'
  | ConfigKeylogMessageId
  | PythonMessageId;
export type PythonMessageId = 'pythonKeylogFile' | 'pythonKeylogVariable';
const WHY =
  'anyone who can read the keys — there, in backups or in the log pipeline — can decrypt every recorded connection, passwords and tokens included';

export default defineRule<MessageId>({
  id: 'no-tls-key-logging',
  meta: {
    description:
      'Disallow writing TLS session keys to files or logs with a keylog listener, the --tls-keylog flag, SSLKEYLOGFILE or keylog_filename.',
    category: 'key-logging',
    cwe: ['CWE-532'],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      keylogFile: {
        risk: 'medium',
        headline:
          "This `'keylog'` listener writes the TLS session keys of `{{emitter}}` to a file through `{{sink}}`",
        text: `This \`'keylog'\` listener writes the TLS session keys of \`{{emitter}}\` to a file or stream through \`{{sink}}\`: ${WHY}. Node itself warns that key logging makes TLS insecure. Remove the listener; for a one-off debugging session, enable it only behind an explicit opt-in such as \`SSLKEYLOGFILE\`, never in shipped code.`,
      },
      keylogLogged: {
        risk: 'low',
        headline:
          "This `'keylog'` listener passes the TLS session keys of `{{emitter}}` to `{{sink}}`",
        text: `This \`'keylog'\` listener passes the TLS session keys of \`{{emitter}}\` to \`{{sink}}\`: console output and application logs are usually collected and kept, and ${WHY}. Remove the listener; if you need keys to debug, write them to a local file behind an explicit, temporary opt-in.`,
      },
      keylogOptIn: {
        risk: 'low',
        headline: 'This {{what}} writes TLS session keys when `{{condition}}` holds',
        text: 'This {{what}} writes TLS session keys only when `{{condition}}` holds. Left switched on — in staging, or in production by mistake — it exposes the keys of every connection, and anyone who can read the file can decrypt recorded traffic. Make it an explicit debugging opt-in such as `SSLKEYLOGFILE` (the file exists only when an operator names it), and remove the code once the debugging is done.',
      },
      pythonKeylogFile: {
        risk: 'medium',
        headline:
          '`{{target}}.keylog_filename` writes the TLS session keys of this context to a file',
        text: `Setting \`{{target}}.keylog_filename\` to {{file}} makes every connection of this context write its TLS session keys to that file: ${WHY}. Remove it; for a one-off debugging session set \`SSLKEYLOGFILE\` by hand in your shell, never in code that ships.`,
      },
      pythonKeylogVariable: {
        risk: 'medium',
        headline: '`SSLKEYLOGFILE` set for {{target}}: their TLS session keys go to a file',
        text: `Setting \`SSLKEYLOGFILE\` for {{target}} makes every context from \`ssl.create_default_context()\` (Python 3.8+), curl, Firefox and Chrome write their TLS session keys to {{file}}: ${WHY}. Remove it; set the variable by hand in a debugging shell, never in code that ships.`,
      },
      keylogFlag: {
        risk: 'medium',
        headline: '`--tls-keylog` makes {{target}} write TLS session keys to {{file}}',
        text: `\`--tls-keylog\` makes {{target}} write the TLS session keys of every connection to {{file}}: ${WHY}, and Node warns that it makes TLS insecure. Remove the flag; use it only by hand in a debugging session, never in code that ships.`,
      },
      ...CONFIG_KEYLOG_MESSAGES,
    },
  },
  triggers: {
    javascript: ["'keylog", '"keylog', '`keylog', '-keylog'],
    config: ['--tls-keylog', 'SSLKEYLOGFILE'],
    python: ['keylog_filename', 'SSLKEYLOGFILE'],
  },
});
