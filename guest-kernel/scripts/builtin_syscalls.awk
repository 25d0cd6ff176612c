# SPDX-License-Identifier: GPL-2.0
#
# The numbers of built-in code's system calls ("<nr> <name>" lines of
# scripts/builtin_syscalls.sh) as a header:
#   -v out=kernel   <generated/builtin_syscalls.h>, read by unistd.h: the
#                   numbers, __NR_syscalls, and BUILTIN_SYSCALLS(X) for
#                   the table in arch/arm64/kernel/sys.c
#   -v out=user     <asm/unistd.h> for user programs: the system's own,
#                   then the new numbers
# -v first: the kernel's own __NR_syscalls; -v name: the code's directory.

BEGIN { n = 0 }

{ nr[n] = $1; sys[n] = $2; n++ }

END {
	if (out == "user") {
		print "/* The system calls of kobox's built-in " name ", after Linux's own. */"
		print "#ifndef _KOBOX_BUILTIN_ASM_UNISTD_H"
		print "#define _KOBOX_BUILTIN_ASM_UNISTD_H"
		print ""
		print "#include_next <asm/unistd.h>"
		print ""
	} else
		print "/* The system calls of the built-in " name ", after the table. */"
	for (i = 0; i < n; i++)
		printf "#define __NR_%s %d\n", sys[i], nr[i]
	if (out == "user")
		print "#undef __NR_syscalls"
	printf "#define __NR_syscalls %d\n", first + n
	if (out == "user") {
		print ""
		print "#endif"
		exit
	}
	printf "#define BUILTIN_SYSCALLS(X)"
	for (i = 0; i < n; i++)
		printf " \\\n\tX(__NR_%s, %s)", sys[i], sys[i]
	print ""
}
