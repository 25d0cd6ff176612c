#!/usr/bin/env bash
# npm run retarget -- ABI [VERSION]: move kobox to another Debian kernel (see scripts/retarget.ts).
# Only the npm packages are set up first: the kernel pinned now may be gone from the archive.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
take_lock
npm_packages
exec node --import tsx "$top/scripts/retarget.ts" "$@"
