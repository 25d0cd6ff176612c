#!/usr/bin/env bash
# Fetch what reference captures need: QEMU from Debian 12, and the pinned Debian kernel's image
# (debian-kernel.pin); with KOBOX_ARCH=arm, its -armmp image and the rest of what armhf captures
# need (scripts/setup-arm.sh capture). Prints the path of the kernel image.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
host_install qemu-system-arm
[ "$deb_arch" != armhf ] || exec "$top/scripts/setup-arm.sh" capture
"$top/scripts/debian-kernel.sh" image
