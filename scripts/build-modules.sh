#!/usr/bin/env bash
# Build every module in modules/ (and examples/driver, which is also built in) with kbuild against
# the pinned Debian kernel's arm64 headers, into $build/modules; with KOBOX_ARCH=arm, against its
# armhf -armmp headers, into $build/armhf/modules (see lib.sh).
# kbuild writes its output next to the sources, so each module is built from a copy in the cache.
# A module none of whose sources (nor scripts/kbuild.sh, which holds its flags) changed since its
# last complete build began is not handed to kbuild again (reading the headers' Makefiles costs seconds a module). Prints nothing when
# everything is up to date; otherwise a line for each module it builds.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
take_lock
out=$arch_build/modules
build_inputs "$out"
srcs=("$top"/modules/*/ "$top"/examples/driver/)
# Not for 32-bit ARM: arm64's own code (cpucaps: CPU capabilities; reloc_test: arm64 relocations in
# assembly), 64-bit division without div_u64 (delays), the compat ioctl path armhf has no use for
# (inputdemo); and device-ID tables, which the amd64 host's modpost cannot check in 32-bit modules
# (its table sizes are the host's; Debian #877779): ofbind, ofprobe, platdrv.
not_arm=" cpucaps reloc_test delays inputdemo ofbind ofprobe platdrv "
# Only for 32-bit ARM: reloc_arm (32-bit ARM relocations in assembly).
only_arm=" reloc_arm "
i=0
for src in "${srcs[@]}"; do
	i=$((i + 1))
	name=$(basename "$src")
	[[ $deb_arch != armhf || $not_arm != *" $name "* ]] || continue
	[[ $deb_arch == armhf || $only_arm != *" $name "* ]] || continue
	rel=${src#"$top"/}
	rel=${rel%/}
	dir=$out/$name
	if [ -f "$dir/.built" ] && [ -z "$(find "$src" "$top/scripts/kbuild.sh" -newer "$dir/.built" -print -quit)" ]; then
		continue
	fi
	mkdir -p "$dir"
	# The sources only: not what a kbuild run in modules/ itself may have left there.
	find "$src" -maxdepth 1 -type f ! -name '.*' ! -name '*.o' ! -name '*.ko' ! -name '*.mod' ! -name '*.mod.c' \
		! -name modules.order ! -name Module.symvers -exec cp -pu -t "$dir/" {} +
	touch "$dir/.building"
	BUILD_QUIET=1 build_step "building $rel ($i of ${#srcs[@]})" "$top/scripts/kbuild.sh" "$dir"
	mv -f "$dir/.building" "$dir/.built"
done
