import packageJson from '../../package.json' with { type: 'json' };

/** Name and version as printed by `--version` and written into JSON and SARIF. */
export const TOOL = { name: 'tlsguard', version: packageJson.version } as const;
