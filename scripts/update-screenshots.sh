#!/usr/bin/env bash
# Copies the end-to-end test's screenshots (test-results/, written by `npx jest test/e2e`)
# to docs/img/ for the README and docs/taskpane.md. Tests never write into docs/.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in test-results/*.png; do
  [ -e "$f" ] || { echo "no screenshots: run npx jest test/e2e first" >&2; exit 1; }
  cp "$f" "docs/img/taskpane-$(basename "$f")"
done
ls docs/img
