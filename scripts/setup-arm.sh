#!/usr/bin/env bash
# Set up 32-bit ARM (Debian armhf), only when something asks for it: an arm64-only user never pays
# for it. Run after setup.sh (npm packages, linux-kbuild-6.1). Silent and fast when all is there.
#
#   setup-arm.sh           the host's arm-linux-gnueabihf cross compiler, the pinned kernel's
#                          -armmp headers and image (its compiled-in certificates; its modules are
#                          the `dist/` files), the transcript helper and modules/ built for armhf
#                          ($build/armhf), the broken copies derived from them, Debian 12's
#                          busybox-static for armhf (the userspace of the board and of captures),
#                          and the guest kernel built for 32-bit ARM ($build/armhf/guest-kernel:
#                          vmlinux and the raw Image QEMU boots), last
#   setup-arm.sh capture   the same, and prints the armmp image's path (what captures boot)
set -euo pipefail
export KOBOX_ARCH=arm
. "$(dirname "$0")/lib.sh"
busybox=$arch_cache/busybox

host_packages_present() {
	[ -x /usr/bin/arm-linux-gnueabihf-gcc ] && [ -x /usr/bin/arm-linux-gnueabihf-ld ] && [ -x /usr/bin/make ] &&
		[ -x /usr/bin/xz ] &&
		[ -d /usr/lib/linux-kbuild-6.1 ]
}
headers_present() { has_line "$headers/.kobox-ready" "$DEBIAN_KERNEL_VERSION"; }
image_present() { has_line "$linux_image/.kobox-version" "$DEBIAN_KERNEL_ABI $DEBIAN_KERNEL_VERSION"; }
busybox_present() { [ -x "$busybox/bin/busybox" ]; }
# The modules are checked by build-modules.sh itself (a stamp per module), under the lock.
modules_built() {
	[ -f "$arch_build/modules/derived/.built" ] &&
		[ -z "$(find "$top/modules" "$top/examples/driver" "$top/scripts/kbuild.sh" "$top/scripts/derive-modules-arm.ts" \
			-newer "$arch_build/modules/derived/.built" -print -quit)" ]
}

capture=
case ${1:-} in
'') ;;
capture) capture=1 ;;
*) echo "usage: setup-arm.sh [capture]" >&2; exit 2 ;;
esac

if ! { host_packages_present && headers_present && image_present && tools_built && modules_built &&
		busybox_present && kernel_built; }; then
	take_lock
	# 1. The cross compiler for the helper and for kbuild (libc-free programs: no armhf libc needed).
	host_packages_present || host_install gcc-arm-linux-gnueabihf binutils-arm-linux-gnueabihf make xz-utils linux-kbuild-6.1
	# 2. The pinned kernel's -armmp headers (the same ABI as arm64's).
	headers_present || "$top/scripts/debian-kernel.sh" headers >/dev/null
	# 3. The pinned kernel's -armmp image (the guest kernel carries its certificates; captures
	#    boot it).
	image_present || "$top/scripts/debian-kernel.sh" image >/dev/null
	# 4. The transcript helper, built for armhf.
	build_tools
	# 5. modules/ built for armhf, and the broken copies the load-failure scenarios use.
	if ! modules_built; then
		"$top/scripts/build-modules.sh"
		mkdir -p "$arch_build/modules/derived"
		touch "$arch_build/modules/derived/.building"
		node --import tsx "$top/scripts/derive-modules-arm.ts"
		mv -f "$arch_build/modules/derived/.building" "$arch_build/modules/derived/.built"
	fi
	# 6. Debian 12's busybox-static for armhf: the userspace of the board and of the captures.
	if ! busybox_present; then
		step "fetching busybox-static (armhf) from Debian 12"
		debs=$("$top/scripts/apt-private.sh" download bookworm armhf "$cache/debs/busybox-armhf" busybox-static)
		extract_deb "$(echo "$debs" | grep /busybox-static_ | tail -n1)" "$busybox"
	fi
	# 7. The guest kernel built for 32-bit ARM, last: while it is young and may not build, what is
	#    above is there for the tests that do not boot it.
	build_kernel
fi
[ -z "$capture" ] || echo "$vmlinuz"
