import { RULES } from '../rules/index.js';

/** `tlsguard --help`. */
export function usage(): string {
  const rules = RULES.map((rule) => `  ${rule.id.padEnd(36)} ${rule.meta.description}`).join('\n');
  return `Usage: tlsguard scan [paths...] [options]

Finds disabled certificate verification and other insecure TLS settings in JavaScript and
TypeScript. Exits 1 when a finding reaches the failing severity, 2 on a usage error.

Paths default to the current folder. A single folder argument becomes the scan root: reported
paths are relative to it. Otherwise the root is the current folder (or --root).

Options:
  -f, --format <text|json>      output format (default: text)
      --root <dir>              folder that reported paths are relative to
      --no-baseline             report every finding as new, ignoring any baseline file
      --no-ignore               also scan node_modules, dist, build, vendor, minified and
                                git-ignored files (the 2 MB size limit stays)
      --fail-severity <level>   exit 1 when a new finding is at or above: error, warning or
                                note (default: warning)
      --test-severity <level>   cap findings in test code at this level (default: note)
  -h, --help                    show this help
  -v, --version                 print the version

Rules:
${rules}
`;
}
