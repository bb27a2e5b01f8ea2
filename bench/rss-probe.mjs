// Preloaded into the measured tlsguard process (node --import): records its peak resident set size and
// CPU time. Worker threads share the process, so the figures cover them too.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.TLSGUARD_BENCH_RSS_FILE;
if (out && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // maxRSS is in kilobytes, CPU times in microseconds.
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(out, JSON.stringify({ rssKb: usage.maxRSS, cpuMs }));
  });
}
