#!/usr/bin/env bash
# Set up everything kobox needs on a Debian 12 machine: host packages, npm packages, Unicorn 2.1,
# busybox, the pinned Debian kernel's headers and image, and the guest kernel. Idempotent: prints
# nothing when there is nothing to do, and then takes well under a second (it checks with shell
# builtins, without even taking the lock). Safe to run concurrently: the cache's lock serialises
# runs that have work to do, and what they write is renamed into place whole, or stamped done last.
set -euo pipefail
here=${BASH_SOURCE[0]%/*}
[ "$here" != "${BASH_SOURCE[0]}" ] || here=.
export KOBOX_ARCH=arm64	# arm64's (armhf's: scripts/setup-arm.sh)
. "$here/lib.sh"
host_packages_present() {
	[ -x /usr/bin/aarch64-linux-gnu-gcc ] && [ -x /usr/bin/aarch64-linux-gnu-ld ] && [ -x /usr/bin/make ] &&
		[ -x /usr/bin/cpio ] && [ -x /usr/bin/openssl ] && [ -d /usr/lib/linux-kbuild-6.1 ] &&
		[ -f /usr/aarch64-linux-gnu/lib/libc.a ] && [ -x /usr/bin/gcc ] && [ -f /usr/include/dlfcn.h ]
}
# bin/kobox.js asks (KOBOX_JS_FD) where the compiled CLI is, once setup has made it current.
tell_js() {
	[ -n "${KOBOX_JS_FD:-}" ] || return 0
	[[ $top == */node_modules/* ]] || echo "$build/js/cli.js" >&"$KOBOX_JS_FD"
}
unicorn_present() { [ -n "${KOBOX_LIBUNICORN:-}" ] || [ -f "$cache/unicorn/usr/lib/x86_64-linux-gnu/libunicorn.so.2" ]; }
busybox_present() { [ -x "$cache/busybox/bin/busybox" ]; }
headers_present() { has_line "$headers/.kobox-ready" "$DEBIAN_KERNEL_VERSION"; }
image_present() { has_line "$linux_image/.kobox-version" "$DEBIAN_KERNEL_ABI $DEBIAN_KERNEL_VERSION"; }

if host_packages_present && ! npm_packages_stale && unicorn_present && busybox_present && headers_present &&
		image_present && kernel_built && tools_built && native_built && js_built; then
	tell_js
	exit 0
fi
take_lock

# 1. Host packages from Debian 12 (linux-kbuild-6.1 runs kbuild for the arm64 headers;
# libc6-dev-arm64-cross builds static user programs, as for examples/syscall; gcc and libc6-dev
# build the instruction counter).
host_packages_present || host_install gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu libc6-dev-arm64-cross make cpio openssl \
	linux-kbuild-6.1 gcc libc6-dev

# 2. npm packages of a checkout.
npm_packages

# 3. Unicorn 2.1 from Debian trixie (Debian 12's 2.0.1 cannot switch exception levels from hooks).
if ! unicorn_present; then
	step "fetching libunicorn2t64 (Unicorn 2.1) from Debian trixie"
	debs=$("$top/scripts/apt-private.sh" download trixie amd64 "$cache/debs/unicorn" libunicorn2t64)
	extract_deb "$(echo "$debs" | grep /libunicorn2t64_ | tail -n1)" "$cache/unicorn"
fi

# 4. Debian 12's busybox-static for arm64: the board's userspace.
if ! busybox_present; then
	step "fetching busybox-static (arm64) from Debian 12"
	debs=$("$top/scripts/apt-private.sh" download bookworm arm64 "$cache/debs/busybox" busybox-static)
	extract_deb "$(echo "$debs" | grep /busybox-static_ | tail -n1)" "$cache/busybox"
fi

# 5. The pinned Debian kernel: the guest kernel takes its module ABI from its headers (vermagic,
#    CRCs, the canary offset), and its compiled-in certificates from its image.
headers_present || "$top/scripts/debian-kernel.sh" headers >/dev/null
image_present || "$top/scripts/debian-kernel.sh" image >/dev/null

# 6. The guest kernel (make prints a line per step only when something is rebuilt).
build_kernel

# 7. kobox's guest tools: the transcript helper.
build_tools

# 8. The instruction counter, the virtual clock's native part.
build_native

# 9. kobox itself as JavaScript, for a quick start.
build_js
tell_js
