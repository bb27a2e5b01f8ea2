import type { RuleTests } from '../../../test/rule-tester.js';

/**
 * The valid and invalid JavaScript/TypeScript cases of no-insecure-browser-automation: run through the engine by
 * javascript.test.ts and through the ESLint plugin by src/eslint/rule-tables.test.ts.
 */
export const cases: RuleTests = {
  valid: [
    // rules.md R6 "Do not flag"
    'browser.newContext({ ignoreHTTPSErrors: false })',
    // off, opaque, or read
    'puppeteer.launch({ acceptInsecureCerts: false })',
    'new chrome.Options().setAcceptInsecureCerts(false)',
    'request.newContext({ ignoreHTTPSErrors: opts.insecure })',
    'puppeteer.launch({ acceptInsecureCerts: config.acceptInsecureCerts })',
    "browser.newContext({ ignoreHTTPSErrors: 'true' })",
    'if (caps.get(Capability.ACCEPT_INSECURE_TLS_CERTS)) warn()',
    'const insecure = capabilities.acceptInsecureCerts === true',
    'const { ignoreHTTPSErrors = false } = options',
    "caps.set(Capability.BROWSER_NAME, 'chrome')",
    "settings.set('acceptInsecureCerts', false)",
    'interface LaunchOptions { acceptInsecureCerts?: boolean; ignoreHTTPSErrors?: boolean }',
    // comments and strings that mention the options
    '// acceptInsecureCerts: true\npuppeteer.launch({ headless: true })',
    "const help = 'pass --ignore-certificate-errors to skip certificate checks'",
    "log('ignoreHTTPSErrors: true is for local runs only')",
    // the switch outside an args array or an addArguments call
    "spawn('chromium', ['--ignore-certificate-errors', url])",
    "const flags = new Set(['--ignore-certificate-errors'])",
    // Electron's switch belongs to no-disabled-cert-verification (rules.md R3)
    "app.commandLine.appendSwitch('ignore-certificate-errors')",
    "app.commandLine.appendSwitch('--ignore-certificate-errors')",
    // look-alike switches: a pinned SPKI list is not a blanket bypass
    "puppeteer.launch({ args: ['--ignore-certificate-errors-spki-list=' + spki] })",
    "puppeteer.launch({ args: ['--headless=new', '--no-sandbox'] })",
    "options.addArguments('--headless=new', '--disable-gpu')",
  ],
  invalid: [
    // rules.md R6 "Flag"
    {
      code: 'browser.newContext({ ignoreHTTPSErrors: true })',
      errors: [
        {
          messageId: 'ignoreHttpsErrors',
          line: 1,
          column: 22,
          severity: 'warning',
          data: { where: ' in the options of `browser.newContext()`' },
        },
      ],
    },
    {
      code: 'puppeteer.launch({ acceptInsecureCerts: true })',
      errors: [
        {
          messageId: 'acceptInsecureCerts',
          line: 1,
          column: 20,
          data: { where: ' in the options of `puppeteer.launch()`' },
        },
      ],
    },
    {
      code: 'new chrome.Options().setAcceptInsecureCerts(true)',
      errors: [
        {
          messageId: 'acceptInsecureCerts',
          line: 1,
          column: 1,
          data: { where: ' via `new chrome.Options().setAcceptInsecureCerts()`' },
        },
      ],
    },
    // Puppeteer ≤ 22's name, a no-op on 23+
    {
      code: "import puppeteer from 'puppeteer';\nconst browser = await puppeteer.launch({ headless: true, ignoreHTTPSErrors: true });",
      errors: [
        {
          messageId: 'puppeteerIgnoreHttpsErrors',
          line: 2,
          column: 58,
          data: { where: ' in the options of `puppeteer.launch()`' },
        },
      ],
    },
    {
      code: "const pptr = require('puppeteer-core');\nconst options = { browserWSEndpoint: endpoint, ignoreHTTPSErrors: true };\nawait pptr.connect(options);",
      errors: [{ messageId: 'puppeteerIgnoreHttpsErrors', line: 2, column: 48 }],
    },
    // Playwright: contexts, pages, persistent contexts, API requests, config files
    {
      code: "import { chromium } from 'playwright';\nconst context = await chromium.launchPersistentContext(userDataDir, { ignoreHTTPSErrors: true });",
      errors: [
        {
          messageId: 'ignoreHttpsErrors',
          line: 2,
          column: 71,
          data: { where: ' in the options of `chromium.launchPersistentContext()`' },
        },
      ],
    },
    {
      code: 'const page = await browser.newPage({ ignoreHTTPSErrors: true as const });',
      errors: [{ messageId: 'ignoreHttpsErrors', line: 1, column: 38 }],
    },
    {
      code: "import { request } from '@playwright/test';\nconst api = await request.newContext({ baseURL, ignoreHTTPSErrors: true });",
      errors: [{ messageId: 'ignoreHttpsErrors', line: 2, column: 49 }],
    },
    {
      code: [
        "import { defineConfig, devices } from '@playwright/test';",
        'export default defineConfig({',
        '  use: { baseURL, ignoreHTTPSErrors: true },',
        "  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], ignoreHTTPSErrors: true } }],",
        '});',
      ].join('\n'),
      errors: [
        {
          messageId: 'ignoreHttpsErrors',
          line: 3,
          column: 19,
          data: { where: ' in the options of `defineConfig()`' },
        },
        { messageId: 'ignoreHttpsErrors', line: 4, column: 71, data: { where: '' } },
      ],
    },
    {
      code: 'const contextOptions = { locale };\ncontextOptions.ignoreHTTPSErrors = true;\nawait browser.newContext(contextOptions);',
      errors: [{ messageId: 'ignoreHttpsErrors', line: 2, column: 1 }],
    },
    // WebdriverIO / Selenium capabilities
    {
      code: "import { remote } from 'webdriverio';\nconst browser = await remote({ capabilities: { browserName: 'chrome', acceptInsecureCerts: true } });",
      errors: [
        {
          messageId: 'acceptInsecureCerts',
          line: 2,
          column: 71,
          data: { where: ' in the options of `remote()`' },
        },
      ],
    },
    {
      code: "export const config = {\n  capabilities: [{ browserName: 'firefox', 'acceptInsecureCerts': true }],\n};",
      errors: [{ messageId: 'acceptInsecureCerts', line: 2, column: 44, data: { where: '' } }],
    },
    {
      code: [
        "const { Builder, Capabilities, Capability } = require('selenium-webdriver');",
        'const caps = Capabilities.chrome().set(Capability.ACCEPT_INSECURE_TLS_CERTS, true);',
        'const more = new Capabilities({ [Capability.ACCEPT_INSECURE_TLS_CERTS]: true });',
      ].join('\n'),
      errors: [
        {
          messageId: 'acceptInsecureCerts',
          line: 2,
          column: 14,
          data: { where: ' via `Capabilities.chrome().set()`' },
        },
        {
          messageId: 'acceptInsecureCerts',
          line: 3,
          column: 33,
          data: { where: ' in the options of `new Capabilities()`' },
        },
      ],
    },
    {
      code: "const ACCEPT = 'acceptInsecureCerts';\ncaps.set(ACCEPT, !0);",
      errors: [{ messageId: 'acceptInsecureCerts', line: 2, column: 1 }],
    },
    {
      code: "import { Builder } from 'selenium-webdriver';\nimport firefox from 'selenium-webdriver/firefox.js';\nconst options = new firefox.Options();\noptions.setAcceptInsecureCerts(true);\nconst driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).build();",
      errors: [{ messageId: 'acceptInsecureCerts', line: 4, column: 1 }],
    },
    // --ignore-certificate-errors in launch args, capabilities and addArguments
    {
      code: "import { chromium } from 'playwright';\nawait chromium.launch({ args: ['--ignore-certificate-errors'] });",
      errors: [
        {
          messageId: 'ignoreCertificateErrorsArg',
          line: 2,
          column: 32,
          severity: 'warning',
          data: { arg: '--ignore-certificate-errors' },
        },
      ],
    },
    {
      code: "const chrome = require('selenium-webdriver/chrome');\nconst options = new chrome.Options();\noptions.addArguments('--headless=new', '--ignore-certificate-errors');",
      errors: [{ messageId: 'ignoreCertificateErrorsArg', line: 3, column: 40 }],
    },
    {
      code: "options.addArguments(['--ignore-certificate-errors', '--window-size=1280,800'])",
      errors: [{ messageId: 'ignoreCertificateErrorsArg', line: 1, column: 23 }],
    },
    {
      code: "export const config = { capabilities: [{ 'goog:chromeOptions': { args: ['--headless', '-ignore-certificate-errors'] } }] };",
      errors: [
        {
          messageId: 'ignoreCertificateErrorsArg',
          line: 1,
          column: 87,
          data: { arg: '-ignore-certificate-errors' },
        },
      ],
    },
    {
      code: "const IGNORE = '--ignore-certificate-errors';\nconst extra = [IGNORE];\nawait puppeteer.launch({ args: [...puppeteer.defaultArgs(), ...extra] });",
      errors: [{ messageId: 'ignoreCertificateErrorsArg', line: 2, column: 16 }],
    },
    {
      code: "const args = [];\nargs.push('--ignore-certificate-errors');\nawait puppeteer.launch({ args });",
      errors: [{ messageId: 'ignoreCertificateErrorsArg', line: 2, column: 11 }],
    },
    {
      code: "puppeteer.launch({ args: defaultArgs.concat(['--ignore-certificate-errors=true']) })",
      errors: [
        {
          messageId: 'ignoreCertificateErrorsArg',
          line: 1,
          column: 46,
          data: { arg: '--ignore-certificate-errors=true' },
        },
      ],
    },
    {
      // Cypress
      code: "on('before:browser:launch', (browser, launchOptions) => {\n  launchOptions.args.push('--ignore-certificate-errors');\n  return launchOptions;\n});",
      errors: [{ messageId: 'ignoreCertificateErrorsArg', line: 2, column: 27 }],
    },
    // on only in some environments
    {
      code: 'browser.newContext({ ignoreHTTPSErrors: !!process.env.CI })',
      errors: [
        {
          messageId: 'conditional',
          line: 1,
          column: 22,
          severity: 'note',
          data: {
            option: 'ignoreHTTPSErrors',
            expression: '!!process.env.CI',
            condition: 'when `process.env.CI` is set',
          },
        },
      ],
    },
    {
      code: "puppeteer.launch({ acceptInsecureCerts: process.env.TARGET === 'staging' ? true : false })",
      errors: [{ messageId: 'conditional', line: 1, column: 20 }],
    },
    // test code is capped at note (medium elsewhere)
    {
      code: "test.use({ ignoreHTTPSErrors: true });\ntest('login', async ({ page }) => { await page.goto('/'); });",
      filename: 'e2e/login.spec.ts',
      errors: [{ messageId: 'ignoreHttpsErrors', line: 1, column: 12, severity: 'note' }],
    },
  ],
};
