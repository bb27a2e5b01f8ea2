import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

const WORKFLOW = '.github/workflows/ci.yml';

runRuleTests(
  rule,
  {
    valid: [
      // Dockerfile
      { filename: 'Dockerfile', code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n' },
      { filename: 'Dockerfile', code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED="0 "\n' },
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=$TLS_MODE\n',
      },
      { filename: 'Dockerfile', code: 'FROM node:20\n# ENV NODE_TLS_REJECT_UNAUTHORIZED=0\n' },
      {
        name: 'an ARG before the first FROM only parameterizes FROM lines',
        filename: 'Dockerfile',
        code: 'ARG NODE_TLS_REJECT_UNAUTHORIZED=0\nFROM node:20\n',
      },
      { filename: 'Dockerfile', code: 'FROM node:20\nENV GIT_SSL_CAINFO=/etc/ssl/corp.pem\n' },
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nRUN unset GIT_SSL_NO_VERIFY && git clone x\n',
      },
      {
        name: 'echo prints the assignment, it does not make it',
        filename: 'Dockerfile',
        code: 'FROM node:20\nRUN echo NODE_TLS_REJECT_UNAUTHORIZED=0\n',
      },
      // Workflows
      {
        name: 'YAML false is the string "false": Node keeps verifying',
        filename: WORKFLOW,
        code: 'on: push\nenv:\n  NODE_TLS_REJECT_UNAUTHORIZED: false\n',
      },
      {
        filename: WORKFLOW,
        code: 'on: push\nenv:\n  NODE_TLS_REJECT_UNAUTHORIZED: ${{ matrix.tls }}\n',
      },
      {
        filename: WORKFLOW,
        code: 'on: push\nenv:\n  # NODE_TLS_REJECT_UNAUTHORIZED: 0\n  CI: 1\n',
      },
      {
        name: 'an action input is not the environment',
        filename: WORKFLOW,
        code: 'jobs:\n  a:\n    steps:\n      - uses: some/action@v1\n        with:\n          NODE_TLS_REJECT_UNAUTHORIZED: 0\n',
      },
      {
        filename: WORKFLOW,
        code: 'jobs:\n  a:\n    steps:\n      - run: echo "NODE_TLS_REJECT_UNAUTHORIZED=0 is insecure"\n',
      },
      {
        name: 'a python step is not shell',
        filename: WORKFLOW,
        code: 'jobs:\n  a:\n    steps:\n      - shell: python\n        run: |\n          import os; os.system("export GIT_SSL_NO_VERIFY=1")\n',
      },
      // Compose
      {
        name: 'a name alone passes the host value through',
        filename: 'docker-compose.yml',
        code: 'services:\n  app:\n    environment:\n      - NODE_TLS_REJECT_UNAUTHORIZED\n  worker:\n    environment:\n      GIT_SSL_NO_VERIFY:\n',
      },
      {
        filename: 'compose.yaml',
        code: 'services:\n  app:\n    labels:\n      NODE_TLS_REJECT_UNAUTHORIZED: 0\n',
      },
      // dotenv
      { filename: '.env', code: 'NODE_TLS_REJECT_UNAUTHORIZED="0 "\n' },
      { filename: '.env', code: '# NODE_TLS_REJECT_UNAUTHORIZED=0\nPORT=3000\n' },
      { filename: '.env.production', code: 'NODE_TLS_REJECT_UNAUTHORIZED=false\n' },
      // Shell
      {
        name: 'an unexported assignment does not reach child processes',
        filename: 'scripts/deploy.sh',
        code: 'NODE_TLS_REJECT_UNAUTHORIZED=0\nnode deploy.js\n',
      },
      { filename: 'scripts/deploy.sh', code: 'unset GIT_SSL_NO_VERIFY\ngit pull\n' },
      { filename: 'scripts/deploy.sh', code: 'echo "export GIT_SSL_NO_VERIFY=1" > README\n' },
      // package.json
      {
        filename: 'package.json',
        code: '{\n  "description": "never set NODE_TLS_REJECT_UNAUTHORIZED=0",\n  "config": { "NODE_TLS_REJECT_UNAUTHORIZED": 0 }\n}\n',
      },
      // Other tools' variables, safe values
      { filename: '.env', code: 'REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt\n' },
      { filename: '.env', code: 'PIP_CERT=/etc/ssl/corp.pem\nPIP_TRUSTED_HOST=\n' },
      { filename: '.env', code: 'YARN_ENABLE_STRICT_SSL=true\nPYTHONHTTPSVERIFY=1\n' },
      {
        filename: '.env',
        code: 'GITHUB_ACTIONS_RUNNER_TLS_NO_VERIFY=0\nnpm_config_strict_ssl=true\n',
      },
      {
        filename: '.env',
        code: 'GIT_CONFIG_COUNT=1\nGIT_CONFIG_KEY_0=http.sslCAInfo\nGIT_CONFIG_VALUE_0=/etc/ssl/corp.pem\n',
      },
      {
        name: 'a bare -c key means true',
        filename: '.env',
        code: "GIT_CONFIG_PARAMETERS='http.sslVerify'\n",
      },
    ],
    invalid: [
      // Dockerfile
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n',
        errors: [
          {
            messageId: 'configNode',
            line: 2,
            column: 34,
            severity: 'error',
            data: { reach: 'this image' },
          },
        ],
      },
      {
        name: 'legacy ENV form',
        filename: 'Dockerfile',
        code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED 0\n',
        errors: [{ messageId: 'configNode', line: 2, column: 34 }],
      },
      {
        name: 'an ARG default of a build stage',
        filename: 'Containerfile',
        code: 'FROM node:20 AS deps\nARG NODE_TLS_REJECT_UNAUTHORIZED=0\nRUN npm ci\nFROM gcr.io/distroless/nodejs20\n',
        errors: [
          {
            messageId: 'configNode',
            line: 2,
            column: 34,
            data: { reach: 'build stage `deps`' },
          },
        ],
      },
      {
        name: 'a continued ENV line: git disables with any value, false included',
        filename: 'docker/api.dockerfile',
        code: 'FROM node:20\nENV PORT=8080 \\\n    GIT_SSL_NO_VERIFY=false\n',
        errors: [{ messageId: 'configGitNoVerify', line: 3, column: 23 }],
      },
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci\n',
        errors: [{ messageId: 'configNode', line: 2, column: 34, data: { reach: 'this command' } }],
      },
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nRUN apt-get update && \\\n    export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci\n',
        errors: [
          { messageId: 'configNode', line: 3, column: 41, data: { reach: 'the rest of this RUN' } },
        ],
      },
      {
        name: 'a here-document RUN is a script',
        filename: 'Dockerfile',
        code: 'FROM alpine\nRUN <<EOT\nexport GIT_SSL_NO_VERIFY=1\ngit clone https://git.example.com/x\nEOT\n',
        errors: [{ messageId: 'configGitNoVerify', line: 3, column: 26 }],
      },
      // Workflows: YAML 0, '0' and "0" all reach the environment as "0"
      {
        filename: WORKFLOW,
        code: 'on: push\nenv:\n  NODE_TLS_REJECT_UNAUTHORIZED: 0\njobs:\n  build:\n    env:\n      NODE_TLS_REJECT_UNAUTHORIZED: \'0\'\n    steps:\n      - env:\n          NODE_TLS_REJECT_UNAUTHORIZED: "0"\n        run: npm ci\n',
        errors: [
          { messageId: 'configNode', line: 3, column: 33, data: { reach: 'this workflow' } },
          { messageId: 'configNode', line: 7, column: 37, data: { reach: 'job `build`' } },
          { messageId: 'configNode', line: 10, column: 41, data: { reach: 'this step' } },
        ],
      },
      {
        name: 'GIT_SSL_NO_VERIFY: "false" still disables',
        filename: '.github/workflows/release.yaml',
        code: 'jobs:\n  release:\n    container:\n      image: node:20\n      env:\n        GIT_SSL_NO_VERIFY: "false"\n    services:\n      db:\n        image: postgres\n        env:\n          PYTHONHTTPSVERIFY: 0\n',
        errors: [
          {
            messageId: 'configGitNoVerify',
            line: 6,
            column: 28,
            data: { reach: 'the container of job `release`' },
          },
          {
            messageId: 'configPythonHttpsVerify',
            line: 11,
            column: 30,
            severity: 'warning',
            data: { reach: 'service `db`' },
          },
        ],
      },
      {
        name: 'export inside a literal run block',
        filename: WORKFLOW,
        code: 'jobs:\n  test:\n    steps:\n      - name: Install\n        run: |\n          set -e\n          export NODE_TLS_REJECT_UNAUTHORIZED=0\n          npm ci\n',
        errors: [
          {
            messageId: 'configNode',
            line: 7,
            column: 47,
            data: { reach: 'the rest of this step' },
          },
        ],
      },
      {
        name: 'a later step through $GITHUB_ENV, in a folded block',
        filename: WORKFLOW,
        code: 'jobs:\n  test:\n    steps:\n      - run: >\n          echo "GIT_SSL_NO_VERIFY=1"\n          >> "$GITHUB_ENV"\n',
        errors: [
          {
            messageId: 'configGitNoVerify',
            line: 5,
            column: 35,
            data: { reach: 'the later steps of job `test`' },
          },
        ],
      },
      {
        filename: 'action.yml',
        code: 'name: setup\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci\n',
        errors: [{ messageId: 'configNode', line: 6, column: 41 }],
      },
      // Compose
      {
        filename: 'docker-compose.yml',
        code: 'services:\n  api:\n    environment:\n      - NODE_TLS_REJECT_UNAUTHORIZED=0\n  worker:\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: "0"\n    build:\n      context: .\n      args:\n        npm_config_strict_ssl: "false"\n',
        errors: [
          { messageId: 'configNode', line: 4, column: 38, data: { reach: 'service `api`' } },
          { messageId: 'configNode', line: 7, column: 37, data: { reach: 'service `worker`' } },
          {
            messageId: 'configNpmEnv',
            line: 11,
            column: 32,
            data: {
              name: 'npm_config_strict_ssl',
              value: 'false',
              reach: 'the build of service `worker`',
            },
          },
        ],
      },
      {
        name: 'a development override is capped like test code',
        filename: 'docker-compose.override.yml',
        code: 'services:\n  api:\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: 0\n',
        errors: [{ messageId: 'configNode', line: 4, column: 37, severity: 'note' }],
      },
      // dotenv
      {
        filename: '.env',
        code: "# local CA is broken\nexport NODE_TLS_REJECT_UNAUTHORIZED='0' # temporary\n",
        errors: [
          {
            messageId: 'configNode',
            line: 2,
            column: 37,
            severity: 'error',
            data: { reach: 'the processes that load this file' },
          },
        ],
      },
      {
        filename: '.env.test',
        code: 'NODE_TLS_REJECT_UNAUTHORIZED=0\n',
        errors: [{ messageId: 'configNode', line: 1, column: 30, severity: 'note' }],
      },
      {
        filename: '.env',
        code: 'CURL_CA_BUNDLE=\nREQUESTS_CA_BUNDLE=""\n',
        errors: [
          { messageId: 'configEmptyCaBundle', line: 1, column: 1, severity: 'warning' },
          { messageId: 'configEmptyCaBundle', line: 2, column: 20 },
        ],
      },
      {
        filename: 'runner.env',
        code: 'GITHUB_ACTIONS_RUNNER_TLS_NO_VERIFY=1\n',
        errors: [{ messageId: 'configRunnerNoVerify', line: 1, column: 37 }],
      },
      {
        filename: '.env',
        code: 'npm_config_strict_ssl=0\nNPM_CONFIG_STRICT_SSL=no\n',
        errors: [
          { messageId: 'configNpmEnv', line: 1, column: 23 },
          { messageId: 'configNpmEnvIneffective', line: 2, column: 23, severity: 'note' },
        ],
      },
      {
        filename: '.env',
        code: 'YARN_ENABLE_STRICT_SSL=false\nPIP_TRUSTED_HOST=pypi.example.com\n',
        errors: [
          { messageId: 'configYarnEnv', line: 1, column: 24 },
          {
            messageId: 'configPipEnv',
            line: 2,
            column: 18,
            data: { hosts: '`pypi.example.com`', reach: 'the processes that load this file' },
          },
        ],
      },
      {
        filename: '.env',
        code: 'GIT_CONFIG_COUNT=1\nGIT_CONFIG_KEY_0=http.sslVerify\nGIT_CONFIG_VALUE_0=false\n',
        errors: [{ messageId: 'configGitConfigEnv', line: 3, column: 20 }],
      },
      {
        filename: 'Dockerfile',
        code: "FROM alpine\nENV GIT_CONFIG_PARAMETERS=\"'http.sslVerify'='false'\"\n",
        errors: [{ messageId: 'configGitConfigEnv', line: 2, column: 27 }],
      },
      // Shell scripts
      {
        filename: 'scripts/deploy.sh',
        code: '#!/bin/sh\nset -eu\nexport NODE_TLS_REJECT_UNAUTHORIZED=0\nnode deploy.js\n',
        errors: [
          {
            messageId: 'configNode',
            line: 3,
            column: 37,
            data: { reach: 'the rest of this script' },
          },
        ],
      },
      {
        name: 'an assignment exported by name',
        filename: 'ci/build.bash',
        code: 'GIT_SSL_NO_VERIFY=0\nexport GIT_SSL_NO_VERIFY\ngit submodule update\n',
        errors: [{ messageId: 'configGitNoVerify', line: 1, column: 19 }],
      },
      {
        name: 'an extension-less script with a bash shebang',
        filename: 'bin/release',
        code: '#!/usr/bin/env bash\nsudo env NODE_TLS_REJECT_UNAUTHORIZED=0 npm publish\n',
        errors: [{ messageId: 'configNode', line: 2, column: 39 }],
      },
      {
        filename: 'scripts/e2e.sh',
        code: 'docker run --rm -e NODE_TLS_REJECT_UNAUTHORIZED=0 app:latest\n',
        errors: [
          { messageId: 'configNode', line: 1, column: 49, data: { reach: 'this container' } },
        ],
      },
      // package.json scripts
      {
        filename: 'package.json',
        code: '{\n  "scripts": {\n    "start": "NODE_TLS_REJECT_UNAUTHORIZED=0 node server.js",\n    "test": "cross-env NODE_TLS_REJECT_UNAUTHORIZED=0 jest"\n  }\n}\n',
        errors: [
          { messageId: 'configNode', line: 3, column: 44, severity: 'error' },
          { messageId: 'configNode', line: 4, column: 53, severity: 'note' },
        ],
      },
    ],
  },
  'config',
);
