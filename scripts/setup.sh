#!/usr/bin/env bash
# Set up everything kobox needs on a Debian 12 machine: host packages, npm packages, Unicorn 2.1
# and the guest kernel. Idempotent: prints nothing when there is nothing to do.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${KOBOX_CACHE:-$top/.cache}
step() { printf 'kobox setup: %s\n' "$*" >&2; }

# 1. Host packages from Debian 12.
host_packages=(gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu make cpio openssl)
missing=()
for p in "${host_packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	step "installing host packages: ${missing[*]}"
	sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -q >&2
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >&2
fi

# 2. npm packages, when package.json or the lock file changed since the last install.
if [ ! -f "$top/node_modules/.package-lock.json" ] || [ "$top/package-lock.json" -nt "$top/node_modules/.package-lock.json" ]; then
	step "installing npm packages"
	(cd "$top" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

# 3. Unicorn 2.1 from Debian trixie (Debian 12's 2.0.1 cannot switch exception levels from hooks).
if [ -z "${KOBOX_LIBUNICORN:-}" ] && [ ! -f "$cache/unicorn/usr/lib/x86_64-linux-gnu/libunicorn.so.2" ]; then
	step "fetching libunicorn2t64 (Unicorn 2.1) from Debian trixie"
	debs=$(KOBOX_CACHE=$cache "$top/scripts/apt-private.sh" trixie amd64 "$cache/debs/unicorn" libunicorn2t64)
	rm -rf "$cache/unicorn"
	dpkg -x "$(echo "$debs" | grep libunicorn2t64 | tail -n1)" "$cache/unicorn"
fi

# 4. Debian 12's busybox-static for arm64: the board's userspace.
if [ ! -x "$cache/busybox/bin/busybox" ]; then
	step "fetching busybox-static (arm64) from Debian 12"
	debs=$(KOBOX_CACHE=$cache "$top/scripts/apt-private.sh" bookworm arm64 "$cache/debs/busybox" busybox-static)
	rm -rf "$cache/busybox"
	dpkg -x "$(echo "$debs" | grep busybox-static | tail -n1)" "$cache/busybox"
fi

# 5. Debian's arm64 kernel headers: the guest kernel takes its module ABI from them (vermagic,
#    CRCs, the canary offset), and kbuild builds the modules in modules/ against them.
"$top/scripts/setup-headers.sh" >/dev/null

# 6. Debian's kernel package of that ABI: the guest kernel's compiled-in certificates come from
#    its image (module signatures are checked against them); the goldens load its modules.
"$top/scripts/linux-image.sh" >/dev/null

# 7. The guest kernel (make prints a line per step only when something is rebuilt).
if ! out=$(make -s -C "$top/guest-kernel" 2>&1); then
	printf '%s\n' "$out" >&2
	step "building the guest kernel failed"
	exit 1
fi
[ -z "$out" ] || step "built the guest kernel"
