/**
 * The ncc entry: one bundle shared by the Action (dist/index.js) and the CLI (dist/cli/index.js), so the
 * TypeScript compiler inside typescript-estree ships once. Each entry loads only its own chunk.
 */
export async function startAction(): Promise<void> {
  await import('./action/index.js');
}

export async function startCli(): Promise<void> {
  await import('./cli/index.js');
}
