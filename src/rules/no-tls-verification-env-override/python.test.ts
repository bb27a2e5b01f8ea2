import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

runRuleTests(
  rule,
  {
    valid: [
      "import os\nos.environ['PYTHONHTTPSVERIFY'] = '1'\n",
      "import os\nos.environ['REQUESTS_CA_BUNDLE'] = '/etc/ssl/certs/ca-certificates.crt'\n",
      "import os\nbundle = os.environ.get('REQUESTS_CA_BUNDLE', '')\n",
      "import os\nos.environ.pop('CURL_CA_BUNDLE', None)\n",
      "import os\nos.environ['NODE_TLS_REJECT_UNAUTHORIZED'] = '1'\n",
      "import os\nif os.environ.get('NODE_TLS_REJECT_UNAUTHORIZED') == '0':\n    warn()\n",
      "# os.environ['PYTHONHTTPSVERIFY'] = '0'\nimport os\n",
      'print("export CURL_CA_BUNDLE=\'\'")\n',
    ],
    invalid: [
      {
        name: 'C32: PYTHONHTTPSVERIFY=0, target unknown (a warning)',
        code: "import os\nos.environ['PYTHONHTTPSVERIFY'] = '0'\n",
        errors: [
          {
            messageId: 'pythonHttpsVerify',
            line: 2,
            column: 1,
            severity: 'warning',
            data: { target: 'this process and the programs it starts' },
          },
        ],
      },
      {
        name: 'PYTHONHTTPSVERIFY=0 on a Python 3 project does nothing (a note)',
        code: "import os\nos.environ.setdefault('PYTHONHTTPSVERIFY', '0')\n",
        pythonVersion: '3.11',
        errors: [{ messageId: 'pythonHttpsVerifyIgnored', line: 2, column: 1, severity: 'note' }],
      },
      {
        name: 'C33: an empty CURL_CA_BUNDLE / REQUESTS_CA_BUNDLE',
        code: "import os\nfrom os import environ\nos.environ['CURL_CA_BUNDLE'] = ''\nenviron.update({'REQUESTS_CA_BUNDLE': ''})\n",
        errors: [
          { messageId: 'pythonCaBundle', line: 3, column: 1, severity: 'warning' },
          { messageId: 'pythonCaBundle', line: 4, column: 17 },
        ],
      },
      {
        name: 'NODE_TLS_REJECT_UNAUTHORIZED for a child process and for this process',
        code: "import os, subprocess\nsubprocess.run(['npm', 'ci'], env={**os.environ, 'NODE_TLS_REJECT_UNAUTHORIZED': '0'})\nos.putenv('NODE_TLS_REJECT_UNAUTHORIZED', '0')\nsubprocess.check_call(cmd, env=dict(os.environ, NODE_TLS_REJECT_UNAUTHORIZED='0'))\n",
        errors: [
          {
            messageId: 'pythonNodeVariable',
            line: 2,
            column: 50,
            severity: 'error',
            data: { target: 'the process started by `subprocess.run`' },
          },
          { messageId: 'pythonNodeVariable', line: 3, column: 1 },
          { messageId: 'pythonNodeVariable', line: 4, column: 49 },
        ],
      },
      {
        name: 'under a switch',
        code: "import os\nif args.insecure:\n    os.environ['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'\n",
        errors: [{ messageId: 'pythonNodeVariable', line: 3, column: 5, severity: 'warning' }],
      },
    ],
  },
  'python',
);
