#!/usr/bin/env bash
# `npm test`: typecheck, builds, unit tests, end-to-end tests; any failure fails the whole.
# tsc runs beside the four builds: it reads only the sources and the .wxt types that `wxt prepare` (npm's postinstall)
# wrote, which the builds read and never rewrite; on two cores that hides most of its ~30 CPU-s.
set -euo pipefail
npm run typecheck &
typecheck=$!
built=0
npm run build && npm run build:e2e || built=$?
checked=0
wait "$typecheck" || checked=$?
if [ "$built" -ne 0 ] || [ "$checked" -ne 0 ]; then
  echo "npm test: build exit $built, typecheck exit $checked" >&2
  exit 1
fi
npm run test:unit
npm run test:e2e
