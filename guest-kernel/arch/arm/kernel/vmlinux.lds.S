/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's layout, as Linux/arm's: linked at PAGE_OFFSET +
 * TEXT_OFFSET (where QEMU puts a raw image: 0x40010000 on virt), each
 * PT_LOAD at its physical address; text, read-only data (the export
 * tables with them), init code and data, data, bss, then the kallsyms
 * table (scripts/kallsyms.awk), which goes last so that no address moves
 * when it is filled in.
 */
#include <asm/memory.h>
#include <asm/page.h>

OUTPUT_ARCH(arm)
ENTRY(stext)

PHDRS
{
	text PT_LOAD FLAGS(5);		/* R X */
	data PT_LOAD FLAGS(6);		/* R W */
	syms PT_LOAD FLAGS(4);		/* R */
}

#define INIT_CALLS_LEVEL(level)					\
		__initcall##level##_start = .;			\
		KEEP(*(.initcall##level##.init))		\
		KEEP(*(.initcall##level##s.init))

SECTIONS
{
	/DISCARD/ : {
		*(.exit.text) *(.exit.data) *(.exitcall.exit)
		*(.modinfo)
		*(.discard) *(.discard.*)
		*(.note.*) *(.comment) *(.eh_frame)
		*(.ARM.exidx*) *(.ARM.extab*) *(.ARM.attributes)
		*(.interp) *(.dynamic) *(.dynsym) *(.dynstr) *(.hash) *(.gnu.hash)
	}

	. = KIMAGE_VADDR;

	/* jiffies is jiffies_64's low word (little-endian), as on Linux/arm. */
	jiffies = jiffies_64;

	.head.text : AT(ADDR(.head.text) - LOAD_OFFSET) {
		_text = .;
		KEEP(*(.head.text))
	} :text

	.text : AT(ADDR(.text) - LOAD_OFFSET) {
		_stext = .;
		*(.text .text.*)
		__entry_text_start = .;		/* exception entry: backtraces dump its pt_regs */
		*(.entry.text)
		__entry_text_end = .;
	} :text
	_etext = .;

	. = ALIGN(PAGE_SIZE);
	.rodata : AT(ADDR(.rodata) - LOAD_OFFSET) {
		__start_rodata = .;
		*(.rodata .rodata.*)
		. = ALIGN(8);
		__start___param = .;
		KEEP(*(__param))
		__stop___param = .;
		. = ALIGN(8);
		__start___modver = .;
		KEEP(*(__modver))
		__stop___modver = .;
		. = ALIGN(4);
		__start___ksymtab = .;
		KEEP(*(SORT(___ksymtab+*)))
		__stop___ksymtab = .;
		__start___ksymtab_gpl = .;
		KEEP(*(SORT(___ksymtab_gpl+*)))
		__stop___ksymtab_gpl = .;
		__start___kcrctab = .;
		KEEP(*(SORT(___kcrctab+*)))
		__stop___kcrctab = .;
		__start___kcrctab_gpl = .;
		KEEP(*(SORT(___kcrctab_gpl+*)))
		__stop___kcrctab_gpl = .;
		KEEP(*(__ksymtab_strings))
	} :text

	. = ALIGN(PAGE_SIZE);
	__end_rodata = .;
	__init_begin = .;
	.init.text : AT(ADDR(.init.text) - LOAD_OFFSET) {
		_sinittext = .;
		*(.init.text .init.text.*)
		_einittext = .;
	} :text

	. = ALIGN(PAGE_SIZE);
	__inittext_end = .;
	.init.data : AT(ADDR(.init.data) - LOAD_OFFSET) {
		*(.init.data .init.data.* .init.rodata .init.rodata.*)
		. = ALIGN(8);
		__setup_start = .;
		KEEP(*(.init.setup))
		__setup_end = .;
		. = ALIGN(4);
		__initcall_start = .;
		KEEP(*(.initcallearly.init))
		INIT_CALLS_LEVEL(0)
		INIT_CALLS_LEVEL(1)
		INIT_CALLS_LEVEL(2)
		INIT_CALLS_LEVEL(3)
		INIT_CALLS_LEVEL(4)
		INIT_CALLS_LEVEL(5)
		INIT_CALLS_LEVEL(rootfs)
		INIT_CALLS_LEVEL(6)
		INIT_CALLS_LEVEL(7)
		__initcall_end = .;
		__con_initcall_start = .;
		KEEP(*(.con_initcall.init))
		__con_initcall_end = .;
	} :data

	. = ALIGN(PAGE_SIZE);
	__init_end = .;
	.data : AT(ADDR(.data) - LOAD_OFFSET) {
		_sdata = .;
		*(.data .data.*)
		. = ALIGN(4);
		__start___bug_table = .;
		KEEP(*(__bug_table))
		__stop___bug_table = .;
		_edata = .;
	} :data

	.bss (NOLOAD) : AT(ADDR(.bss) - LOAD_OFFSET) {
		__bss_start = .;
		*(.bss .bss.* COMMON)
		. = ALIGN(8);
		__bss_stop = .;
	} :data

	. = ALIGN(PAGE_SIZE);
	.kallsyms : AT(ADDR(.kallsyms) - LOAD_OFFSET) {
		__start_kallsyms = .;
		KEEP(*(.kallsyms))
	} :syms

	. = ALIGN(PAGE_SIZE);
	_end = .;

	/* The first-level table lives just below the kernel, as Linux/arm's. */
	swapper_pg_dir = KIMAGE_VADDR - PGD_TABLE_SIZE;
}
