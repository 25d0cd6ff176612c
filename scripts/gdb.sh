#!/usr/bin/env bash
# Install what debugging the board needs and print its path: gdb-multiarch from Debian 12, which
# debugs an aarch64 guest from this x86-64 host (Debian's plain gdb knows the host's architecture only).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
host_install gdb-multiarch
command -v gdb-multiarch
