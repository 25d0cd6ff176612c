#!/usr/bin/env bash
# Fetch what reference captures need: QEMU from Debian 12, and Debian's real arm64 kernel of the
# ABI that linux-headers-arm64 depends on today. Prints the path of the kernel image.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${KOBOX_CACHE:-$top/.cache}
step() { printf 'kobox setup: %s\n' "$*" >&2; }
if ! command -v qemu-system-aarch64 >/dev/null; then
	step "installing qemu-system-arm (for reference captures)"
	sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q qemu-system-arm >&2
fi
abi=$("$top/scripts/kernel-abi.sh")
image="$cache/linux-image/boot/vmlinuz-$abi-arm64"
if [ ! -f "$image" ]; then
	step "fetching Debian's linux-image-$abi-arm64 (for reference captures)"
	deb=$(KOBOX_CACHE=$cache "$top/scripts/apt-private.sh" bookworm arm64 "$cache/debs/linux-image" "linux-image-$abi-arm64" | grep "linux-image-$abi-arm64_" | tail -n1)
	rm -rf "$cache/linux-image" && mkdir -p "$cache/linux-image"
	dpkg -x "$deb" "$cache/linux-image"
fi
echo "$image"
