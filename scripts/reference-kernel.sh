#!/usr/bin/env bash
# Fetch what reference captures need: QEMU from Debian 12, and Debian's real arm64 kernel of the
# ABI that linux-headers-arm64 depends on today. Prints the path of the kernel image.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
step() { printf 'kobox setup: %s\n' "$*" >&2; }
if ! command -v qemu-system-aarch64 >/dev/null; then
	step "installing qemu-system-arm (for reference captures)"
	sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q qemu-system-arm >&2
fi
"$top/scripts/linux-image.sh"
