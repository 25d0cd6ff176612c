/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Reaching user memory. The kernel never dereferences a user pointer:
 * it walks the task's page tables in software (faulting pages in like
 * the MMU would) and copies through the linear map, so a bad pointer is
 * just -EFAULT. Modules are different: their get_user()/put_user() are
 * Linux's inlined ldtr/sttr with exception table entries, and a fault
 * there is fixed up (arch/arm64/mm/extable.c).
 */
#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/errno.h>
#include <asm/processor.h>

struct mm_struct;

unsigned long copy_to_user(void __user *to, const void *from, unsigned long n);
unsigned long copy_from_user(void *to, const void __user *from, unsigned long n);
unsigned long clear_user(void __user *to, unsigned long n);
long strncpy_from_user(char *dst, const char __user *src, long count);
long strnlen_user(const char __user *s, long n);
unsigned long copy_to_mm(struct mm_struct *mm, unsigned long to,
			 const void *from, unsigned long n);
unsigned long copy_from_mm(struct mm_struct *mm, void *to, unsigned long from,
			   unsigned long n);
bool access_ok(const void __user *addr, unsigned long size);

/*
 * kernel_read()/kernel_write(): while set, "user" pointers may be
 * kernel addresses too (Linux's old set_fs(KERNEL_DS)). Per task.
 */
bool uaccess_kernel(void);
bool set_uaccess_kernel(bool on);
void *memdup_user(const void __user *src, size_t len);
void *vmemdup_user(const void __user *src, size_t len);
void *memdup_user_nul(const void __user *src, size_t len);

/* Hardened usercopy (mm/usercopy.c) and its compile-time twin (mm/maccess.c). */
void __check_object_size(const void *ptr, unsigned long n, bool to_user);
void __noreturn usercopy_abort(const char *name, const char *detail,
			       bool to_user, unsigned long offset,
			       unsigned long len);
void __copy_overflow(int size, unsigned long count);

#define get_user(x, ptr)						\
({									\
	union {								\
		__typeof__(*(ptr)) val;					\
		unsigned char bytes[sizeof(*(ptr))];			\
	} __gu = { };							\
	int __gu_err = copy_from_user(__gu.bytes, (ptr), sizeof(*(ptr))) ? \
		       -EFAULT : 0;					\
	(x) = __gu.val;							\
	__gu_err;							\
})

#define put_user(x, ptr)						\
({									\
	__typeof__(*(ptr)) __pu_val = (x);				\
	copy_to_user((ptr), &__pu_val, sizeof(__pu_val)) ? -EFAULT : 0;	\
})


#endif
