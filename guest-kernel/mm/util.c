// SPDX-License-Identifier: GPL-2.0
/* String and memory duplication helpers. */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include "slab.h"

char *kstrdup(const char *s, gfp_t gfp)
{
	size_t len;
	char *buf;

	if (!s)
		return NULL;
	len = strlen(s) + 1;
	buf = kmalloc(len, gfp);
	if (buf)
		memcpy(buf, s, len);
	return buf;
}
EXPORT_SYMBOL(kstrdup);

char *kstrndup(const char *s, size_t max, gfp_t gfp)
{
	size_t len;
	char *buf;

	if (!s)
		return NULL;
	len = strnlen(s, max);
	buf = kmalloc(len + 1, gfp);
	if (buf) {
		memcpy(buf, s, len);
		buf[len] = '\0';
	}
	return buf;
}
EXPORT_SYMBOL(kstrndup);

void *kmemdup(const void *src, size_t len, gfp_t gfp)
{
	void *p = kmalloc(len, gfp);

	if (p)
		memcpy(p, src, len);
	return p;
}
EXPORT_SYMBOL(kmemdup);

/* User memory in a kmalloc()ed copy: ERR_PTR(-ENOMEM) or (-EFAULT). */
void *memdup_user(const void __user *src, size_t len)
{
	void *p = kmalloc(len, GFP_KERNEL);

	if (!p)
		return ERR_PTR(-ENOMEM);
	if (copy_from_user(p, src, len)) {
		kfree(p);
		return ERR_PTR(-EFAULT);
	}
	return p;
}
EXPORT_SYMBOL(memdup_user);

/* The same, possibly vmalloc()ed: the caller frees it with kvfree(). */
void *vmemdup_user(const void __user *src, size_t len)
{
	void *p = kvmalloc_node(len, GFP_KERNEL, -1);	/* any node */

	if (!p)
		return ERR_PTR(-ENOMEM);
	if (copy_from_user(p, src, len)) {
		kvfree(p);
		return ERR_PTR(-EFAULT);
	}
	return p;
}
EXPORT_SYMBOL(vmemdup_user);

/* memdup_user() with a NUL after the copied bytes, for text from users. */
void *memdup_user_nul(const void __user *src, size_t len)
{
	char *p = kmalloc(len + 1, GFP_KERNEL);

	if (!p)
		return ERR_PTR(-ENOMEM);
	if (copy_from_user(p, src, len)) {
		kfree(p);
		return ERR_PTR(-EFAULT);
	}
	p[len] = '\0';
	return p;
}
EXPORT_SYMBOL(memdup_user_nul);

/* A user string in kernel memory: ERR_PTR(-EFAULT), (-EINVAL) if longer than n. */
char *strndup_user(const char __user *s, long n)
{
	long length = strnlen_user(s, n);
	char *p;

	if (!length)
		return ERR_PTR(-EFAULT);
	if (length > n)
		return ERR_PTR(-EINVAL);
	p = memdup_user(s, length);
	if (IS_ERR(p))
		return p;
	p[length - 1] = '\0';
	return p;
}
EXPORT_SYMBOL(strndup_user);

#ifdef virt_addr_valid
/*
 * What a pointer points at, after a "Register rN information:" or the
 * like, as Linux's mem_dump_obj(): a slab object (its cache, start,
 * offset and, for caches user copies may reach, size), a vmalloc area,
 * other memory of the linear map, or nothing the kernel has.
 */
void mem_dump_obj(void *object)
{
	unsigned long addr = (unsigned long)object;
	struct kmem_cache *s;
	void *objp;

	if (virt_addr_valid(addr) && kmem_obj_info(object, &s, &objp)) {
		pr_cont(" slab %s start %px pointer offset %lu", s->name, objp,
			(unsigned long)(object - objp));
		if (s->usersize)
			pr_cont(" size %u", s->usersize);
		pr_cont("\n");
		return;
	}
	if (vmalloc_dump_obj(object))
		return;
	if (virt_addr_valid(addr))
		pr_cont(" non-slab/vmalloc memory\n");
	else if (!object)
		pr_cont(" NULL pointer\n");
	else if (object == ZERO_SIZE_PTR)
		pr_cont(" zero-size pointer\n");
	else
		pr_cont(" non-paged memory\n");
}
#endif
