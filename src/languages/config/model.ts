import type { SourceComment } from '../../core/language.js';
import type { NonProductionKind } from '../../core/non-production.js';
import type { Surface } from './files.js';

/** Offsets (UTF-16) into the file's text. */
export type Range = readonly [number, number];

/**
 * Where in a file something is set, and how far it reaches: every reader describes its parts in these
 * terms, so the rules' config checkers never see a format.
 */
export interface Context {
  readonly surface: Surface;
  /** Who the setting applies to, short enough for a headline: "this image", "job `build`", "this step". */
  readonly reach: string;
  /** The enclosing named parts, outermost first (`stage build`, `jobs.test > step Install`): a tie-breaker. */
  readonly scope: string;
  /** This part of the file does not run in production (a `test` script). */
  readonly nonProduction?: NonProductionKind;
}

/**
 * An environment variable set for a process: `ENV`, `ARG` defaults, workflow and compose `env`,
 * dotenv lines, `export`, `VAR=v cmd` prefixes, `env`/`cross-env`, `docker run -e`, `$GITHUB_ENV`.
 */
export interface EnvAssignment {
  readonly name: string;
  readonly nameRange: Range;
  /**
   * The string the process sees, after the format's quoting and typing rules (YAML `0` → `"0"`);
   * undefined when it is only known at run time (`$VAR`, `${{ expression }}`).
   */
  readonly value: string | undefined;
  /** The value as written; the name's range when the value is empty. */
  readonly valueRange: Range;
  /** How it is set, for identity: `ENV`, `ARG`, `env`, `export`, `prefix`, `dotenv`, `docker -e`, … */
  readonly site: string;
  readonly context: Context;
}

/** One word of a command line: its value when static, and where it is. */
export interface Word {
  /** The word after quote removal; undefined when part of it is only known at run time. */
  readonly value: string | undefined;
  readonly range: Range;
}

/** A simple command of a shell text (or an exec-form `RUN`), with wrappers such as `sudo` peeled off. */
export interface Command {
  /** The program's name without its folder: `curl`, `git`, `npm`, `pip3`. Undefined when dynamic. */
  readonly program: string | undefined;
  readonly programRange: Range;
  readonly args: readonly Word[];
  /** The whole command, for identity and for messages. */
  readonly range: Range;
  readonly context: Context;
}

/**
 * A setting of a tool's own configuration file: `.npmrc`, `.yarnrc`, `.yarnrc.yml`, `.gitconfig`,
 * `.curlrc`, `.wgetrc`, `pip.conf`, options in `requirements.txt`.
 */
export interface ToolSetting {
  readonly tool: 'npm' | 'yarn' | 'yarn-berry' | 'git' | 'curl' | 'wget' | 'pip';
  /** The key as the tool normalizes it: `strict-ssl`, `http.sslverify`, `trusted-host`, `insecure`. */
  readonly key: string;
  /** The value as the tool reads it (unquoted); undefined for a key without value (`insecure` in .curlrc). */
  readonly value: string | undefined;
  /** The value; the key when there is none. */
  readonly range: Range;
  /** The setting as written, normalized, for identity: `strict-ssl=false`. */
  readonly text: string;
  readonly context: Context;
}

/** What a config file says, in the terms the checkers read. */
export interface ConfigModel {
  readonly surface: Surface;
  readonly env: readonly EnvAssignment[];
  readonly commands: readonly Command[];
  readonly settings: readonly ToolSetting[];
  /** The file's comments (for suppression directives), collected on demand. */
  comments(): readonly SourceComment[];
}

/** Collects a file's parts while a reader walks it. */
export class ModelBuilder {
  readonly env: EnvAssignment[] = [];
  readonly commands: Command[] = [];
  readonly settings: ToolSetting[] = [];
  /** Comments found while reading (shell comments, Dockerfile and line-format comments). */
  readonly comments: SourceComment[] = [];
  /** Comments that cost another pass to find (YAML's), asked for only when needed. */
  moreComments: (() => readonly SourceComment[]) | undefined;

  constructor(readonly surface: Surface) {}

  build(): ConfigModel {
    const { comments, moreComments } = this;
    let all: readonly SourceComment[] | undefined;
    return {
      surface: this.surface,
      env: this.env,
      commands: this.commands,
      settings: this.settings,
      comments: () => (all ??= [...comments, ...(moreComments?.() ?? [])]),
    };
  }
}
