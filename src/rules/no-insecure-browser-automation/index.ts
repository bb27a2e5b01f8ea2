import { defineRule } from '../../core/rule.js';

export type MessageId =
  | 'acceptInsecureCerts'
  | 'ignoreHttpsErrors'
  | 'puppeteerIgnoreHttpsErrors'
  | 'ignoreCertificateErrorsArg'
  | 'conditional';
const WHY =
  'makes the browser accept any TLS certificate — self-signed, expired or issued for another host — so what it loads and submits (logins, tokens, test results) can be read or changed by anyone on the network path, and certificate problems of the site under test go unnoticed';
const FIX =
  'Give the test server a certificate the browser trusts instead: issue it from a local CA (for example with mkcert) and trust that CA in the system or browser profile.';
export const CAPABILITY_CONSTANT = 'ACCEPT_INSECURE_TLS_CERTS';

export default defineRule<MessageId>({
  id: 'no-insecure-browser-automation',
  meta: {
    description:
      'Disallow telling automated browsers (Puppeteer, Playwright, WebDriver) to accept invalid TLS certificates.',
    category: 'browser-automation',
    cwe: ['CWE-295'],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      acceptInsecureCerts: {
        risk: 'medium',
        headline: '`acceptInsecureCerts: true`{{where}} makes the browser accept any certificate',
        text: `\`acceptInsecureCerts: true\`{{where}} ${WHY}. ${FIX}`,
      },
      ignoreHttpsErrors: {
        risk: 'medium',
        headline: '`ignoreHTTPSErrors: true`{{where}} makes the browser accept any certificate',
        text: `\`ignoreHTTPSErrors: true\`{{where}} ${WHY}. ${FIX}`,
      },
      puppeteerIgnoreHttpsErrors: {
        risk: 'medium',
        headline:
          '`ignoreHTTPSErrors: true`{{where}}: any certificate on Puppeteer ≤ 22, ignored since 23',
        text: `\`ignoreHTTPSErrors: true\`{{where}}: on Puppeteer 22 and older this ${WHY}. Puppeteer 23 renamed the option to \`acceptInsecureCerts\` and silently ignores the old name, so on current versions the line does nothing — do not "fix" it by renaming. ${FIX}`,
      },
      ignoreCertificateErrorsArg: {
        risk: 'medium',
        headline: 'The browser switch `{{arg}}` makes the browser accept any certificate',
        text: `The browser switch \`{{arg}}\` ${WHY}. Remove the switch. ${FIX}`,
      },
      conditional: {
        risk: 'low',
        headline: '`{{option}}` makes the browser accept any certificate {{condition}}',
        text: `\`{{option}}\` is \`{{expression}}\`, which — {{condition}} — ${WHY}; switches like this end up on where they should not. ${FIX}`,
      },
    },
  },
  triggers: {
    javascript: [
      'acceptInsecureCerts',
      'AcceptInsecureCerts',
      CAPABILITY_CONSTANT,
      'ignoreHTTPSErrors',
      'ignore-certificate-errors',
    ],
  },
});
