/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel entry. The board (or QEMU, for the Image) jumps to _text with
 * the MMU off, at EL1, x0 = physical address of the device tree.
 *
 * We clear .bss, build boot page tables (an identity map of the kernel's
 * gigabyte in TTBR0, and in TTBR1 the kernel's and the DTB's gigabytes
 * plus device memory, all as 1 GiB blocks), turn the MMU on, jump to the
 * kernel's high address and call start_kernel(). paging_init() later
 * replaces these tables and drops the identity map.
 */
#include <linux/linkage.h>
#include <asm/memory.h>
#include <asm/page.h>
#include <asm/pgtable-hwdef.h>
#include <asm/ptrace.h>
#include <asm/sysreg.h>
#include <asm/thread_info.h>

	.section ".head.text", "ax"

/* arm64 Linux Image header: lets QEMU's -kernel load us like Linux. */
SYM_CODE_START(_head)
	b	primary_entry			// code0
	.long	0				// code1
	.quad	0				// text_offset
	.quad	_kernel_size_le			// image_size
	.quad	_kernel_flags_le		// flags: LE, 4K pages, anywhere
	.quad	0				// res2
	.quad	0				// res3
	.quad	0				// res4
	.ascii	"ARM\x64"			// magic
	.long	0				// res5
SYM_CODE_END(_head)

SYM_CODE_START_LOCAL(primary_entry)
	mov	x21, x0				// keep the DTB's address
	/*
	 * The linear map puts us at PAGE_OFFSET + PA, so we must run where
	 * we were linked. There is no console yet to complain on: park.
	 */
	adrp	x0, _text
	ldr	x1, =KIMAGE_PADDR
	cmp	x0, x1
	b.ne	.Lwrong_address
	bl	__clear_bss
	bl	__create_page_tables
	bl	__cpu_setup
	b	__enable_mmu
.Lwrong_address:
	wfe
	b	.Lwrong_address
SYM_CODE_END(primary_entry)

/* With the MMU off, adrp gives physical addresses. */
SYM_FUNC_START_LOCAL(__clear_bss)
	adrp	x0, __bss_start
	add	x0, x0, :lo12:__bss_start
	adrp	x1, __bss_stop
	add	x1, x1, :lo12:__bss_stop
1:	cmp	x0, x1
	b.hs	2f
	str	xzr, [x0], #8
	b	1b
2:	ret
SYM_FUNC_END(__clear_bss)

/* Write a 1 GiB block for PA x3 with attributes x5 into L1 table x1. */
	.macro	map_gigabyte
	lsr	x4, x3, #PUD_SHIFT
	lsl	x6, x4, #PUD_SHIFT
	orr	x6, x6, x5
	str	x6, [x1, x4, lsl #3]
	.endm

SYM_FUNC_START_LOCAL(__create_page_tables)
	/* TTBR1: VA = PAGE_OFFSET + PA, so L0 entry 0 covers PA below 512 GiB */
	adrp	x0, init_pg_dir
	adrp	x1, init_pg_dir + PAGE_SIZE
	orr	x2, x1, #PMD_TYPE_TABLE
	str	x2, [x0]
	mov	x3, #0				// device MMIO in the first GiB
	ldr	x5, =SECT_DEVICE
	map_gigabyte
	mov	x3, x21				// the DTB
	ldr	x5, =SECT_NORMAL
	map_gigabyte
	adrp	x3, _text			// the kernel (last: it may share the DTB's GiB)
	ldr	x5, =SECT_NORMAL_EXEC
	map_gigabyte

	/* TTBR0: the kernel's GiB at its physical address (x3, x5 still hold it) */
	adrp	x0, idmap_pg_dir
	adrp	x1, idmap_pg_dir + PAGE_SIZE
	orr	x2, x1, #PMD_TYPE_TABLE
	str	x2, [x0]
	map_gigabyte
	dsb	ishst
	ret
SYM_FUNC_END(__create_page_tables)

/* Memory attributes, translation control, FP/SIMD access; x0 = SCTLR to set. */
SYM_FUNC_START_LOCAL(__cpu_setup)
	tlbi	vmalle1
	dsb	nsh
	ldr	x1, =CPACR_EL1_FPEN		// userspace will need FP/SIMD
	msr	cpacr_el1, x1
	ldr	x1, =MAIR_EL1_SET
	msr	mair_el1, x1
	ldr	x1, =TCR_EL1_SET
	mrs	x2, id_aa64mmfr0_el1		// physical address size of this CPU
	ubfx	x2, x2, #0, #3
	bfi	x1, x2, #TCR_IPS_SHIFT, #3
	msr	tcr_el1, x1
	isb
	ldr	x0, =INIT_SCTLR_EL1_MMU_ON
	ret
SYM_FUNC_END(__cpu_setup)

SYM_CODE_START_LOCAL(__enable_mmu)
	adrp	x1, idmap_pg_dir
	adrp	x2, init_pg_dir
	msr	ttbr0_el1, x1
	msr	ttbr1_el1, x2
	isb
	msr	sctlr_el1, x0
	isb
	ic	iallu
	dsb	nsh
	isb
	ldr	x8, =__primary_switched		// now jump to the high address
	br	x8
SYM_CODE_END(__enable_mmu)

/*
 * Running at the link address. Set up the exception vectors and the init
 * task, whose stack ends with a zeroed frame record (the last frame any
 * backtrace reaches), and enter C.
 */
SYM_CODE_START_LOCAL(__primary_switched)
	adrp	x8, vectors
	add	x8, x8, :lo12:vectors
	msr	vbar_el1, x8
	isb

	adrp	x4, init_task
	add	x4, x4, :lo12:init_task
	msr	sp_el0, x4			// current = &init_task
	adrp	x5, init_stack
	add	x5, x5, :lo12:init_stack
	add	sp, x5, #THREAD_SIZE
	sub	sp, sp, #PT_REGS_SIZE
	stp	xzr, xzr, [sp, #S_STACKFRAME]
	add	x29, sp, #S_STACKFRAME

	adrp	x8, __fdt_pointer
	str	x21, [x8, :lo12:__fdt_pointer]
	bl	start_kernel
	brk	#0x3e8				// start_kernel never returns
SYM_CODE_END(__primary_switched)

	.ltorg

	.bss
	.balign	PAGE_SIZE
	.globl	idmap_pg_dir
idmap_pg_dir:					// L0 and L1 tables
	.space	2 * PAGE_SIZE
	.globl	init_pg_dir
init_pg_dir:
	.space	2 * PAGE_SIZE
