#!/usr/bin/env bash
# Fetch what reference captures need: QEMU from Debian 12, and the pinned Debian kernel's image
# (debian-kernel.pin). Prints the path of the kernel image.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
host_install qemu-system-arm
"$top/scripts/debian-kernel.sh" image
