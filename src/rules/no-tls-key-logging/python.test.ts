import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

runRuleTests(
  rule,
  {
    valid: [
      'import ssl\nctx = ssl.create_default_context()\nctx.keylog_filename = None\n',
      "import os\nos.environ.pop('SSLKEYLOGFILE', None)\n",
      "import os\nkeylog = os.environ.get('SSLKEYLOGFILE')\n",
      "import os\nos.environ['SSLKEYLOGFILE'] = ''\n",
      '# ctx.keylog_filename = "/tmp/keys"\n',
      {
        name: 'the SSLKEYLOGFILE opt-in (urllib3, and the stdlib itself)',
        code: "import os\ndef make(context):\n    path = os.environ.get('SSLKEYLOGFILE')\n    if path:\n        context.keylog_filename = path\n",
      },
    ],
    invalid: [
      {
        name: 'keylog_filename',
        code: "import ssl\nctx = ssl.create_default_context()\nctx.keylog_filename = '/tmp/tls-keys.log'\n",
        errors: [
          {
            messageId: 'pythonKeylogFile',
            line: 3,
            column: 1,
            severity: 'warning',
            data: { target: 'ctx', file: "`'/tmp/tls-keys.log'`" },
          },
        ],
      },
      {
        name: 'SSLKEYLOGFILE for this process and for a child',
        code: "import os, subprocess\nos.environ['SSLKEYLOGFILE'] = KEYLOG_PATH\nsubprocess.run(cmd, env={'SSLKEYLOGFILE': '/tmp/k'})\n",
        errors: [
          { messageId: 'pythonKeylogVariable', line: 2, column: 1 },
          { messageId: 'pythonKeylogVariable', line: 3, column: 26 },
        ],
      },
    ],
  },
  'python',
);
