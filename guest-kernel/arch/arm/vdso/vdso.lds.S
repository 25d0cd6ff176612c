/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The vDSO: a shared object linked at 0 (the kernel maps it where it
 * likes), one PT_LOAD with its dynamic symbols under version LINUX_2.6,
 * as the C library looks them up; the data page ([vvar]) one page below.
 */
OUTPUT_FORMAT("elf32-littlearm", "elf32-bigarm", "elf32-littlearm")
OUTPUT_ARCH(arm)

SECTIONS
{
	PROVIDE(_vdso_data = . - 4096);
	. = SIZEOF_HEADERS;

	.hash		: { *(.hash) }			:text
	.gnu.hash	: { *(.gnu.hash) }
	.dynsym		: { *(.dynsym) }
	.dynstr		: { *(.dynstr) }
	.gnu.version	: { *(.gnu.version) }
	.gnu.version_d	: { *(.gnu.version_d) }
	.gnu.version_r	: { *(.gnu.version_r) }
	.dynamic	: { *(.dynamic) }		:text	:dynamic
	.rodata		: { *(.rodata*) }		:text
	.text		: { *(.text*) }			:text	=0xe7f001f2

	/DISCARD/	: {
		*(.data .data.* .bss .bss.*)
		*(.ARM.exidx* .ARM.extab* .ARM.attributes .comment .note.*)
	}
}

PHDRS
{
	text		PT_LOAD		FLAGS(5) FILEHDR PHDRS;	/* R X */
	dynamic		PT_DYNAMIC	FLAGS(4);		/* R */
}

VERSION
{
	LINUX_2.6 {
	global:
		__vdso_clock_gettime;
		__vdso_gettimeofday;
		__vdso_clock_getres;
		__vdso_clock_gettime64;
	local: *;
	};
}
