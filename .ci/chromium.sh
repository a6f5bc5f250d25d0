#!/usr/bin/env bash
# Make Debian's Chromium available at /usr/bin/chromium for the catalogue-site browser test
# (test/site-browser.test.ts drives it with playwright-core; no browser is ever downloaded).
# Idempotent: installs only when /usr/bin/chromium is missing.
set -euo pipefail

chromium=/usr/bin/chromium
if [[ -x "$chromium" ]]; then
  echo "chromium.sh: $("$chromium" --version 2>/dev/null || echo chromium) already installed" >&2
  exit 0
fi

sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "chromium.sh: $chromium is missing and installing it needs root (apt-get install chromium)" >&2
    exit 1
  fi
fi

echo "chromium.sh: installing chromium" >&2
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
if [[ ! -x "$chromium" ]]; then
  echo "chromium.sh: apt-get finished but $chromium is still missing" >&2
  exit 1
fi
echo "chromium.sh: $("$chromium" --version 2>/dev/null || echo chromium) installed" >&2
