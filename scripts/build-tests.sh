#!/usr/bin/env bash
# Build what the tests and the captures use, under the cache's lock (so that a kobox command
# started meanwhile waits instead of reading half-written files): everything setup builds, the
# guest kernels with the built-in examples (--builtin), the modules in modules/ and the broken copies
# derived from them, and the bare-metal guests and programs of test/guest and test/programs; and
# what the 32-bit ARM tests use (scripts/setup-arm.sh: the armhf helper and modules; with QEMU there,
# also what armhf captures need, as the arm64 capture test has it from setup).
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
if command -v qemu-system-arm >/dev/null; then
	"$top/scripts/setup-arm.sh" capture >/dev/null
else
	"$top/scripts/setup-arm.sh"
fi
