/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel entry, as a raw image loaded at PHYS_OFFSET + TEXT_OFFSET
 * (Linux's boot protocol: r0 = 0, r1 = machine type, r2 = the DTB's
 * physical address; MMU and caches off, SVC mode).
 *
 * The first-level table (swapper_pg_dir, 16 KiB below the kernel, as in
 * Linux/arm) gets an identity section for this code and the first
 * 256 MiB of RAM mapped at PAGE_OFFSET in 1 MiB sections; paging_init()
 * replaces them with the final mappings. Then the MMU goes on, the
 * kernel runs at its link address, and start_kernel() is entered on the
 * init task's stack with TPIDRURO pointing at the init task (current).
 */
#include <linux/linkage.h>
#include <asm/memory.h>
#include <asm/page.h>
#include <asm/pgtable-hwdef.h>
#include <asm/ptrace.h>
#include <asm/sysreg.h>
#include <asm/thread_info.h>

#define BOOT_LINEAR_SECTIONS	256
#define TTB_FLAGS		0x6a	/* table walks cacheable, shareable */
#define SCTLR_CLEAR		(CR_A | CR_V | CR_AFE | CR_TE)
#define SCTLR_SET		(CR_M | CR_C | CR_Z | CR_I | CR_TRE)

	.arm
	.section ".head.text", "ax"
SYM_CODE_START(stext)
	msr	cpsr_c, #(PSR_F_BIT | PSR_I_BIT | SVC_MODE)
	mov	r10, r2				@ the DTB, kept for setup_arch()

	ldr	r4, =swapper_pg_dir
	sub	r4, r4, #(PAGE_OFFSET - PHYS_OFFSET)	@ its physical address
	mov	r0, r4
	add	r1, r4, #PGD_TABLE_SIZE
	mov	r2, #0
1:	str	r2, [r0], #4
	cmp	r0, r1
	blo	1b

	ldr	r3, =SECT_NORMAL_EXEC
	adr	r0, stext			@ where we run now: an identity section
	lsr	r0, r0, #SECTION_SHIFT
	orr	r1, r3, r0, lsl #SECTION_SHIFT
	str	r1, [r4, r0, lsl #2]

	ldr	r0, =PHYS_OFFSET		@ RAM at PAGE_OFFSET
	orr	r1, r3, r0
	add	r0, r4, #((PAGE_OFFSET >> SECTION_SHIFT) << 2)
	mov	r2, #BOOT_LINEAR_SECTIONS
2:	str	r1, [r0], #4
	add	r1, r1, #SECTION_SIZE
	subs	r2, r2, #1
	bne	2b

	mov	r0, #0
	mcr	p15, 0, r0, c2, c0, 2		@ TTBCR: TTBR0 for all, no LPAE
	orr	r0, r4, #TTB_FLAGS
	mcr	p15, 0, r0, c2, c0, 0		@ TTBR0
	mov	r0, #DACR_INIT
	mcr	p15, 0, r0, c3, c0, 0		@ DACR: domain 0 a client
	mov	r0, #0
	mcr	p15, 0, r0, c8, c7, 0		@ TLBIALL
	mcr	p15, 0, r0, c7, c5, 0		@ ICIALLU
	dsb
	isb

	ldr	r0, =PRRR_INIT			@ TEX remap: TEX[0], C, B pick the type
	mcr	p15, 0, r0, c10, c2, 0
	ldr	r0, =NMRR_INIT
	mcr	p15, 0, r0, c10, c2, 1

	mrc	p15, 0, r0, c1, c0, 0		@ SCTLR
	ldr	r1, =SCTLR_CLEAR
	bic	r0, r0, r1
	ldr	r1, =SCTLR_SET
	orr	r0, r0, r1
	ldr	r5, =__mmap_switched		@ the link address
	mcr	p15, 0, r0, c1, c0, 0
	isb
	bx	r5
SYM_CODE_END(stext)
	.ltorg

	.text
/*
 * At the link address: vectors, the exception modes' stacks, VFP for user
 * space, bss cleared, then the init task and its stack.
 */
SYM_CODE_START_LOCAL(__mmap_switched)
	ldr	r0, =vectors
	mcr	p15, 0, r0, c12, c0, 0		@ VBAR
	bl	cpu_init_stacks

	mrc	p15, 0, r0, c1, c0, 2		@ CPACR: cp10, cp11 for all
	orr	r0, r0, #CPACR_CP10_CP11
	mcr	p15, 0, r0, c1, c0, 2
	isb
	mov	r0, #FPEXC_EN
	vmsr	fpexc, r0

	ldr	r0, =__bss_start
	ldr	r1, =__bss_stop
	mov	r2, #0
1:	cmp	r0, r1
	strlo	r2, [r0], #4
	blo	1b

	ldr	r0, =__fdt_pointer
	str	r10, [r0]
	ldr	r0, =init_task
	mcr	p15, 0, r0, c13, c0, 3		@ TPIDRURO: current
	ldr	sp, =init_stack + THREAD_SIZE - PT_REGS_SIZE
	mov	fp, #0
	bl	start_kernel
	udf	#0				@ start_kernel never returns
SYM_CODE_END(__mmap_switched)
	.ltorg
