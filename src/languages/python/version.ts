/** A Python feature release: 3.12. */
export interface PythonVersion {
  readonly major: number;
  readonly minor: number;
}

/** `3.12` (also `3.12.1`, whose patch level does not matter here); undefined for anything else. */
export function parsePythonVersion(text: string | undefined): PythonVersion | undefined {
  const match = /^(\d{1,2})\.(\d{1,3})(?:\.\d+)?$/.exec(text?.trim() ?? '');
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** True when `version` is `major.minor` or later. */
export function atLeast(version: PythonVersion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}

export function formatVersion(version: PythonVersion): string {
  return `${version.major}.${version.minor}`;
}
