/**
 * What the kernel says about a workerd the bench started: its CPU time and memory, from /proc.
 * The Workers runtime freezes its clocks during a request, so CPU per request is read from outside.
 */
import { readdirSync, readFileSync } from 'node:fs'

/** The pids of this process's children named `name` (as /proc/<pid>/status spells it). */
export function childPids(name: string): number[] {
  const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/)
  return children
    .filter((pid) => {
      try {
        return new RegExp(`^Name:\\s+${name}$`, 'm').test(readFileSync(`/proc/${pid}/status`, 'utf8'))
      } catch {
        return false
      }
    })
    .map(Number)
}

/**
 * CPU time of every thread of process `pid` so far, ms: the sum of /proc/<pid>/task/<tid>/schedstat
 * (ns, where /proc/<pid>/stat counts 10 ms ticks).
 */
export function processCpuMs(pid: number): number {
  return readdirSync(`/proc/${pid}/task`).reduce((sum, tid) => {
    try {
      return sum + Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6
    } catch {
      return sum // a thread that ended between the listing and the read
    }
  }, 0)
}

/** CPU time of each thread of process `pid` so far, ms, by thread id (see {@link processCpuMs}). */
export function threadCpuMs(pid: number): Map<string, number> {
  const threads = new Map<string, number>()
  for (const tid of readdirSync(`/proc/${pid}/task`))
    try {
      threads.set(tid, Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6)
    } catch {
      // a thread that ended between the listing and the read
    }
  return threads
}

/**
 * CPU time between two {@link threadCpuMs} readings of the one thread that spent the most: the
 * thread that ran the request (V8's compiler and collector threads work beside it).
 */
export function busiestThreadMs(before: Map<string, number>, after: Map<string, number>): number {
  let most = 0
  for (const [tid, ms] of after) most = Math.max(most, ms - (before.get(tid) ?? 0))
  return most
}

/** Resident memory of process `pid`, MiB. */
export function rssMiB(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) / 1024
}
