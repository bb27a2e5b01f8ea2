import { defineRule } from '../../core/rule.js';

export type MessageId = 'keylogFile' | 'keylogLogged' | 'keylogOptIn' | 'keylogFlag';
const WHY =
  'anyone who can read the keys — there, in backups or in the log pipeline — can decrypt every recorded connection, passwords and tokens included';

export default defineRule<MessageId>({
  id: 'no-tls-key-logging',
  meta: {
    description:
      'Disallow writing TLS session keys to files or logs with a keylog listener or the --tls-keylog flag.',
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
      keylogFlag: {
        risk: 'medium',
        headline: '`--tls-keylog` makes {{target}} write TLS session keys to {{file}}',
        text: `\`--tls-keylog\` makes {{target}} write the TLS session keys of every connection to {{file}}: ${WHY}, and Node warns that it makes TLS insecure. Remove the flag; use it only by hand in a debugging session, never in code that ships.`,
      },
    },
  },
  triggers: { javascript: ["'keylog", '"keylog', '`keylog', '-keylog'] },
});
