import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import type { OptionWrite } from './option-write.js';
import { bagDestinations, hasNoEffect, holderDestinations } from './tls-bag-destinations.js';

/**
 * True when every place the options reach is a server, `tls.createSecureContext` or a plaintext
 * connection: client-only options such as `minDHSize` or `servername` do nothing there.
 */
export function reachesOnlyServers(analysis: FileAnalysis, write: OptionWrite): boolean {
  const destinations = write.inLiteral
    ? bagDestinations(analysis, write.holder)
    : holderDestinations(analysis, write.holder);
  return destinations.every((d) => d.kind === 'server' || hasNoEffect(d));
}
