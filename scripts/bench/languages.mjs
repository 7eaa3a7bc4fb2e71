// npm run bench:languages [-- 7]: what the Spanish edition costs the build. Copies the project twice into a
// temporary folder, once as it is and once as English alone (no content/translations/, no src/pages/es/),
// builds each copy in turn, alternating so that a busy machine slows both alike, and prints every time, the
// medians and their ratio. Target: both languages within 1.6× the time of English alone.
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2]) || 5;
const project = resolve('.');
const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'reports', 'playwright-report']);
const work = mkdtempSync(join(tmpdir(), 'bench-languages-'));

function copy(name, drop) {
  const root = join(work, name);
  for (const entry of readdirSync(project)) {
    if (!skip.has(entry)) cpSync(join(project, entry), join(root, entry), { recursive: true });
  }
  for (const path of drop) rmSync(join(root, path), { recursive: true, force: true });
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

const trees = {
  'English alone': copy('english', ['content/translations', 'src/pages/es']),
  'English and Spanish': copy('both', []),
};

function build(root) {
  const started = performance.now();
  const result = spawnSync('astro', ['build'], {
    cwd: root,
    env: { ...process.env, ALLOW_LOCAL_SITE: '1' },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`astro build failed in ${root}`);
  }
  const pages = /(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? '?';
  return { seconds, pages };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
  const times = Object.fromEntries(Object.keys(trees).map((name) => [name, []]));
  const pages = {};
  // One unmeasured build each first: Vite's dependency scan and the content cache are not what we compare.
  for (const root of Object.values(trees)) build(root);
  for (let run = 1; run <= runs; run += 1) {
    for (const [name, root] of Object.entries(trees)) {
      const { seconds, pages: count } = build(root);
      times[name].push(seconds);
      pages[name] = count;
    }
  }
  for (const [name, values] of Object.entries(times)) {
    console.log(
      `${name.padEnd(20)} ${String(pages[name]).padStart(3)} pages  median ${median(values).toFixed(2)} s  (${values.map((value) => value.toFixed(2)).join(', ')})`,
    );
  }
  const ratio = median(times['English and Spanish']) / median(times['English alone']);
  console.log(`both languages / English alone: ${ratio.toFixed(2)}× (target ≤ 1.6×)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
