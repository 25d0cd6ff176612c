#!/usr/bin/env bash
# npm run retarget -- ABI [VERSION]: move kobox to another Debian kernel (see scripts/retarget.ts).
# Only the npm packages are set up first: the kernel pinned now may be gone from the archive.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
# (The lock only when there is something to install: the steps retarget.ts runs take it themselves.)
if npm_packages_stale; then
	take_lock
	npm_packages
fi
exec node --import tsx "$top/scripts/retarget.ts" "$@"
