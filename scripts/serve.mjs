// Starts `astro preview` on a free loopback port for the audit and the benchmarks and stops it by its PID.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { basePathFromEnv } from '../src/lib/base-path.mjs';

export async function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function serve(cwd = process.cwd()) {
  const port = await freePort();
  const child = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd,
    stdio: 'ignore',
    detached: true,
  });
  const base = basePathFromEnv();
  const url = `http://127.0.0.1:${port}${base}`;
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid);
      } catch {
        // already gone
      }
    },
  };
}

export function chromiumPath() {
  return (
    process.env.CHROMIUM_PATH ?? execFileSync('node', ['e2e/support/find-chromium.mjs'], { encoding: 'utf8' }).trim()
  );
}
