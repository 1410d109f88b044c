#!/usr/bin/env bash
# System packages the tests use, from Debian: xmllint validates the manifest, chromium runs
# the task pane end-to-end, LibreOffice (calc) recalculates the workbooks the CLI writes and
# (writer) exports the test documents to PDF, Noto CJK embeds Chinese in those PDFs and in
# screenshots, poppler-utils renders PDF pages to PNG. None of them is needed by
# `npm ci && npm run demo`. Idempotent; needs root (CI and these machines run as root).
set -euo pipefail
packages=(libxml2-utils chromium libreoffice-calc-nogui libreoffice-writer-nogui fonts-noto-cjk poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
