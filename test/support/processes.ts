/**
 * The processes of a run, for the tests that stop runs: every descendant of a process (read from
 * Linux's /proc, which is what `ps` reads too), and whether any of a set is still alive. A run's
 * processes are found by their command line: npm, the CLI (src/cli/conformance.ts), Playwright's
 * runner (cli.js test) and its workers (workerProcessEntry.js).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface Proc {
  readonly pid: number;
  readonly ppid: number;
  readonly args: string;
}

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z') return null;
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return { pid, ppid: Number(fields[1]), args };
  } catch {
    return null;
  }
}

export function allProcesses(): Proc[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProc(Number(name)))
    .filter((p): p is Proc => p !== null);
}

/** The process and all its descendants (alive now). */
export function tree(root: number): Proc[] {
  const all = allProcesses();
  const out: Proc[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift();
    const proc = all.find((p) => p.pid === pid);
    if (proc === undefined) continue;
    out.push(proc);
    for (const child of all.filter((p) => p.ppid === proc.pid)) queue.push(child.pid);
  }
  return out;
}

/** Which of these processes are still alive (and still the same program). */
export function alive(procs: readonly Proc[]): Proc[] {
  return procs.filter((p) => readProc(p.pid)?.args === p.args);
}

export const isCli = (p: Proc): boolean => p.args.includes('src/cli/conformance.ts');
export const isRunner = (p: Proc): boolean => p.args.includes('@playwright/test/cli.js test');
export const isWorker = (p: Proc): boolean => p.args.includes('workerProcessEntry');
