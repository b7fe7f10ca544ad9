// Preloaded into a measured process (node --import): when it exits, writes its peak resident memory
// (maxRSS, KB) and the CPU time it used (user + system, µs) to MINUTES_BENCH_PEAK_FILE. Plain
// JavaScript, so that it costs the process one small module and nothing else.
import { writeFileSync } from 'node:fs';

const file = process.env.MINUTES_BENCH_PEAK_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
  });
}
