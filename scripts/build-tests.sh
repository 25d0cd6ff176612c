#!/usr/bin/env bash
# Build what the tests and the captures use, under the cache's lock (so that a kobox command
# started meanwhile waits instead of reading half-written files): everything setup builds, the
# guest kernel with the demo initcalls, the modules in modules/ and the broken copies derived from
# them, and the bare-metal guests and programs of test/guest and test/programs.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
take_lock
"$top/scripts/setup.sh"
"$top/scripts/build-kernel.sh" vmlinux-demo
"$top/scripts/build-modules.sh"
node --import tsx "$top/scripts/derive-modules.ts"
node --import tsx "$top/test/helpers/build-guests.ts"
