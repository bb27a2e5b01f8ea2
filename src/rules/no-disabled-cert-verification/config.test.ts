import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

const WORKFLOW = '.github/workflows/ci.yml';

runRuleTests(
  rule,
  {
    valid: [
      {
        name: 'a variable quoted, emptied before use, dynamic, or given to another command',
        filename: 'install.sh',
        code: 'OPTS="--trusted-host m.example.net"\npip install "$OPTS" x\nOPTS=""\npip install $OPTS x\nK=$(choose-flags)\ncurl $K https://example.com\nT="-xkf"\ntar $T a.tar\n',
      },
      // curl: -K is a config file, a later --no-insecure wins, other commands' -k
      {
        filename: 'install.sh',
        code: 'curl -K ~/.curlrc-prod https://example.com/install.sh | sh\n',
      },
      { filename: 'install.sh', code: 'curl -k --no-insecure https://example.com\n' },
      { filename: 'install.sh', code: 'curl --keepalive-time 5 https://example.com\n' },
      { filename: 'install.sh', code: 'curl --cacert corp.pem https://example.com\n' },
      {
        filename: 'install.sh',
        code: 'tar -xkf a.tar\nsort -k2 list\nssh-keygen -k -f krl\nsudo -k true\n',
      },
      {
        name: 'the value of -o, not an option',
        filename: 'install.sh',
        code: 'curl -sSLo -k https://example.com/f\ncurl --output -k https://example.com/f\n',
      },
      {
        name: 'plain http without redirects: no TLS to verify',
        filename: 'install.sh',
        code: 'curl -k http://mirror.internal/pkg.tgz -o pkg.tgz\n',
      },
      {
        filename: 'install.sh',
        code: '# curl -k https://example.com\necho "curl -k is insecure"\n',
      },
      // wget, pip
      {
        filename: 'install.sh',
        code: 'wget --ca-certificate=corp.pem https://example.com/f\nwget -q https://example.com/f\n',
      },
      {
        filename: 'install.sh',
        code: 'wget --no-check-certificate --check-certificate https://example.com/f\n',
      },
      {
        filename: 'install.sh',
        code: 'pip install --cert /etc/ssl/corp.pem requests\npip install --index-url https://pypi.example.com/simple x\n',
      },
      // npm and yarn
      { filename: '.npmrc', code: 'strict-ssl=true\ncafile=/etc/ssl/corp.pem\nca=""\n' },
      { filename: '.npmrc', code: '; strict-ssl=false\n# strict-ssl=false\n' },
      {
        name: 'a registry-scoped key is not the global setting',
        filename: '.npmrc',
        code: '//npm.example.com/:strict-ssl=false\n',
      },
      { filename: '.yarnrc', code: 'strict-ssl true\ncafile "/etc/ssl/corp.pem"\n' },
      {
        filename: '.yarnrc.yml',
        code: 'enableStrictSsl: true\nhttpsCaFilePath: ./certs/corp.pem\n',
      },
      {
        filename: 'Dockerfile',
        code: 'FROM node\nRUN npm config get strict-ssl && npm config set cafile /ca.pem\n',
      },
      // git
      { filename: 'install.sh', code: 'git -c http.sslVerify clone https://git.example.com/x\n' },
      {
        filename: 'install.sh',
        code: 'git config http.sslCAInfo /etc/ssl/corp.pem\ngit config http.sslVerify true\n',
      },
      {
        filename: 'install.sh',
        code: 'git config --get http.sslVerify\ngit config --unset http.sslVerify\n',
      },
      { filename: '.gitconfig', code: '[http]\n\tsslVerify\n\tsslCAInfo = /etc/ssl/corp.pem\n' },
      { filename: '.gitconfig', code: '[core]\n\tsslVerify = false\n' },
      // files of other tools
      { filename: '.curlrc', code: '# insecure\nconnect-timeout = 5\n' },
      { filename: '.curlrc', code: 'insecure\nno-insecure\n' },
      { filename: '.wgetrc', code: 'check_certificate = on\n' },
      { filename: 'pip.conf', code: '[global]\ncert = /etc/ssl/corp.pem\ntrusted-host =\n' },
      {
        filename: 'requirements.txt',
        code: 'requests==2.32.0 # --trusted-host pypi.example.com\n',
      },
      {
        name: 'a value in an unrelated key',
        filename: WORKFLOW,
        code: 'jobs:\n  a:\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          strict-ssl: false\n',
      },
      { filename: 'package.json', code: '{"scripts": {"fetch": "node fetch.js --insecure"}}\n' },
    ],
    invalid: [
      // curl
      {
        filename: WORKFLOW,
        code: 'jobs:\n  build:\n    steps:\n      - run: curl -fsSLk https://get.example.com | sh\n',
        errors: [
          {
            messageId: 'configCurlInsecure',
            line: 4,
            column: 19,
            severity: 'error',
            data: {
              setting: '`-k` in `curl -fsSLk`',
              against: 'from the server',
              reach: 'this step',
            },
          },
        ],
      },
      {
        filename: 'Dockerfile',
        code: 'FROM node:20 AS build\nRUN apt-get update && \\\n    curl --insecure -o /tmp/x.tgz https://example.com/x.tgz\nFROM node:20\n',
        errors: [
          {
            messageId: 'configCurlInsecure',
            line: 3,
            column: 10,
            data: {
              setting: '`curl --insecure`',
              against: 'from the server',
              reach: 'build stage `build`',
            },
          },
        ],
      },
      {
        name: 'comment and empty lines inside a continued RUN (Docker drops them)',
        filename: 'Dockerfile',
        code: 'FROM python:3.12\nRUN pip install\t\\\n\t--no-cache-dir \\\n# mirror\n\n\t--trusted-host pypi.example.com \\\n\t-r requirements.txt\n',
        errors: [{ messageId: 'configPipTrustedHost', line: 6, column: 2 }],
      },
      {
        filename: 'Dockerfile',
        code: 'FROM alpine\nRUN ["curl", "-k", "https://example.com/x"]\n',
        errors: [{ messageId: 'configCurlInsecure', line: 2, column: 14 }],
      },
      {
        filename: 'scripts/fetch.sh',
        code: 'curl -kfsSL https://example.com\ncurl --proxy-insecure -x https://proxy:3128 https://example.com\n',
        errors: [
          { messageId: 'configCurlInsecure', line: 1, column: 6 },
          {
            messageId: 'configCurlInsecure',
            line: 2,
            column: 6,
            data: {
              setting: '`curl --proxy-insecure`',
              against: 'from the HTTPS proxy',
              reach: 'this script',
            },
          },
        ],
      },
      {
        name: 'a local health check',
        filename: 'Dockerfile',
        code: 'FROM node:20\nHEALTHCHECK CMD curl -fk https://localhost:8443/health || exit 1\n',
        errors: [
          {
            messageId: 'configLoopback',
            line: 2,
            column: 22,
            severity: 'note',
            data: { setting: '`-k` in `curl -fk`', host: '`localhost`' },
          },
        ],
      },
      {
        filename: '.curlrc',
        code: '# corporate proxy\n-k\n',
        errors: [{ messageId: 'configCurlInsecure', line: 2, column: 1 }],
      },
      // wget
      {
        filename: WORKFLOW,
        code: 'jobs:\n  a:\n    steps:\n      - run: |\n          wget --no-check-certificate \\\n            https://example.com/tool.tgz\n',
        errors: [{ messageId: 'configWgetNoCheck', line: 5, column: 16 }],
      },
      {
        filename: '.wgetrc',
        code: 'check_certificate = off\n',
        errors: [{ messageId: 'configWgetNoCheck', line: 1, column: 21 }],
      },
      // pip
      {
        filename: 'Dockerfile',
        code: 'FROM python:3.12\nRUN pip install --trusted-host pypi.example.com -r requirements.txt\n',
        errors: [
          {
            messageId: 'configPipTrustedHost',
            line: 2,
            column: 17,
            data: {
              setting: '`pip --trusted-host`',
              hosts: '`pypi.example.com`',
              reach: 'the build of this image',
            },
          },
        ],
      },
      {
        name: 'options kept in a variable, expanded unquoted (reported at the expansion)',
        filename: 'install.sh',
        code: 'PIP_MIRROR="-i https://mirror.example.net/simple --trusted-host mirror.example.net"\npip install $PIP_MIRROR black\nCURL_OPTS=\'-fsSL -k\'\ncurl ${CURL_OPTS} https://example.com/x\n',
        errors: [
          { messageId: 'configPipTrustedHost', line: 2, column: 13 },
          { messageId: 'configCurlInsecure', line: 4, column: 6 },
        ],
      },
      {
        filename: 'setup.sh',
        code: 'python3 -m pip install --trusted-host=files.example.com x\npip config set global.trusted-host "a.example.com b.example.com"\n',
        errors: [
          { messageId: 'configPipTrustedHost', line: 1, column: 24 },
          { messageId: 'configPipTrustedHost', line: 2, column: 16 },
        ],
      },
      {
        filename: 'pip.conf',
        code: '[global]\ntrusted-host = pypi.example.com\n',
        errors: [{ messageId: 'configPipTrustedHost', line: 2, column: 16 }],
      },
      {
        filename: 'requirements/base.txt',
        code: '--trusted-host pypi.example.com\nrequests==2.32.0\n',
        errors: [{ messageId: 'configPipTrustedHost', line: 1, column: 16 }],
      },
      // npm
      {
        filename: '.npmrc',
        code: 'registry=https://registry.example.com/\nstrict-ssl = false\nstrict-ssl=no\n',
        errors: [
          {
            messageId: 'configNpmStrictSsl',
            line: 2,
            column: 14,
            data: {
              setting: '`strict-ssl=false` in `.npmrc`',
              reach: 'every npm run in this project',
            },
          },
          { messageId: 'configNpmIneffective', line: 3, column: 12, severity: 'note' },
        ],
      },
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nRUN npm config set strict-ssl false && npm ci\nRUN npm install --no-strict-ssl\n',
        errors: [
          { messageId: 'configNpmStrictSsl', line: 2, column: 31 },
          { messageId: 'configNpmStrictSsl', line: 3, column: 17 },
        ],
      },
      {
        filename: 'package.json',
        code: '{\n  "scripts": {\n    "ci": "pnpm install --strict-ssl=false"\n  }\n}\n',
        errors: [{ messageId: 'configNpmStrictSsl', line: 3, column: 25 }],
      },
      // yarn
      {
        filename: '.yarnrc',
        code: 'strict-ssl false\n',
        errors: [{ messageId: 'configYarnStrictSsl', line: 1, column: 12 }],
      },
      {
        filename: '.yarnrc.yml',
        code: 'nodeLinker: node-modules\nenableStrictSsl: false\n',
        errors: [{ messageId: 'configYarnBerryStrictSsl', line: 2, column: 18 }],
      },
      {
        filename: 'setup.sh',
        code: 'yarn config set enableStrictSsl false\nyarn config set strict-ssl false -g\n',
        errors: [
          { messageId: 'configYarnBerryStrictSsl', line: 1, column: 33 },
          { messageId: 'configYarnStrictSsl', line: 2, column: 28 },
        ],
      },
      // git
      {
        filename: WORKFLOW,
        code: 'jobs:\n  a:\n    steps:\n      - run: git config --global http.sslVerify false\n      - run: git -c http.sslVerify=false clone https://git.example.com/x\n',
        errors: [
          { messageId: 'configGitSslVerify', line: 4, column: 49 },
          { messageId: 'configGitSslVerify', line: 5, column: 21 },
        ],
      },
      {
        name: 'an empty value is false, and the message shows it quoted',
        filename: 'setup.sh',
        code: 'git config http.sslVerify ""\n',
        errors: [
          {
            messageId: 'configGitSslVerify',
            line: 1,
            column: 27,
            data: { setting: '`git config http.sslVerify ""`', reach: 'this script' },
          },
        ],
      },
      {
        filename: '.gitconfig',
        code: '[http "https://git.example.com/"]\n\tsslVerify = false\n[HTTP]\n\tSSLVERIFY = no ; temporary\n',
        errors: [
          { messageId: 'configGitSslVerify', line: 2, column: 14 },
          { messageId: 'configGitSslVerify', line: 4, column: 14 },
        ],
      },
    ],
  },
  'config',
);
