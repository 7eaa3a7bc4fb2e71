#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest: types, unit tests, build, browser tests.
# Each stage prints how long it took, and the summary at the end lists them all, so a slow stage is easy to spot.
set -euo pipefail
cd "$(dirname "$0")/.."
# Scripts call the project's own binaries; Node 22 comes first on PATH through the "node" devDependency.
export PATH="$PWD/node_modules/.bin:$PATH"

timings=()
stage() {
  local name="$1"
  shift
  echo "== $name"
  local started=$SECONDS
  "$@"
  local took=$((SECONDS - started))
  echo "-- $name: ${took} s"
  timings+=("$(printf '%5d s  %s' "$took" "$name")")
}

find_chromium() {
  CHROMIUM_PATH="$(node e2e/support/find-chromium.mjs)"
  export CHROMIUM_PATH
  echo "using $CHROMIUM_PATH"
}

# The tests build and serve a local copy; only a deployment build must name its public SITE_URL.
export ALLOW_LOCAL_SITE=1

browser_tests() {
  PORT="$(node e2e/support/free-port.mjs)"
  export PORT
  playwright test
}

stage "Chromium" find_chromium
stage "Types (astro check)" astro check --minimumSeverity warning
stage "Lint (eslint, prettier)" npm run --silent lint
stage "Unit and content tests (vitest)" vitest run
stage "Build (astro build, which also writes the search index)" astro build
stage "Browser tests (playwright)" browser_tests

echo "== Time by stage"
printf '%s\n' "${timings[@]}"
