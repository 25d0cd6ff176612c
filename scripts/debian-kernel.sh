#!/usr/bin/env bash
# The pinned Debian kernel (debian-kernel.pin), fetched into the cache: exactly its packages, never
# whatever a meta-package depends on today.
#
#   debian-kernel.sh headers   linux-headers-<ABI>-<flavour> and -common, ready for kbuild on this
#                              amd64 machine; prints the flavour's headers' directory
#   debian-kernel.sh image     linux-image-<ABI>-<flavour> (its certificates, its modules, and the
#                              image reference captures boot); prints the image's path
#
# The flavour is arm64's, or with KOBOX_ARCH=arm armhf's -armmp (see lib.sh).
# Two fixes make the headers build here: their `scripts` link points into /usr/lib/linux-kbuild-6.1,
# which the host's linux-kbuild-6.1 provides, and the flavour's Makefile includes the -common one by
# an absolute /usr/src path, redirected into the extracted tree.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
abi=$DEBIAN_KERNEL_ABI version=$DEBIAN_KERNEL_VERSION

# Download the pinned packages that are not in the cache yet; if the archive no longer has them,
# say what it has instead.
fetch() {
	local dest=$1 p missing=()
	shift
	for p in "$@"; do [ -f "$dest/$(deb_file "$p")" ] || missing+=("$p=$version"); done
	if [ ${#missing[@]} -gt 0 ]; then
		"$top/scripts/apt-private.sh" download bookworm "$deb_arch" "$dest" "${missing[@]}" >/dev/null || true
	fi
	for p in "$@"; do [ -f "$dest/$(deb_file "$p")" ] || gone "$p"; done
}

deb_file() { case $1 in *-common) echo "${1}_${version}_all.deb" ;; *) echo "${1}_${version}_${deb_arch}.deb" ;; esac; }

gone() {
	local have
	have=$("$top/scripts/apt-private.sh" versions bookworm "$deb_arch" "^linux-image-[0-9.]+-[0-9]+-$flavour\$" |
		sed -n "s/^linux-image-\([0-9.]*-[0-9]*\)-$flavour \(.*\)/  \1 (\2)/p")
	die "the system's Debian archive has no $1 $version, the kernel kobox is pinned to
(debian-kernel.pin: ABI $abi, version $version). The archive has these $flavour kernels:
${have:-  (none)}
Move kobox to one of them with: npm run retarget -- <ABI>"
}

headers() {
	if ! has_line "$headers/.kobox-ready" "$version"; then
		take_lock
		host_install linux-kbuild-6.1
		step "fetching linux-headers-$abi-$flavour and -common $version"
		fetch "$cache/debs/headers" "linux-headers-$abi-$flavour" "linux-headers-$abi-common"
		local tmp
		mkdir -p "${headers_root%/*}"
		tmp=$(mktemp -d "$headers_root.tmp.XXXXXX")
		for p in "linux-headers-$abi-$flavour" "linux-headers-$abi-common"; do
			dpkg -x "$cache/debs/headers/$(deb_file "$p")" "$tmp"
		done
		mkdir -p "$tmp/usr/lib"
		ln -sfn /usr/lib/linux-kbuild-6.1 "$tmp/usr/lib/linux-kbuild-6.1"
		local makefile=$tmp/usr/src/linux-headers-$kernel_release/Makefile
		sed -i "s|^include /usr/src/linux-headers-$abi-common/Makefile|include $headers_root/usr/src/linux-headers-$abi-common/Makefile|" "$makefile"
		grep -q "^include $headers_root/" "$makefile" || die "unexpected $makefile"
		echo "$version" > "$tmp/usr/src/linux-headers-$kernel_release/.kobox-ready"
		rm -rf "$headers_root"
		mv "$tmp" "$headers_root"
	fi
	echo "$headers"
}

image() {
	if ! has_line "$linux_image/.kobox-version" "$abi $version"; then
		take_lock
		step "fetching Debian's linux-image-$abi-$flavour $version (its certificates and modules)"
		fetch "$cache/debs/linux-image" "linux-image-$abi-$flavour"
		local tmp
		mkdir -p "${linux_image%/*}"
		tmp=$(mktemp -d "$linux_image.tmp.XXXXXX")
		dpkg -x "$cache/debs/linux-image/$(deb_file "linux-image-$abi-$flavour")" "$tmp"
		echo "$abi $version" > "$tmp/.kobox-version"
		rm -rf "$linux_image"
		mv "$tmp" "$linux_image"
	fi
	echo "$vmlinuz"
}

case ${1:-} in
headers) headers ;;
image) image ;;
*) echo "usage: debian-kernel.sh headers|image" >&2; exit 2 ;;
esac
