// npm run bench:scale [-- 10 50 100]: proves the design scales from one brief to a series.
// Generates N synthetic briefs from the real brief's sections (same length, same figures) in a temporary
// content folder, builds them with search, and prints build time, pages per second, the size of dist/,
// the size of the search index and the bytes a first query fetches. Target: 100 briefs in ≤ 3 minutes
// on a 2-core machine, a first query ≤ 300 KB.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumPath, freePort } from '../serve.mjs';
import { chromiumArgs } from '../../e2e/support/browser.mjs';
import { spawn, spawnSync } from 'node:child_process';

const counts = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = counts.length > 0 ? counts : [10, 50, 100];
const source = 'content';

const dirSize = (dir) =>
  readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? dirSize(path) : stat.size);
  }, 0);

function generate(root, n) {
  cpSync(join(source, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(source, 'help-lines.yml'), join(root, 'help-lines.yml'));
  // The site's own pages (about) once; each brief gets its own copy of the companion pages below.
  mkdirSync(join(root, 'pages'), { recursive: true });
  for (const name of readdirSync(join(source, 'pages')).filter((name) => name.endsWith('.mdx')))
    cpSync(join(source, 'pages', name), join(root, 'pages', name));
  const pageDir = join(source, 'pages', 'human-trafficking');
  const companions = readdirSync(pageDir).filter((name) => name.endsWith('.mdx'));
  mkdirSync(join(root, 'briefs'), { recursive: true });
  const template = readFileSync(join(source, 'briefs', 'human-trafficking.yml'), 'utf8');
  const sectionDir = join(source, 'sections', 'human-trafficking');
  const sections = readdirSync(sectionDir).filter((name) => name.endsWith('.mdx'));
  for (let i = 1; i <= n; i += 1) {
    const id = `brief-${String(i).padStart(3, '0')}`;
    writeFileSync(
      join(root, 'briefs', `${id}.yml`),
      template.replace(/^title: .*$/m, `title: Synthetic brief ${i}`).replace(/^related:.*$/m, 'related: []'),
    );
    mkdirSync(join(root, 'sections', id), { recursive: true });
    for (const name of sections) {
      // Source ids are unique within a brief, so each copy keeps its own; headings stay as written.
      const text = readFileSync(join(sectionDir, name), 'utf8').replace(/^brief: .*$/m, `brief: ${id}`);
      writeFileSync(join(root, 'sections', id, name), text);
    }
    // Each brief has its own glossary and timeline, as a real series would.
    for (const folder of ['glossary', 'timeline']) {
      mkdirSync(join(root, folder), { recursive: true });
      writeFileSync(
        join(root, folder, `${id}.yml`),
        readFileSync(join(source, folder, 'human-trafficking.yml'), 'utf8').replace(/^brief: .*$/m, `brief: ${id}`),
      );
    }
    mkdirSync(join(root, 'pages', id), { recursive: true });
    for (const name of companions) {
      writeFileSync(
        join(root, 'pages', id, name),
        readFileSync(join(pageDir, name), 'utf8').replace(/^brief: .*$/m, `brief: ${id}`),
      );
    }
  }
}

async function firstQueryBytes(dist) {
  const port = await freePort();
  const server = spawn(
    'node',
    [
      '-e',
      `
    const http = require('http'), fs = require('fs'), path = require('path');
    const root = ${JSON.stringify(dist)};
    http.createServer((req, res) => {
      let p = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, 'index.html');
      if (!fs.existsSync(p)) { res.statusCode = 404; return res.end(); }
      const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };
      res.setHeader('Content-Type', types[path.extname(p)] || 'application/octet-stream');
      fs.createReadStream(p).pipe(res);
    }).listen(${port}, '127.0.0.1');`,
    ],
    { stdio: 'ignore', detached: true },
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/brief-001/introduction/`);
    let bytes = 0;
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
    });
    await page.keyboard.press('/');
    await page.getByRole('searchbox').fill('trafficking');
    await page
      .getByRole('status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    process.kill(-server.pid);
  }
}

const rows = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `scale-${n}-`));
  try {
    const content = join(dir, 'content');
    const dist = join(dir, 'dist');
    generate(content, n);
    const env = { ...process.env, ALLOW_LOCAL_SITE: '1', CONTENT_DIR: content, ASTRO_CACHE_DIR: join(dir, 'cache') };
    const started = performance.now();
    const build = spawnSync('astro', ['build', '--outDir', dist], {
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (build.status !== 0) {
      // Show the end of the build's own output: it names the file and field that failed.
      console.error(
        `${`${build.stdout}\n${build.stderr}`
          .split('\n')
          .filter((line) => /error|Error/.test(line))
          .slice(-15)
          .join('\n')}`,
      );
      throw new Error(`astro build failed for ${n} briefs`);
    }
    const seconds = (performance.now() - started) / 1000;
    const pages = execFileSync('find', [dist, '-name', '*.html'], { encoding: 'utf8' }).trim().split('\n').length;
    rows.push({
      briefs: n,
      pages,
      'build + index s': Number(seconds.toFixed(1)),
      'pages/s': Number((pages / seconds).toFixed(1)),
      'dist MB': Number((dirSize(dist) / 1e6).toFixed(1)),
      'index MB': Number((dirSize(join(dist, 'pagefind')) / 1e6).toFixed(2)),
      'first query KB': Math.round((await firstQueryBytes(dist)) / 1024),
    });
    console.table(rows.slice(-1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log('\nTargets: 100 briefs built and indexed in ≤ 180 s on 2 cores; a first query ≤ 300 KB.');
console.table(rows);
