#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Number the system calls built-in objects define (SYSCALL_DEFINEn(name)
# makes the table entry __arm64_sys_<name>) from FIRST on: objects in
# link order, and in each object its calls in the order of its source
# (any the source does not show by name follow, sorted). Prints a
# "<nr> <name>" line for each.
#
#	builtin_syscalls.sh FIRST NM OBJ=SRC...
set -eu
first=$1 nm=$2
shift 2
for pair; do
	obj=${pair%%=*} src=${pair#*=}
	"$nm" --defined-only "$obj" | sed -n 's/^[0-9a-f]* T __arm64_sys_//p' | sort > "$obj.syscalls"
	[ -s "$obj.syscalls" ] || continue
	{ grep -o 'SYSCALL_DEFINE[0-6]([[:space:]]*[A-Za-z0-9_]*' "$src" |
		sed 's/^[^(]*([[:space:]]*//'; cat "$obj.syscalls"; } |
		awk 'NR == FNR { defined[$0] = 1; next } defined[$0] && !seen[$0]++' "$obj.syscalls" -
done | awk -v nr="$first" '{ print nr++, $0 }'
