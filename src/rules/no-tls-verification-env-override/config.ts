import type { ConfigRuleContext } from '../../languages/config/checker.js';
import { configChecker } from '../../languages/config/checker.js';
import type { EnvAssignment } from '../../languages/config/model.js';
import { hostsOf } from '../config/commands.js';
import type { ConfigEnvMessageId } from '../config/env-override-messages.js';
import {
  gitFalse,
  isGitSslVerifyKey,
  npmEnvKey,
  npmStrictSsl,
  runnerTrue,
  yarnBerryFalse,
} from '../config/tool-semantics.js';
import type { MessageId } from './index.js';

type Context = ConfigRuleContext<MessageId>;
type Judged = { messageId: ConfigEnvMessageId; data?: Record<string, string> } | undefined;

/**
 * What one variable does (rules.md C1, C3, C5, C7, C10–C13), by the exact rules of the tool that reads
 * it: Node only for the string `0`, git for any value at all, npm for `false`/`0`/`null`, …
 */
function judge(assignment: EnvAssignment): Judged {
  const { name, value } = assignment;
  switch (name) {
    case 'NODE_TLS_REJECT_UNAUTHORIZED':
      return value === '0' ? { messageId: 'configNode' } : undefined;
    case 'GIT_SSL_NO_VERIFY':
      // git only asks whether the variable exists: `0`, `false` and the empty string disable too.
      return { messageId: 'configGitNoVerify' };
    case 'YARN_ENABLE_STRICT_SSL':
      return yarnBerryFalse(value)
        ? { messageId: 'configYarnEnv', data: { value: value ?? '' } }
        : undefined;
    case 'PIP_TRUSTED_HOST':
      return value === ''
        ? undefined
        : { messageId: 'configPipEnv', data: { hosts: hostsOf(value) } };
    case 'PYTHONHTTPSVERIFY':
      return value === '0' ? { messageId: 'configPythonHttpsVerify' } : undefined;
    case 'CURL_CA_BUNDLE':
    case 'REQUESTS_CA_BUNDLE':
      return value === '' ? { messageId: 'configEmptyCaBundle', data: { name } } : undefined;
    case 'GITHUB_ACTIONS_RUNNER_TLS_NO_VERIFY':
      return runnerTrue(value)
        ? { messageId: 'configRunnerNoVerify', data: { value: value ?? '' } }
        : undefined;
    case 'GIT_CONFIG_PARAMETERS':
      return gitParameters(value)
        ? { messageId: 'configGitConfigEnv', data: { setting: '`GIT_CONFIG_PARAMETERS`' } }
        : undefined;
  }
  return npmVariable(assignment);
}

function npmVariable({ name, value }: EnvAssignment): Judged {
  if (npmEnvKey(name) !== 'strict-ssl') return undefined;
  const verdict = npmStrictSsl(value);
  if (!verdict) return undefined;
  const data = { name, value: value ?? '' };
  return { messageId: verdict === 'off' ? 'configNpmEnv' : 'configNpmEnvIneffective', data };
}

/** `'http.sslVerify'='false'` or `'http.sslVerify=false'` among git's `-c` parameters passed down. */
function gitParameters(value: string | undefined): boolean {
  if (value === undefined) return false;
  const pattern = /'([^']*)'(?:='([^']*)')?/g;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const [key, state] =
      match[2] === undefined ? (match[1] ?? '').split(/=(.*)/s, 2) : [match[1] ?? '', match[2]];
    if (key !== undefined && state !== undefined && isGitSslVerifyKey(key) && gitFalse(state))
      return true;
  }
  return false;
}

/** `GIT_CONFIG_KEY_<n>=http.sslVerify` with `GIT_CONFIG_VALUE_<n>=false`: reported at the value. */
function gitConfigPairs(context: Context, env: readonly EnvAssignment[]): void {
  for (const key of env) {
    const index = /^GIT_CONFIG_KEY_(\d+)$/.exec(key.name)?.[1];
    if (index === undefined || !isGitSslVerifyKey(key.value ?? '')) continue;
    const value = env.find((other) => other.name === `GIT_CONFIG_VALUE_${index}`);
    if (!value || !gitFalse(value.value)) continue;
    context.report({
      messageId: 'configGitConfigEnv',
      data: {
        setting: `\`GIT_CONFIG_KEY_${index}=${key.value ?? ''}\``,
        reach: value.context.reach,
      },
      range: value.valueRange,
      identity: `${value.site} GIT_CONFIG_KEY_${index}=${key.value ?? ''} GIT_CONFIG_VALUE_${index}=${value.value ?? ''}`,
      context: value.context,
    });
  }
}

export const config = configChecker<MessageId>({
  check(context) {
    for (const assignment of context.model.env) {
      const judged = judge(assignment);
      if (!judged) continue;
      context.report({
        messageId: judged.messageId,
        data: { reach: assignment.context.reach, ...judged.data },
        range: assignment.valueRange,
        identity: `${assignment.site} ${assignment.name}=${assignment.value ?? '…'}`,
        context: assignment.context,
      });
    }
    gitConfigPairs(context, context.model.env);
  },
});
