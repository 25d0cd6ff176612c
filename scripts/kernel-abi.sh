#!/usr/bin/env bash
# The Debian 12 kernel ABI kobox impersonates: the one linux-headers-arm64 depends on today
# (for example 6.1.0-56). Looked up once, then cached.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${KOBOX_CACHE:-$top/.cache}
abi_file="$cache/kernel-abi"
if [ ! -s "$abi_file" ]; then
	meta=$(KOBOX_CACHE=$cache "$top/scripts/apt-private.sh" bookworm arm64 "$cache/debs/meta" linux-headers-arm64 | grep 'linux-headers-arm64_' | tail -n1)
	abi=$(dpkg-deb -f "$meta" Depends | sed -n 's/.*linux-headers-\([0-9.]*-[0-9]*\)-arm64.*/\1/p')
	[ -n "$abi" ] || { echo "cannot tell the kernel ABI from $meta" >&2; exit 1; }
	echo "$abi" > "$abi_file"
fi
cat "$abi_file"
