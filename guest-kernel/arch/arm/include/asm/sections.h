/* SPDX-License-Identifier: GPL-2.0 */
/* Boundaries of the kernel image, defined by vmlinux.lds.S. */
#ifndef __ASM_SECTIONS_H
#define __ASM_SECTIONS_H

extern char _text[], _stext[], _etext[];
extern char __entry_text_start[], __entry_text_end[];
extern char __start_rodata[], __end_rodata[];
extern char __init_begin[], __init_end[], __inittext_end[];
extern char _sinittext[], _einittext[];
extern char _sdata[], _edata[];
extern char __bss_start[], __bss_stop[];
extern char __start_kallsyms[], _end[];

#endif
