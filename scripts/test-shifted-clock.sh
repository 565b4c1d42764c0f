#!/usr/bin/env bash
# The non-browser suite once more with the system clock two years ahead
# (Debian's faketime): the tests build their world around a fixed day
# (test/helpers/test-clock.ts) and take "now" from the app's clock, so nothing
# may change when the wall clock moves. PGlite only; the browser journeys and
# PostgreSQL run in the normal pass. Usage: npm run test:shifted-clock
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v faketime >/dev/null; then
  echo "faketime mangler: apt-get install -y faketime" >&2
  exit 1
fi
# A relative offset holds in every process alike (vitest's forks included).
echo "Systemuret flyttet to år frem: $(faketime -f '+730d' date)"
# Left out: the demo's own tests, which seed and run on explicit dates (2026–2030) whatever the
# system clock says, and the tests that spawn the command line, whose "now" is the wall clock by
# design (a command run by a person is an entry point, like a request). Both ran in the normal pass.
SHIFTED_CLOCK=1 faketime -f '+730d' npx vitest run --project unit --project pglite \
  --exclude 'test/demo-*.test.ts' --exclude 'test/cli.test.ts' --exclude 'test/unit/*-cli.test.ts' "$@"
