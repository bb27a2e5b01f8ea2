import { RULES } from '../rules/index.js';

/** `tlsguard --help`. */
export function usage(): string {
  const rules = RULES.map((rule) => `  ${rule.id.padEnd(36)} ${rule.meta.description}`).join('\n');
  return `Usage:
  tlsguard scan [paths...] [options]       report insecure TLS usage
  tlsguard baseline [paths...] [options]   record the current findings as accepted
  tlsguard rules [--format json]           list the rules: languages, default severity, docs
  tlsguard explain <rule-id>               print a rule's documentation

Finds disabled certificate verification and other insecure TLS settings in JavaScript,
TypeScript and Python, and in configuration files: Dockerfiles, GitHub workflows, Compose and
dotenv files, .npmrc/.yarnrc, git, curl, wget and pip configuration, shell and package.json
scripts. Findings recorded in the baseline file (.tlsguard-baseline.json) are reported as
unchanged and do not fail the run: only new ones do. Exit codes: 0 nothing fails, 1 new
findings at or above the failing severity, 2 usage, configuration or baseline error.

Paths default to the current folder. A single folder argument becomes the scan root: reported
paths are relative to it, and .tlsguard.json and .tlsguard-baseline.json are looked up there.
Otherwise the root is the current folder (or --root).

Options:
  -f, --format <format>         report format: text (default), json, sarif, github (workflow
                                commands: annotations as the Action makes them), markdown (the
                                job summary), gitlab (Code Quality), junit (JUnit XML)
  -o, --output <file>           write the --format given just before it to <file>; the terminal
                                still gets the text report (or the one --format left without
                                --output). Repeat the pair for several reports:
                                  -f sarif -o tlsguard.sarif -f junit -o tlsguard.xml
      --root <dir>              folder that reported paths are relative to
  -c, --config <file>           configuration file (default: <root>/.tlsguard.json if present)
      --baseline <file>         baseline file (default: <root>/.tlsguard-baseline.json if present)
      --no-baseline             ignore the baseline file: every finding is new
      --base-ref <rev>          also accept findings the git revision <rev> already had
                                (for a pull request: its base commit)
      --changed-only            scan only the files changed since --base-ref (added, modified,
                                renamed, untracked); the baseline still applies
      --policy <head|base>      with --base-ref: whose .tlsguard.json and baseline judge the run —
                                the work tree's (head, default) or those of <rev> (base). Either
                                way, what the change does to them is reported (policy changes)
      --no-ignore               also scan node_modules, dist, build, vendor, minified and
                                git-ignored files (the 2 MB size limit stays)
      --fail-on <new|any|none>  which findings fail the run (default: new)
      --fail-severity <level>   lowest failing severity: error, warning or note (default: error)
      --test-severity <level>   cap findings in test and other non-production code at this level
                                (default: note)
      --non-production <glob>   more non-production code, capped like test code (repeatable;
                                replaces nonProduction in .tlsguard.json). By default: tests,
                                benchmark(s)/, bench/, example(s)/, demo(s)/, sample(s)/, docs/,
                                fixtures/, playground/, root example.* files, dev-server and
                                bundler configurations
      --production <glob>       production code after all, though a default pattern matches it
                                (repeatable; replaces production in .tlsguard.json)
      --python-version <x.y>    the oldest Python the project supports: APIs removed in it are
                                errors (default: pythonVersion in .tlsguard.json, else
                                requires-python in pyproject.toml, .python-version, runtime.txt)
      --workers <n|auto>        threads for parsing (default: auto, one per CPU but one once a
                                scan has enough to parse; 1: main thread only); env TLSGUARD_WORKERS
      --cache                   keep each file's analysis in the user cache folder and reuse it while
                                the file, the configuration and tlsguard are unchanged
      --cache-location <path>   the cache file, or a folder for it (default: one file per scan root
                                in ~/.cache/tlsguard or its platform equivalent); implies --cache
      --prune                   baseline: also drop entries whose findings are gone, so the file
                                holds exactly the current findings (needs a scan of the whole root)
  -h, --help                    show this help
  -v, --version                 print the version

Suppress one reviewed finding in the code, with a reason (required):
  // tlsguard-ignore-next-line <rule-id> -- <reason>
  doSomething(); // tlsguard-ignore <rule-id> -- <reason>
  # tlsguard-ignore-next-line <rule-id> -- <reason>     (Python)

Rules:
${rules}
`;
}
