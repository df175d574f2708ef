#!/usr/bin/env bash
# Make sure the programs the browser and quality tests need are on this machine:
# Chromium (browser tests, Lighthouse), Java (Nu Html Checker), Node.js and npm
# (Lighthouse, vnu-jar). On Debian as root, missing ones are installed with apt;
# elsewhere this says what to install. In CI (CI=true) anything missing is an error.
set -euo pipefail

need=()
[ -x /usr/lib/chromium/chromium ] || command -v chromium >/dev/null || need+=(chromium)
command -v java >/dev/null || need+=(default-jre-headless)
command -v npm >/dev/null || need+=(nodejs npm)

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing with apt-get: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  exit 0
fi
echo "Missing system packages: ${need[*]} (install them with your package manager)" >&2
[ "${CI:-}" = "true" ] && exit 1
exit 0
