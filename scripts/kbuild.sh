#!/usr/bin/env bash
# Build the out-of-tree module in DIR the normal way, with kbuild against the pinned Debian
# kernel's arm64 headers; kbuild writes its output next to the sources. More arguments go to make
# (default: modules). This is the plain make line:
#   make -C <headers> M=DIR ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- modules
# usage: kbuild.sh DIR [MAKE ARGS...]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
[ $# -ge 1 ] || { echo "usage: kbuild.sh DIR [MAKE ARGS...]" >&2; exit 2; }
dir=$(cd "$1" && pwd)
shift
[ $# -gt 0 ] || set -- modules
"$top/scripts/debian-kernel.sh" headers >/dev/null
exec make --no-print-directory -C "$headers" M="$dir" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- "$@"
