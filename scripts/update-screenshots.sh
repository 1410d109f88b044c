#!/usr/bin/env bash
# Copies the screenshots the tests take (test-results/, written by `npx jest test/e2e` for
# the task pane and `npx jest test/cli/pdf-check` for the HTML review report) to docs/img/
# for the README and docs/taskpane.md. Tests never write into docs/.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in test-results/*.png; do
  [ -e "$f" ] || { echo "no screenshots: run npx jest test/e2e first" >&2; exit 1; }
  case "$(basename "$f")" in
    review-report.png) cp "$f" docs/img/review-report.png ;;
    *) cp "$f" "docs/img/taskpane-$(basename "$f")" ;;
  esac
done
ls docs/img
