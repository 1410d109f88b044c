#!/usr/bin/env bash
# System packages the tests use, from Debian: xmllint validates the manifest, libsecret
# lets office-addin-debugging's keytar build, chromium runs the task pane end-to-end,
# LibreOffice recalculates the workbooks the CLI writes, Noto CJK renders Chinese in
# screenshots. Idempotent; needs root (CI and these machines run as root).
set -euo pipefail
packages=(libxml2-utils libsecret-1-dev chromium libreoffice-calc-nogui fonts-noto-cjk)
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
