#!/usr/bin/env bash
# Debian packages for another release or architecture, without touching the system's apt
# configuration: a private sources list, lists and caches inside the cache. The archive is the one
# the system's own apt configuration names (/etc/apt/sources.list, /etc/apt/sources.list.d/), so a
# machine behind a local mirror or proxy gets the same packages the rest of its system gets.
#
#   apt-private.sh sources SUITE                      the private sources list for SUITE
#   apt-private.sh download SUITE ARCH DIR PKG[=VER]...   download into DIR; prints the .deb paths
#   apt-private.sh versions SUITE ARCH REGEX           "package version" of every package matching REGEX
set -euo pipefail
. "$(dirname "$0")/lib.sh"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg

# "URI RELEASE" of each source of the system that serves Debian's main component: by the Origin of
# its Release file, or, before the system's first apt-get update, by its suite.
system_sources() {
	local found
	found=$(apt-get indextargets --format '$(ORIGIN)|$(TARGET_OF)|$(COMPONENT)|$(REPO_URI) $(RELEASE)' 2>/dev/null |
		sed -n 's/^Debian|deb|main|//p' | sort -u)
	if [ -z "$found" ]; then
		local codename
		codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
		found=$(apt-get indextargets --no-release-info --format '$(TARGET_OF)|$(COMPONENT)|$(REPO_URI) $(RELEASE)' 2>/dev/null |
			sed -n 's/^deb|main|//p' | grep -E " ${codename:-.}(-updates|-security)?\$" | sort -u || true)
	fi
	printf '%s\n' "$found" | sed '/^$/d'
}

# The private sources list: SUITE from the system's Debian archive (for a stable release also its
# point updates and security fixes: newer kernel ABIs arrive there).
sources_list() {
	local suite=$1 sources archive security uri
	sources=$(system_sources)
	archive=$(printf '%s\n' "$sources" | awk '$2 !~ /-security$/ { print $1 }' | sort -u)
	security=$(printf '%s\n' "$sources" | awk '$2 ~ /-security$/ { print $1 }' | sort -u)
	[ -n "$archive" ] || die "the system's apt configuration (/etc/apt/sources.list, /etc/apt/sources.list.d/) names no Debian archive.
kobox fetches Debian packages from the archive the rest of the system uses: add one (see sources.list(5)), run apt-get update, and try again."
	for uri in $archive; do
		echo "deb [signed-by=$keyring] $uri $suite main"
		[ "$suite" != bookworm ] || echo "deb [signed-by=$keyring] $uri $suite-updates main"
	done
	if [ "$suite" = bookworm ]; then
		for uri in $security; do echo "deb [signed-by=$keyring] $uri $suite-security main"; done
	fi
}

# Set up the private configuration for SUITE and ARCH: fills opts; refreshes the lists when they
# are missing, a day old, or the sources changed.
private_apt() {
	local suite=$1 arch=$2 list
	root="$cache/apt/$suite-$arch"
	mkdir -p "$root/lists/partial" "$root/archives/partial" "$root/etc/preferences.d"
	[ -f "$root/status" ] || : > "$root/status"
	list=$(sources_list "$suite")
	if [ "$list" != "$(cat "$root/etc/sources.list" 2>/dev/null)" ]; then
		printf '%s\n' "$list" > "$root/etc/sources.list"
		rm -f "$root"/lists/*Packages*
	fi
	opts=(-o "Dir::Etc::SourceList=$root/etc/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
		-o "Dir::Etc::Preferences=/dev/null" -o "Dir::Etc::PreferencesParts=$root/etc/preferences.d"
		-o "Dir::State::Lists=$root/lists" -o "Dir::State::Status=$root/status"
		-o "Dir::Cache=$root/cache" -o "Dir::Cache::Archives=$root/archives"
		-o "APT::Architecture=$arch" -o "APT::Architectures=$arch" -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")
	[ -n "$(find "$root/lists" -name '*Packages*' -mtime -1 2>/dev/null | head -n1)" ] || refresh
}

refresh() {
	step "reading the package lists of $(basename "$root") from the system's Debian archive"
	apt-get "${opts[@]}" -q update >&2
	refreshed=1
}

# Download each package; a package the lists do not know gets one refresh of the lists first.
download() {
	local dest=$1 p
	shift
	mkdir -p "$dest"
	dest=$(cd "$dest" && pwd)
	for p in "$@"; do
		(cd "$dest" && apt-get "${opts[@]}" -qq download "$p" >&2 2>/dev/null) && continue
		[ -n "${refreshed:-}" ] || refresh
		(cd "$dest" && apt-get "${opts[@]}" -qq download "$p" >&2)
	done
	ls -1 "$dest"/*.deb
}

versions() {
	local names
	names=$(apt-cache "${opts[@]}" pkgnames | grep -E "$1" | sort -V || true)
	[ -z "$names" ] || apt-cache "${opts[@]}" madison $names | awk -F' *[|] *' '{ print $1, $2 }' | sort -uV
}

cmd=${1:-}
shift || true
case $cmd in
sources) sources_list "$1" ;;
download) private_apt "$1" "$2"; shift 2; download "$@" ;;
versions) private_apt "$1" "$2"; versions "$3" ;;
*) echo "usage: apt-private.sh sources SUITE | download SUITE ARCH DIR PKG[=VER]... | versions SUITE ARCH REGEX" >&2; exit 2 ;;
esac
