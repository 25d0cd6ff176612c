#!/usr/bin/env bash
# Build the C files of DIR into the guest kernel, as kbuild's obj-y does (kobox run --builtin DIR;
# guest-kernel/scripts/Makefile.builtin says how). The kernel is built once for each content of
# DIR: into $build/builtin/<hash of DIR's path and files>/, whose path this prints on stdout. The
# build's lines (and the compiler's messages) go to stderr; on failure, make's status. (The key
# holds DIR's path too: make's dependency files name the sources by it.)
# usage: build-builtin.sh DIR
set -euo pipefail
. "$(dirname "$0")/lib.sh"
[ $# -eq 1 ] && [ -d "$1" ] || { echo "usage: build-builtin.sh DIR" >&2; exit 64; }
src=$(cd "$1" && pwd -P)
name=${src##*/}

# What the build reads from DIR: its files, without what a kbuild run there leaves behind.
sources() {
	(cd "$src" && find . -type f ! -path '*/.*' ! -name '*.o' ! -name '*.ko' ! -name '*.mod' ! -name '*.mod.c' \
		! -name modules.order ! -name Module.symvers ! -name '*.a' -print0 | LC_ALL=C sort -z |
		xargs -0r sha256sum)
}
key=$({ echo "$src"; sources; } | sha256sum | cut -c1-16)
out=$build/builtin/$key

# Up to date: built since anything in the kernel's sources or its base build changed. (Checked
# before and under the lock: a kernel already built waits for no one else's build.)
up_to_date() {
	[ -f "$out/.built" ] && kernel_built &&
		[ -z "$(find "$top/guest-kernel" "$build/guest-kernel/vmlinux" -newer "$out/.built" -print -quit)" ]
}
if ! up_to_date; then
	take_lock
	build_kernel
fi
if up_to_date; then
	touch "$out"
	echo "$out"
	exit 0
fi
mkdir -p "$out"
rm -f "$out/.built"
touch "$out/.building"
make -s --no-print-directory -C "$top/guest-kernel" -f scripts/Makefile.builtin O="$build/guest-kernel" \
	MODULE_HEADERS="$headers" SYSTEM_CERTS_IMAGE="$vmlinuz" src="$src" obj="$out" BUILTIN_NAME="$name" >&2 ||
	exit $?
mv -f "$out/.building" "$out/.built"
# Keep the kernels of the 16 contents built last.
ls -1dt "$build"/builtin/*/ | tail -n +17 | xargs -r rm -rf
echo "$out"
