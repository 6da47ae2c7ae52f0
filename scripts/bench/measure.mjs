// Runs a command and measures it: wall time, and peak memory as the largest sum of resident set
// sizes over the process and all its descendants, sampled from /proc every 50 ms (Astro's build
// and Pagefind's indexer are separate processes, so the whole tree counts).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function descendants(pid) {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      for (const tid of readdirSync(`/proc/${out[i]}/task`)) {
        const kids = readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').trim();
        if (kids) out.push(...kids.split(' ').map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return out;
}

function rssKb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** @returns {Promise<{ ms: number, peakMb: number, output: string }>} */
export function measure(cmd, args, { cwd, env } = {}) {
  const start = performance.now();
  const child = spawn(cmd, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', ...env } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(
      peak,
      descendants(child.pid).reduce((sum, p) => sum + rssKb(p), 0),
    );
  }, 50);
  return new Promise((resolve, reject) =>
    child.on('close', (status) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      if (status !== 0)
        reject(new Error(`${cmd} ${args.join(' ')} exited ${status} in ${cwd}:\n${output.slice(-3000)}`));
      else resolve({ ms, peakMb: peak / 1024, output });
    }),
  );
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function files(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else out.push(p);
  }
  return out;
}

/** Every file of a tree, with its path, in one hash: equal hashes mean byte-identical trees. */
export function treeHash(dir) {
  const h = createHash('sha256');
  for (const f of files(dir).sort()) h.update(relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

export const htmlCount = (dir) => files(dir).filter((f) => f.endsWith('.html')).length;
