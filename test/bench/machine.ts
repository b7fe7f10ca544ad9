// The machine the figures were taken on, in one line, and how busy it was: on a shared runner other
// processes stretch wall times, so the load average is printed beside them.
import { cpus, loadavg, totalmem } from 'node:os';

export function describeMachine(): string {
  const cores = cpus();
  const model = (cores[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
  return `${model}, ${cores.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
}

export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
}
