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

/*
 * The work of get_user() and put_user() in module code (getuser.S and
 * putuser.S keep their register conventions): 0 or -EFAULT. A failed
 * get leaves the value 0, as Linux's fixup does.
 */
int __get_user_mem(const void __user *from, u64 *value, unsigned int size)
{
	*value = 0;
	if (!access_ok(from, size) ||
	    copy_from_mm(current->mm, value, (unsigned long)from, size)) {
		*value = 0;
		return -EFAULT;
	}
	return 0;
}

int __put_user_mem(void __user *to, const void *value, unsigned int size)
{
	if (!access_ok(to, size) ||
	    copy_to_mm(current->mm, (unsigned long)to, value, size))
		return -EFAULT;
	return 0;
}
