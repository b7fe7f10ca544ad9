// Finds the process of a running action (a child of this test process started by runAction) so that a
// test can send it signals at a chosen moment, as a runner does when a job is cancelled. Linux: /proc.
import { readdirSync, readFileSync } from 'node:fs';

/** The pid of the child of this process whose GITHUB_API_URL is apiUrl, if it is running. */
export function findActionPid(apiUrl: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`GITHUB_API_URL=${apiUrl}`)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

/** Sends a signal to the running action; false when it has already ended. */
export function signalAction(apiUrl: string, signal: NodeJS.Signals): boolean {
  const pid = findActionPid(apiUrl);
  if (pid === undefined) return false;
  process.kill(pid, signal);
  return true;
}
