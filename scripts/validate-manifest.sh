#!/bin/sh
# Validates manifest.xml (or the file given) offline against the Office add-in XML schemas.
# The schemas and their validator live outside this repository, in ../shared/schemas, because
# Microsoft's own `office-addin-manifest validate` needs an online service these machines
# cannot reach. MANIFEST_VALIDATOR overrides the validator's path (e.g. on CI).
# usage: sh scripts/validate-manifest.sh [manifest.xml]
# exit: 0 valid; the validator's code otherwise (3 invalid, 1 not well-formed); 2 no validator.
set -eu

manifest=${1:-manifest.xml}
# Resolve the argument against the caller's directory before moving to the repo root.
case $manifest in
  /*) ;;
  *) [ $# -gt 0 ] && manifest="$PWD/$manifest" ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

validator=${MANIFEST_VALIDATOR:-../shared/schemas/office-manifest/validate}
if [ ! -f "$validator" ]; then
  echo "validate-manifest: validator not found at $validator (relative to $root)." >&2
  echo "  It ships with the shared schemas (../shared/schemas/office-manifest); set" >&2
  echo "  MANIFEST_VALIDATOR=/path/to/validate if they live elsewhere." >&2
  exit 2
fi
if [ ! -f "$manifest" ]; then
  echo "validate-manifest: no such file: $manifest" >&2
  exit 2
fi

sh "$validator" "$manifest"
