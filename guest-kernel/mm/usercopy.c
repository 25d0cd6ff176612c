// SPDX-License-Identifier: GPL-2.0
/*
 * Hardened usercopy (Debian has CONFIG_HARDENED_USERCOPY): module code
 * calls __check_object_size() before each copy_{to,from}_user() whose
 * size is not a compile-time constant. A copy that would expose or
 * overwrite kernel memory beyond its object is reported and BUG()s:
 * a null or wrapping pointer, part of a stack outside the current
 * one's, past a kmalloc object or a vmalloc area, the kernel's text.
 */
#define pr_fmt(fmt) "usercopy: " fmt

#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/export.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include <asm/sections.h>
#include "slab.h"

/* "kernel BUG at mm/usercopy.c:N!": the line of Linux 6.1's BUG() */
#define USERCOPY_BUG_LINE	101

void __noreturn usercopy_abort(const char *name, const char *detail,
			       bool to_user, unsigned long offset,
			       unsigned long len)
{
	pr_emerg("Kernel memory %s attempt detected %s %s%s%s%s (offset %lu, size %lu)!\n",
		 to_user ? "exposure" : "overwrite",
		 to_user ? "from" : "to",
		 name ? : "unknown?!",
		 detail ? " '" : "", detail ? : "", detail ? "'" : "",
		 offset, len);
	BUG_AT_LINE(USERCOPY_BUG_LINE);
}

static void check_bogus_address(unsigned long ptr, unsigned long n,
				bool to_user)
{
	if (ptr + (n - 1) < ptr)
		usercopy_abort("wrapped address", NULL, to_user, 0, ptr + n);
	if (ZERO_OR_NULL_PTR(ptr))
		usercopy_abort("null address", NULL, to_user, ptr, n);
}

/* 0: not on the stack; 1: inside it; -1: partly on it. */
static int check_stack_object(const void *obj, unsigned long len)
{
	unsigned long stack = (unsigned long)task_stack_page(current);
	unsigned long end = stack + THREAD_SIZE;
	unsigned long o = (unsigned long)obj;

	if (!stack || o + len <= stack || o >= end)
		return 0;
	return o >= stack && o + len <= end ? 1 : -1;
}

static void check_heap_object(const void *ptr, unsigned long n, bool to_user)
{
	unsigned long addr = (unsigned long)ptr, start, end;

	if (is_vmalloc_addr(ptr)) {
		if (!find_vmap_area_bounds(addr, &start, &end))
			usercopy_abort("vmalloc", "no area", to_user, 0, n);
		if (n > end - addr)
			usercopy_abort("vmalloc", NULL, to_user, addr - start, n);
		return;
	}
	__check_heap_object(ptr, n, to_user);
}

static void check_kernel_text_object(unsigned long ptr, unsigned long n,
				     bool to_user)
{
	unsigned long textlow = (unsigned long)_stext;
	unsigned long texthigh = (unsigned long)_etext;

	if (ptr < texthigh && ptr + n > textlow)
		usercopy_abort("kernel text", NULL, to_user, ptr - textlow, n);
}

void __check_object_size(const void *ptr, unsigned long n, bool to_user)
{
	unsigned long sp;

	if (!n)
		return;
	check_bogus_address((unsigned long)ptr, n, to_user);
	switch (check_stack_object(ptr, n)) {
	case 0:
		break;
	case 1:
		return;
	default:
		asm volatile("mov %0, sp" : "=r" (sp));
		usercopy_abort("process stack", NULL, to_user,
			       sp - (unsigned long)ptr, n);
	}
	check_heap_object(ptr, n, to_user);
	check_kernel_text_object((unsigned long)ptr, n, to_user);
}
EXPORT_SYMBOL(__check_object_size);
