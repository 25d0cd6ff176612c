#!/usr/bin/env bash
# Build the guest kernel against the pinned Debian kernel's headers and image, into the cache.
# usage: build-kernel.sh [TARGET...]   (default: vmlinux and Image)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
take_lock
build_kernel "$@"
