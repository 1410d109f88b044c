#!/usr/bin/env bash
# The main job on the seed: build the workbook from the 2020 report, draft the narrative
# back from it, and check the published narrative. Findings are the expected outcome
# here (the seed is full of mistakes), so exit code 1 from `check` is not a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
seed=seeds/renhe-2020-final-accounts.txt
mkdir -p out
fa() { npm run --silent fa -- "$@"; }

echo "== fa build $seed -o out/renhe-2020.xlsx"
fa build "$seed" -o out/renhe-2020.xlsx --force || [ $? -eq 1 ]

echo
echo "== fa draft out/renhe-2020.xlsx -o out/renhe-2020-drafted.txt"
fa draft out/renhe-2020.xlsx -o out/renhe-2020-drafted.txt --force
head -c 1200 out/renhe-2020-drafted.txt; echo " …"

echo
echo "== fa check out/renhe-2020-drafted.txt --tables out/renhe-2020.xlsx  (every figure agrees with the tables; only the gaps the draft left visible are reported)"
fa check out/renhe-2020-drafted.txt --tables out/renhe-2020.xlsx || [ $? -eq 1 ]

echo
echo "== fa check $seed"
fa check "$seed" --json > out/renhe-2020-findings.json || [ $? -eq 1 ]
fa check "$seed" || [ $? -eq 1 ]
echo
echo "Wrote out/renhe-2020.xlsx, out/renhe-2020-drafted.txt, out/renhe-2020-findings.json"
