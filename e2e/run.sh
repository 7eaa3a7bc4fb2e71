#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest: types, unit tests, build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# Scripts call the project's own binaries; Node 22 comes first on PATH through the "node" devDependency.
export PATH="$PWD/node_modules/.bin:$PATH"

echo "== Chromium"
CHROMIUM_PATH="$(node e2e/support/find-chromium.mjs)"
export CHROMIUM_PATH
echo "using $CHROMIUM_PATH"

# The tests build and serve a local copy; only a deployment build must name its public SITE_URL.
export ALLOW_LOCAL_SITE=1

echo "== Types (astro check)"
astro check --minimumSeverity warning

echo "== Unit and content tests (vitest)"
vitest run

echo "== Build (astro build + pagefind)"
astro build
pagefind --site dist

echo "== Browser tests (playwright)"
PORT="$(node e2e/support/free-port.mjs)"
export PORT
playwright test
