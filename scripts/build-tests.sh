#!/usr/bin/env bash
# Build what the tests and the captures use, under the cache's lock (so that a kobox command
# started meanwhile waits instead of reading half-written files): everything setup builds, the
# guest kernels with the built-in examples (--builtin), the modules in modules/ and the broken copies
# derived from them, and the bare-metal guests and programs of test/guest and test/programs; and
# what the 32-bit ARM tests use (scripts/setup-arm.sh: the armhf helper, modules and busybox, the
# armmp image, and the 32-bit ARM guest kernel).
set -euo pipefail
export KOBOX_ARCH=arm64	# arm64's (armhf's: scripts/setup-arm.sh)
. "$(dirname "$0")/lib.sh"
take_lock
"$top/scripts/setup.sh"
for dir in initcalls driver syscall/kernel; do
	BUILD_QUIET=1 build_step "building the kernel with examples/$dir built in" \
		sh -c '"$1" "$2" >/dev/null' - "$top/scripts/build-builtin.sh" "$top/examples/$dir"
done
"$top/scripts/build-modules.sh"
node --import tsx "$top/scripts/derive-modules.ts"
node --import tsx "$top/test/helpers/build-guests.ts"
# The 32-bit ARM guest kernel is young: while it does not build, the tests that boot the arm board
# are skipped, and say why.
"$top/scripts/setup-arm.sh" >/dev/null ||
	step "scripts/setup-arm.sh failed (the 32-bit ARM guest kernel did not build?): the tests that boot the arm board are skipped"
