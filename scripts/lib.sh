# Sourced by kobox's shell scripts: where things are, the pinned Debian kernel, progress lines and
# the cache's lock. emulator/paths.ts computes the same places (a test holds the two together).
#
#   top      the kobox source tree (a checkout, or the installed package)
#   cache    what setup downloads and builds: $KOBOX_CACHE; else a checkout's own .cache; else,
#            for kobox installed as a package (inside node_modules), the per-user
#            ${XDG_CACHE_HOME:-~/.cache}/kobox
#   build    what is built from this tree's sources: $cache/build, or $cache/build-<tree hash>
#            when the cache is not the tree's own (downloads are shared, builds are not)
#   DEBIAN_KERNEL_ABI, DEBIAN_KERNEL_VERSION   from debian-kernel.pin

# (Builtins only, where it can: a setup with nothing to do must be fast.)
top=$(d=${BASH_SOURCE[0]}; [[ $d != */* ]] || cd "${d%/*}"; cd .. && pwd -P)
if [ -n "${KOBOX_CACHE:-}" ]; then
	cache=$KOBOX_CACHE
elif [[ $top == */node_modules/* ]]; then
	cache=${XDG_CACHE_HOME:-$HOME/.cache}/kobox
else
	cache=$top/.cache
fi
[ -d "$cache" ] || mkdir -p "$cache"
[[ $cache == /* ]] || cache=$PWD/$cache
if [ "$cache" = "$top/.cache" ]; then
	build=$cache/build
else
	build=$cache/build-$(printf '%s' "$top" | sha256sum | cut -c1-12)
fi
# shellcheck source=../debian-kernel.pin
. "$top/debian-kernel.pin"
# KOBOX_ARCH: the architecture the kernel scripts (debian-kernel.sh, kbuild.sh, build-modules.sh,
# build_tools) work for: arm64 (the default), or arm, Debian's armhf and its -armmp kernel, whose
# downloads and builds live apart ($cache/armhf, $build/armhf) so that both coexist.
case ${KOBOX_ARCH:-arm64} in
arm64) deb_arch=arm64 flavour=arm64 arch_cache=$cache arch_build=$build cross=aarch64-linux-gnu- karch=arm64 ;;
arm) deb_arch=armhf flavour=armmp arch_cache=$cache/armhf arch_build=$build/armhf cross=arm-linux-gnueabihf- karch=arm ;;
*) printf 'kobox setup: KOBOX_ARCH=%s: expected arm64 or arm\n' "$KOBOX_ARCH" >&2; exit 2 ;;
esac
kernel_release=$DEBIAN_KERNEL_ABI-$flavour
headers_root=$arch_cache/headers/$DEBIAN_KERNEL_ABI
headers=$headers_root/usr/src/linux-headers-$kernel_release
linux_image=$arch_cache/linux-image
vmlinuz=$linux_image/boot/vmlinuz-$kernel_release

step() { printf 'kobox setup: %s\n' "$*" >&2; }
die() { printf 'kobox setup: %s\n' "$*" >&2; exit 1; }

# Hold the cache's lock until the script exits: one setup or build at a time per cache, so that two
# kobox commands started together never write the same file. Nested scripts inherit the lock.
take_lock() {
	[ "${KOBOX_LOCKED:-}" = "$cache" ] && return
	exec 9>>"$cache/.lock"
	if ! flock -n 9; then
		step "waiting for another kobox setup or build to finish"
		flock 9
	fi
	export KOBOX_LOCKED=$cache
}

# The npm packages of a checkout, when package.json or the lock file changed since the last install
# (an installed kobox has its dependencies from the project that installed it).
npm_packages_stale() {
	[ -f "$top/package-lock.json" ] && { [ ! -f "$top/node_modules/.package-lock.json" ] ||
		[ "$top/package-lock.json" -nt "$top/node_modules/.package-lock.json" ]; }
}
npm_packages() {
	if npm_packages_stale; then
		step "installing npm packages"
		(cd "$top" && npm ci --no-audit --no-fund --loglevel=error >&2)
	fi
}

# Unpack a .deb into DIR, atomically: readers see the old tree or the whole new one.
extract_deb() {
	local deb=$1 dir=$2 tmp
	mkdir -p "$(dirname "$dir")"
	tmp=$(mktemp -d "$dir.tmp.XXXXXX")
	dpkg -x "$deb" "$tmp"
	rm -rf "$dir"
	mv "$tmp" "$dir"
}

# Install Debian 12 host packages that are missing (needs root or sudo).
host_install() {
	local missing=() p
	for p in $(dpkg-query -W -f='${db:Status-Abbrev}${Package}\n' "$@" 2>/dev/null | sed -n 's/^ii *//p' |
			sort | comm -13 - <(printf '%s\n' "$@" | sort)); do
		missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return
	step "installing host packages: ${missing[*]}"
	local sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -q >&2
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >&2
}

# FILE's first line is LINE.
has_line() { local l=; [ -f "$1" ] && read -r l < "$1"; [ "$l" = "$2" ]; }

# Empty DIR when what it was built from, besides this tree's sources, changed: the pinned kernel
# (its headers and image are replaced in place, with timestamps older than any build) and, for an
# installed kobox, the installation (some npm versions give every file the same old timestamp).
# (build_inputs_line sets $inputs: the stamp's line.)
build_inputs_line() {
	inputs="$DEBIAN_KERNEL_ABI $DEBIAN_KERNEL_VERSION"
	[[ $top != */node_modules/* ]] || inputs+=" installed $(stat -c %Z "$top/package.json")"
}
build_inputs() {
	local inputs
	build_inputs_line
	if ! has_line "$1/.kobox-inputs" "$inputs"; then
		rm -rf "$1"
		mkdir -p "$1"
		echo "$inputs" > "$1/.kobox-inputs"
	fi
}

# The guest kernel for KOBOX_ARCH in $arch_build/guest-kernel is complete and no source changed
# since its build began (.built is renamed into place only once a build is complete).
kernel_built() {
	local out=$arch_build/guest-kernel inputs
	build_inputs_line
	has_line "$out/.kobox-inputs" "$inputs" && [ -f "$out/.built" ] && [ -f "$out/vmlinux" ] && [ -f "$out/Image" ] &&
		[ -z "$(find "$top/guest-kernel" -newer "$out/.built" -print -quit)" ]
}

# Build the guest kernel for KOBOX_ARCH into $arch_build/guest-kernel (see scripts/build-kernel.sh).
# With no target, make does not even run (nor read its dependency files) when kernel_built.
build_kernel() {
	local out=$arch_build/guest-kernel
	build_inputs "$out"
	if [ $# -eq 0 ] && kernel_built; then
		return
	fi
	[ $# -gt 0 ] || touch "$out/.building"
	build_step "building the guest kernel$([ "$karch" = arm64 ] || echo " ($deb_arch)")" make -s -C "$top/guest-kernel" O="$out" \
		ARCH="$karch" CROSS_COMPILE="$cross" MODULE_HEADERS="$headers" SYSTEM_CERTS_IMAGE="$vmlinuz" "$@"
	[ $# -gt 0 ] || mv -f "$out/.building" "$out/.built"
}

# kobox's guest tools (guest-tools/: the transcript helper), static programs for KOBOX_ARCH in
# $arch_build/guest-tools, newer than their sources.
tools_built() {
	[ -f "$arch_build/guest-tools/transcript" ] &&
		[ -z "$(find "$top/guest-tools" -newer "$arch_build/guest-tools/transcript" -print -quit)" ]
}
build_tools() {
	tools_built && return
	build_step "building kobox's guest tools ($deb_arch)" make -s -C "$top/guest-tools" O="$arch_build/guest-tools" CROSS_COMPILE="$cross"
}

# kobox's native shim (emulator/cpu/native-shim.ts): the instruction counter (insn-counter.c), the
# exceptions it takes itself (exception-fast-path.c, arm-exception-fast-path.c) and the SYS
# instruction filter (sys-insn-filter.c), built with the host's gcc into $build/native: complete, for these inputs, and
# newer than its sources.
native_counter=$build/native/insn-counter.so
native_sources=("$top/emulator/cpu/insn-counter.c" "$top/emulator/cpu/exception-fast-path.c" "$top/emulator/cpu/arm-exception-fast-path.c"
	"$top/emulator/cpu/sys-insn-filter.c" "$top/emulator/cpu/uart-fast-path.c")
native_built() {
	local inputs
	build_inputs_line
	has_line "$build/native/.kobox-inputs" "$inputs" && [ -f "$native_counter" ] &&
		[ -z "$(find "${native_sources[@]}" "$top/emulator/cpu/insn-counter.h" "$top/emulator/cpu/generic-timer.h" \
			-newer "$native_counter" -print -quit)" ]
}
build_native() {
	native_built && return
	local tmp
	build_inputs "$build/native"
	tmp=$(mktemp "$native_counter.tmp.XXXXXX")
	build_step "building kobox's native shim" gcc -O2 -Wall -Wextra -shared -fPIC \
		-o "$tmp" "${native_sources[@]}"
	chmod 755 "$tmp"
	mv -f "$tmp" "$native_counter"
}

# kobox's TypeScript compiled to JavaScript in $build/js (scripts/build-js.mjs), so that commands
# start without transpiling: complete, for this tree, and newer than every source and the npm lock.
# An installed kobox carries its own, compiled when it was packed (dist/).
js_built() {
	[[ $top == */node_modules/* ]] && return
	has_line "$build/js/.built" "$top" && [ -f "$build/js/cli.js" ] &&
		[ -z "$(find "$top/emulator" "$top/package-lock.json" "$top/scripts/build-js.mjs" "$top/scripts/cli-loader.mjs" \
			-newer "$build/js/.built" -print -quit)" ]
}
build_js() {
	js_built && return
	local out=$build/js tmp
	mkdir -p "$build"
	tmp=$(mktemp -d "$out.tmp.XXXXXX")
	build_step "compiling kobox to JavaScript" node "$top/scripts/build-js.mjs" cache "$tmp"
	echo "$top" > "$tmp/.built"
	rm -rf "$out"
	mv "$tmp" "$out"
}

# Run a build command, silent when it prints nothing; otherwise a title first, then its own lines
# (with BUILD_QUIET=1: only the title, and its lines if it fails).
build_step() {
	local title=$1 log
	shift
	log=$(mktemp)
	if ! "$@" 2>&1 | {
		first=1
		while IFS= read -r line; do
			[ -z "$first" ] || { step "$title"; first=; }
			if [ -n "${BUILD_QUIET:-}" ]; then printf '%s\n' "$line" >> "$log"; else printf '%s\n' "$line" >&2; fi
		done
	}; then
		cat "$log" >&2
		rm -f "$log"
		die "$title failed"
	fi
	rm -f "$log"
}
