import type { ConfigModel, Context, Range } from './model.js';

export interface ConfigReportDescriptor<MessageId extends string> {
  readonly messageId: MessageId;
  readonly data?: Readonly<Record<string, string>>;
  /** Where the finding points: the value, the flag, the key. */
  readonly range: Range;
  /**
   * What identifies the finding for its fingerprint: the setting or command as written, normalized
   * (`ENV NODE_TLS_REJECT_UNAUTHORIZED=0`, `curl -fsSLk https://x`) — never a position.
   */
  readonly identity: string;
  readonly context: Context;
}

export interface ConfigRuleContext<MessageId extends string> {
  /** Path of the file relative to the scan root, with `/`. */
  readonly filename: string;
  /** What the file says: environment assignments, commands and tool settings, whatever its format. */
  readonly model: ConfigModel;
  report(descriptor: ConfigReportDescriptor<MessageId>): void;
}

/** A rule's checker for configuration and infrastructure files: one pass over the file's model. */
export interface ConfigChecker<MessageId extends string = string> {
  check(context: ConfigRuleContext<MessageId>): void;
}

/** Identity helper that keeps message ids typed inside `check`. */
export function configChecker<MessageId extends string>(
  checker: ConfigChecker<MessageId>,
): ConfigChecker<MessageId> {
  return checker;
}
