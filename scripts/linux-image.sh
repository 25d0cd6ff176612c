#!/usr/bin/env bash
# Fetch Debian's real arm64 kernel package of the ABI that linux-headers-arm64 depends on today:
# the guest kernel takes its compiled-in X.509 certificates from its image, the golden scenarios
# load its distribution modules, and reference captures boot it. Prints the image's path.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${KOBOX_CACHE:-$top/.cache}
step() { printf 'kobox setup: %s\n' "$*" >&2; }
abi=$("$top/scripts/kernel-abi.sh")
image="$cache/linux-image/boot/vmlinuz-$abi-arm64"
if [ ! -f "$image" ]; then
	step "fetching Debian's linux-image-$abi-arm64 (its certificates and modules)"
	deb=$(KOBOX_CACHE=$cache "$top/scripts/apt-private.sh" bookworm arm64 "$cache/debs/linux-image" "linux-image-$abi-arm64" | grep "linux-image-$abi-arm64_" | tail -n1)
	rm -rf "$cache/linux-image" && mkdir -p "$cache/linux-image"
	dpkg -x "$deb" "$cache/linux-image"
fi
echo "$image"
