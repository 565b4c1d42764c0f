#!/usr/bin/env bash
# The unit and PGlite tests with the system clock two years ahead (Debian's
# faketime): the tests build their world around a fixed day
# (test/helpers/test-clock.ts) and take "now" from the app's clock, so nothing
# may change when the wall clock moves. Left out (vitest.config.ts, TEST_PASS):
# the browser journeys, PostgreSQL, the demo's own tests (they seed on explicit
# dates whatever the system clock says) and the command line's (a command run by
# a person reads the wall clock by design). `.ci/run` runs those in a pass of
# their own (TEST_PASS=wall-clock), so every test runs once in CI.
# Usage: npm run test:shifted-clock [-- vitest filters]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v faketime >/dev/null; then
  echo "faketime mangler: apt-get install -y faketime" >&2
  exit 1
fi
# A relative offset holds in every process alike (vitest's forks included).
echo "Systemuret flyttet to år frem: $(faketime -f '+730d' date)"
TEST_PASS=shifted faketime -f '+730d' npm test -- "$@"
