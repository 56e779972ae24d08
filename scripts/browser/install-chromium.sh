#!/usr/bin/env bash
# Debian's Chromium for test/browser (playwright-core drives it and downloads
# no browser). Does nothing when it is already there; otherwise apt-get, quiet,
# up to 3 tries. Prints one line with the version and the time it took.
set -uo pipefail
bin=/usr/bin/chromium
start=$SECONDS
if [ ! -x "$bin" ]; then
  log=$(mktemp)
  ok=0
  for try in 1 2 3; do
    if apt-get -o DPkg::Lock::Timeout=120 update -qq >"$log" 2>&1 &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq \
        --no-install-recommends chromium >>"$log" 2>&1; then
      ok=1
      break
    fi
    echo "apt-get install chromium failed (try $try of 3):"
    tail -n 5 "$log"
    [ "$try" = 3 ] || sleep $((try * 10))
  done
  rm -f "$log"
  [ "$ok" = 1 ] || exit 1
fi
echo "$("$bin" --version 2>/dev/null) at $bin (ready in $((SECONDS - start)) s)"
