#!/usr/bin/env bash
# Debian's arm64 kernel headers, ready for kbuild on this amd64 machine. Prints their directory.
# Two fixes make them build here: their `scripts` link points into /usr/lib/linux-kbuild-6.1,
# which the host's linux-kbuild-6.1 provides, and the arm64 Makefile includes the -common one
# by an absolute /usr/src path, redirected into the extracted tree.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${KOBOX_CACHE:-$top/.cache}
step() { printf 'kobox setup: %s\n' "$*" >&2; }
abi=$("$top/scripts/kernel-abi.sh")
root="$cache/headers/$abi"
dir="$root/usr/src/linux-headers-$abi-arm64"
if ! dpkg-query -W -f='${Status}' linux-kbuild-6.1 2>/dev/null | grep -q 'ok installed'; then
	step "installing linux-kbuild-6.1 (kbuild for the arm64 headers)"
	sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q linux-kbuild-6.1 >&2
fi
if [ ! -f "$dir/.kobox-ready" ]; then
	step "fetching linux-headers-$abi-arm64 and -common"
	debs=$(KOBOX_CACHE=$cache "$top/scripts/apt-private.sh" bookworm arm64 "$cache/debs/headers" \
		"linux-headers-$abi-arm64" "linux-headers-$abi-common")
	rm -rf "$root" && mkdir -p "$root/usr/lib"
	for p in "linux-headers-$abi-arm64" "linux-headers-$abi-common"; do
		dpkg -x "$(echo "$debs" | grep "/${p}_" | tail -n1)" "$root"
	done
	ln -sfn /usr/lib/linux-kbuild-6.1 "$root/usr/lib/linux-kbuild-6.1"
	sed -i "s|^include /usr/src/linux-headers-$abi-common/Makefile|include $root/usr/src/linux-headers-$abi-common/Makefile|" "$dir/Makefile"
	grep -q "^include $root/" "$dir/Makefile" || { echo "unexpected $dir/Makefile" >&2; exit 1; }
	touch "$dir/.kobox-ready"
fi
echo "$dir"
