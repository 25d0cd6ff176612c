/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_CURRENT_H
#define __ASM_CURRENT_H

#include <linux/compiler.h>

struct task_struct;

/*
 * CONFIG_CURRENT_POINTER_IN_TPIDRURO, as Debian's armmp: in the kernel
 * TPIDRURO holds the running task (modules read it there, and their
 * stack canary at an offset from it); user space gets its TLS value
 * back on return (entry-armv.S).
 */
static __always_inline struct task_struct *get_current(void)
{
	struct task_struct *cur;

	asm ("mrc p15, 0, %0, c13, c0, 3" : "=r" (cur));
	return cur;
}

static inline void set_current(struct task_struct *cur)
{
	asm volatile("mcr p15, 0, %0, c13, c0, 3" : : "r" (cur) : "memory");
}

#define current get_current()

#endif
