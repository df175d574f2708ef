#!/usr/bin/env bash
# Make sure the tools the browser and quality tests need are on this machine.
# On Debian as root, missing ones are installed with apt; elsewhere this says what
# to install. The tests themselves fail (CI=true) or skip (locally) when a tool is absent.
set -euo pipefail

need=()
[ -x /usr/lib/chromium/chromium ] || command -v chromium >/dev/null || need+=(chromium)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing with apt-get: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "Missing system packages: ${need[*]} (install them with your package manager)" >&2
  [ "${CI:-}" = "true" ] && exit 1
fi
exit 0
