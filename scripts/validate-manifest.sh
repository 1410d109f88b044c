#!/bin/sh
# Validates manifest.xml (or the file given) offline against the Office add-in XML schemas.
# The schemas and their validator are in this repository (schemas/office-manifest, with a
# README naming their source and CHANGES.md listing every change), because Microsoft's own
# `office-addin-manifest validate` needs an online service these machines cannot reach.
# usage: sh scripts/validate-manifest.sh [manifest.xml]
# exit: 0 valid; the validator's code otherwise (3 invalid, 1 not well-formed, 127 no xmllint);
# 2 no such manifest.
set -eu

manifest=${1:-manifest.xml}
# Resolve the argument against the caller's directory before moving to the repo root.
case $manifest in
  /*) ;;
  *) [ $# -gt 0 ] && manifest="$PWD/$manifest" ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ ! -f "$manifest" ]; then
  echo "validate-manifest: 找不到清单文件 / no such file: $manifest" >&2
  exit 2
fi

sh schemas/office-manifest/validate "$manifest"
