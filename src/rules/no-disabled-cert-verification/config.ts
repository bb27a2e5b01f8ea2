import type { ConfigRuleContext } from '../../languages/config/checker.js';
import { configChecker } from '../../languages/config/checker.js';
import type { Command, ToolSetting } from '../../languages/config/model.js';
import type { ConfigCertMessageId } from '../config/cert-verification-messages.js';
import {
  curlInsecure,
  gitSslVerify,
  hostsOf,
  packageManagerStrictSsl,
  pipTrustedHost,
  wgetNoCheck,
  type CommandHit,
} from '../config/commands.js';
import {
  gitFalse,
  isGitSslVerifyKey,
  npmStrictSsl,
  wgetCheckOff,
  yarnBerryFalse,
  yarnClassicFalse,
} from '../config/tool-semantics.js';
import type { MessageId } from './index.js';

type Context = ConfigRuleContext<MessageId>;

const HIT_MESSAGES: Readonly<Record<CommandHit['tool'], ConfigCertMessageId>> = {
  npm: 'configNpmStrictSsl',
  'npm-ineffective': 'configNpmIneffective',
  yarn: 'configYarnStrictSsl',
  'yarn-berry': 'configYarnBerryStrictSsl',
  git: 'configGitSslVerify',
  curl: 'configCurlInsecure',
  wget: 'configWgetNoCheck',
  pip: 'configPipTrustedHost',
};

/** Tool flags on command lines (rules.md C3–C10), wherever shell text is: RUN, run:, scripts. */
function commandHits(context: Context, command: Command): void {
  const hits = [
    ...curlInsecure(command),
    ...wgetNoCheck(command),
    ...pipTrustedHost(command),
    ...packageManagerStrictSsl(command),
    ...gitSslVerify(command),
  ];
  const identity = command.args.map((arg) => arg.value ?? '…').join(' ');
  for (const hit of hits) {
    if (hit.loopback === 'plain-http') continue;
    const data = { setting: hit.setting, reach: command.context.reach, ...hit.data };
    context.report({
      messageId: hit.loopback ? 'configLoopback' : HIT_MESSAGES[hit.tool],
      data: hit.loopback ? { ...data, host: hit.loopback } : data,
      range: hit.range,
      identity: `${command.program ?? ''} ${identity}`,
      context: command.context,
    });
  }
}

/** Settings in the tools' own files: `.npmrc`, `.yarnrc`, `.yarnrc.yml`, `.gitconfig`, `.curlrc`, `.wgetrc`, pip. */
function settingHit(setting: ToolSetting): ConfigCertMessageId | undefined {
  const { tool, key, value } = setting;
  switch (tool) {
    case 'npm': {
      const verdict = key === 'strict-ssl' ? npmStrictSsl(value) : undefined;
      return verdict === 'off'
        ? 'configNpmStrictSsl'
        : verdict
          ? 'configNpmIneffective'
          : undefined;
    }
    case 'yarn':
      return key === 'strict-ssl' && yarnClassicFalse(value) ? 'configYarnStrictSsl' : undefined;
    case 'yarn-berry':
      return key === 'enableStrictSsl' && yarnBerryFalse(value)
        ? 'configYarnBerryStrictSsl'
        : undefined;
    case 'git':
      return isGitSslVerifyKey(key) && gitFalse(value) ? 'configGitSslVerify' : undefined;
    case 'wget':
      return key === 'checkcertificate' && wgetCheckOff(value) ? 'configWgetNoCheck' : undefined;
    case 'pip':
      return key === 'trusted-host' && (value ?? '') !== '' ? 'configPipTrustedHost' : undefined;
    case 'curl':
      return undefined;
  }
}

/** `.curlrc`: `insecure`, `-k`, `proxy-insecure`, `doh-insecure`; a later `no-…` line undoes it. */
function curlrc(context: Context, settings: readonly ToolSetting[]): void {
  const on = new Map<string, ToolSetting>();
  for (const setting of settings) {
    if (setting.tool !== 'curl') continue;
    if (setting.key in AGAINST) on.set(setting.key, setting);
    else if (setting.key.startsWith('no-')) on.delete(setting.key.slice(3));
  }
  for (const [key, setting] of on) {
    context.report({
      messageId: 'configCurlInsecure',
      data: {
        setting: `\`${setting.text}\` in \`.curlrc\``,
        reach: setting.context.reach,
        against: AGAINST[key] ?? '',
      },
      range: setting.range,
      identity: setting.text,
      context: setting.context,
    });
  }
}

const AGAINST: Readonly<Record<string, string>> = {
  insecure: 'from the server',
  'proxy-insecure': 'from the HTTPS proxy',
  'doh-insecure': 'from the DNS-over-HTTPS server',
};

const FILE_NAMES: Readonly<Record<ToolSetting['tool'], string>> = {
  npm: '`.npmrc`',
  yarn: '`.yarnrc`',
  'yarn-berry': '`.yarnrc.yml`',
  git: '`.gitconfig`',
  curl: '`.curlrc`',
  wget: '`.wgetrc`',
  pip: 'pip configuration',
};

export const config = configChecker<MessageId>({
  check(context) {
    const { model } = context;
    for (const command of model.commands) commandHits(context, command);
    for (const setting of model.settings) {
      const messageId = settingHit(setting);
      if (!messageId) continue;
      const where =
        model.surface === 'requirements' ? 'this requirements file' : FILE_NAMES[setting.tool];
      context.report({
        messageId,
        data: {
          setting: `\`${setting.text}\` in ${where}`,
          reach: setting.context.reach,
          hosts: hostsOf(setting.value),
        },
        range: setting.range,
        identity: `${setting.key}=${setting.value ?? ''}`,
        context: setting.context,
      });
    }
    curlrc(context, model.settings);
  },
});
