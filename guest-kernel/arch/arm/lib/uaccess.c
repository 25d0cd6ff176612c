// SPDX-License-Identifier: GPL-2.0
/*
 * 32-bit ARM's user-copy entry points for modules (lib/usercopy.c does
 * the copying).
 */
#include <linux/export.h>
#include <linux/sched.h>
#include <linux/uaccess.h>

/*
 * What module code calls once its inlined access_ok() has passed (Linux's
 * are assembly with exception table entries): bytes not copied. Unlike
 * copy_from_user(), the tail is left alone; the inlined caller zeroes it.
 */
unsigned long arm_copy_from_user(void *to, const void __user *from,
				 unsigned long n)
{
	return copy_from_mm(current->mm, to, (unsigned long)from, n);
}
EXPORT_SYMBOL(arm_copy_from_user);

unsigned long arm_copy_to_user(void __user *to, const void *from,
			       unsigned long n)
{
	return copy_to_mm(current->mm, (unsigned long)to, from, n);
}
EXPORT_SYMBOL(arm_copy_to_user);
