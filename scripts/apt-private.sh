#!/usr/bin/env bash
# Download Debian packages for another release or architecture without touching the
# system's apt configuration: a private sources list, lists and caches inside the cache.
# usage: apt-private.sh SUITE ARCH DEST_DIR PACKAGE...   (prints the downloaded .deb paths)
set -euo pipefail
suite=$1 arch=$2 dest=$3; shift 3
root="${KOBOX_CACHE:-$(cd "$(dirname "$0")/.." && pwd)/.cache}/apt/$suite-$arch"
mkdir -p "$root/lists/partial" "$root/archives/partial" "$root/etc/preferences.d" "$dest"
dest=$(cd "$dest" && pwd)
[ -f "$root/status" ] || : > "$root/status"
key=/usr/share/keyrings/debian-archive-keyring.gpg
{
	echo "deb [signed-by=$key] http://deb.debian.org/debian $suite main"
	# A stable release also gets its point updates and security fixes (newer kernel ABIs).
	if [ "$suite" = bookworm ]; then
		echo "deb [signed-by=$key] http://deb.debian.org/debian $suite-updates main"
		echo "deb [signed-by=$key] http://deb.debian.org/debian-security $suite-security main"
	fi
} > "$root/etc/sources.list"
opts=(-o "Dir::Etc::SourceList=$root/etc/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
  -o "Dir::Etc::Preferences=/dev/null" -o "Dir::Etc::PreferencesParts=$root/etc/preferences.d"
  -o "Dir::State::Lists=$root/lists" -o "Dir::State::Status=$root/status"
  -o "Dir::Cache=$root/cache" -o "Dir::Cache::Archives=$root/archives"
  -o "APT::Architecture=$arch" -o "APT::Architectures=$arch" -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")
# Refresh the package lists at most once a day.
if [ -z "$(find "$root/lists" -name '*Packages*' -mtime -1 2>/dev/null | head -n1)" ]; then
	apt-get "${opts[@]}" -q update >&2
fi
cd "$dest"
for p in "$@"; do
	apt-get "${opts[@]}" -qq download "$p" >&2
done
ls -1 "$dest"/*.deb
