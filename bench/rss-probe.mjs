// Preloaded into the measured tlsguard process (node --import): records its peak resident set size.
// Worker threads share the process, so the figure covers them too.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.TLSGUARD_BENCH_RSS_FILE;
if (out && isMainThread) {
  process.on('exit', () => {
    // maxRSS is in kilobytes.
    writeFileSync(out, String(process.resourceUsage().maxRSS));
  });
}
