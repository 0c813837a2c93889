// The resident memory (RSS) of a process, sampled every second from /proc/<pid>/status (Linux).
import { readFileSync } from "node:fs";

/** VmRSS of `pid` in bytes, or undefined when the process is gone (or /proc is not there). */
export function residentBytes(pid) {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1_024;
  } catch {
    return undefined;
  }
}

/** Samples `pid`'s RSS every second from now; `at(second)` is the sample taken then, `stop()` ends sampling. */
export function sampleResidentMemory(pid) {
  const samples = [];
  const started = Date.now();
  const take = () => samples.push({ second: Math.round((Date.now() - started) / 1_000), bytes: residentBytes(pid) });
  take();
  const timer = setInterval(take, 1_000);
  return {
    samples,
    /** The sample nearest to `second` after the start. */
    at(second) {
      let best = samples[0];
      for (const sample of samples)
        if (Math.abs(sample.second - second) < Math.abs(best.second - second)) best = sample;
      return best?.bytes;
    },
    stop: () => clearInterval(timer),
  };
}

export function megabytes(bytes) {
  return bytes === undefined ? "n/a" : `${(bytes / 1_048_576).toFixed(0)} MB`;
}
