let url: string | undefined;

/**
 * The module worker threads load: the bundle's own entry (`dist/lib/index.js`), which registers itself
 * here, so workers run exactly the code of the main thread. Unset when running from the sources (tests):
 * then nothing runs in workers.
 */
export function setWorkerModule(moduleUrl: string): void {
  url = moduleUrl;
}

export function workerModule(): string | undefined {
  return url;
}
