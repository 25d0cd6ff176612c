#!/usr/bin/env bash
# Build every module in modules/ with kbuild against Debian's arm64 headers, the normal way.
# kbuild writes its output next to the sources, so each module is built from a copy in the cache.
# Prints nothing when everything is up to date.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${KOBOX_CACHE:-$top/.cache}
headers=$("$top/scripts/setup-headers.sh")
out="$cache/build/modules"
mkdir -p "$out"
for src in "$top"/modules/*/; do
	name=$(basename "$src")
	mkdir -p "$out/$name"
	cp -pu "$src"* "$out/$name/"
	log=$(make -s -C "$headers" M="$out/$name" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- modules 2>&1) || {
		printf '%s\n' "$log" >&2
		echo "kobox: building module $name failed" >&2
		exit 1
	}
done
