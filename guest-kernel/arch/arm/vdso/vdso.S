/* SPDX-License-Identifier: GPL-2.0 */
/* The vDSO's image in the kernel, page-aligned: arch/arm/kernel/vdso.c maps copies of its pages. */
#include <asm/page.h>

	.section .rodata
	.balign	PAGE_SIZE
	.globl	vdso_start
vdso_start:
	.incbin	VDSO_IMAGE
	.balign	PAGE_SIZE
	.globl	vdso_end
vdso_end:
