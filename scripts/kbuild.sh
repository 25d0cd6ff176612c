#!/usr/bin/env bash
# Build the out-of-tree module in DIR the normal way, with kbuild against the pinned Debian
# kernel's arm64 headers (with KOBOX_ARCH=arm, its armhf -armmp headers); kbuild writes its output
# next to the sources. More arguments go to make (default: modules). This is the plain make line:
#   make -C <headers> M=DIR ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- modules
#   make -C <headers> M=DIR ARCH=arm CROSS_COMPILE=arm-linux-gnueabihf- modules   (KOBOX_ARCH=arm)
# usage: kbuild.sh DIR [MAKE ARGS...]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
[ $# -ge 1 ] || { echo "usage: kbuild.sh DIR [MAKE ARGS...]" >&2; exit 2; }
dir=$(cd "$1" && pwd -P)
shift
[ $# -gt 0 ] || set -- modules
"$top/scripts/debian-kernel.sh" headers >/dev/null
# Paths in the debug information are the headers' Debian paths and the module's own directory as
# ".", so that a .ko is the same bytes wherever the checkout or the cache is (a larger .ko takes the
# guest longer to read: the virtual clock's timestamps would follow the path's length).
real_headers_root=$(cd "$headers_root" && pwd -P)
export KCFLAGS="${KCFLAGS:+$KCFLAGS }-fdebug-prefix-map=$real_headers_root= -fdebug-prefix-map=$dir=."
exec make --no-print-directory -C "$headers" M="$dir" ARCH="${KOBOX_ARCH:-arm64}" CROSS_COMPILE="$cross" "$@"
