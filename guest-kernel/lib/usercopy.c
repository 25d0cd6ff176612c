// SPDX-License-Identifier: GPL-2.0
/*
 * copy_to_user() and friends, by software page-table walk: each user
 * page is looked up (and faulted in, as the MMU would make the user
 * program do) and reached through the kernel's linear map. A range that
 * is not mapped with the needed rights ends the copy: -EFAULT. The same
 * on every architecture (pte_*() and walk_pte() are theirs); the entry
 * points modules call by their own names are in arch/<arch>/lib/uaccess.c.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <asm/pgtable.h>

/* Fault addr in for an access by the kernel on the user's behalf. */
static int fixup_user_fault(struct mm_struct *mm, unsigned long addr,
			    bool write, bool force)
{
	struct vm_area_struct *vma = find_vma(mm, addr);
	unsigned long need = write ? VM_WRITE : VM_READ | VM_WRITE | VM_EXEC;

	if (!vma)
		return -EFAULT;
	if (vma->vm_start > addr && expand_stack(vma, addr))
		return -EFAULT;
	if (force)
		need = write ? VM_MAYWRITE : VM_MAYREAD;
	if (!(vma->vm_flags & need))
		return -EFAULT;
	if (handle_mm_fault(vma, addr, write ? FAULT_FLAG_WRITE : 0))
		return -EFAULT;
	return 0;
}

/* The kernel address of user addr in mm, made accessible for write if asked. */
static void *user_addr(struct mm_struct *mm, unsigned long addr, bool write,
		       bool force)
{
	pte_t *ptep;

	if (!mm || addr >= TASK_SIZE)
		return NULL;
	ptep = walk_pte(mm, addr, false);
	if (!ptep || !pte_valid(*ptep) || (write && !pte_write(*ptep))) {
		if (fixup_user_fault(mm, addr, write, force))
			return NULL;
		ptep = walk_pte(mm, addr, false);
		if (!ptep || !pte_valid(*ptep))
			return NULL;
	}
	return (char *)__va(pte_phys(*ptep)) + offset_in_page(addr);
}

bool uaccess_kernel(void)
{
	return current->uaccess_kernel;
}

bool set_uaccess_kernel(bool on)
{
	bool old = current->uaccess_kernel;

	current->uaccess_kernel = on;
	return old;
}

/* Copy n bytes between kernel buf and user addr; returns bytes not copied. */
static unsigned long copy_mm(struct mm_struct *mm, unsigned long addr,
			     void *buf, unsigned long n, bool write, bool force)
{
	if (addr >= PAGE_OFFSET && mm == current->mm && uaccess_kernel()) {
		if (write)
			memcpy((void *)addr, buf, n);
		else
			memcpy(buf, (void *)addr, n);
		return 0;
	}
	while (n) {
		unsigned long chunk = min(n, PAGE_SIZE - offset_in_page(addr));
		void *p = user_addr(mm, addr, write, force);

		if (!p)
			break;
		if (write)
			memcpy(p, buf, chunk);
		else
			memcpy(buf, p, chunk);
		addr += chunk;
		buf = (char *)buf + chunk;
		n -= chunk;
	}
	return n;
}

unsigned long copy_to_mm(struct mm_struct *mm, unsigned long to,
			 const void *from, unsigned long n)
{
	return copy_mm(mm, to, (void *)from, n, true, false);
}

unsigned long copy_from_mm(struct mm_struct *mm, void *to, unsigned long from,
			   unsigned long n)
{
	return copy_mm(mm, from, to, n, false, false);
}

unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	return copy_mm(current->mm, (unsigned long)to, (void *)from, n, true, false);
}

unsigned long copy_from_user(void *to, const void __user *from, unsigned long n)
{
	unsigned long left = copy_mm(current->mm, (unsigned long)from, to, n,
				     false, false);

	if (left)	/* as Linux: the uncopied tail is zeroed */
		memset((char *)to + (n - left), 0, left);
	return left;
}

unsigned long clear_user(void __user *to, unsigned long n)
{
	unsigned long addr = (unsigned long)to;

	if (addr >= PAGE_OFFSET && uaccess_kernel()) {
		memset((void *)addr, 0, n);
		return 0;
	}

	while (n) {
		unsigned long chunk = min(n, PAGE_SIZE - offset_in_page(addr));
		void *p = user_addr(current->mm, addr, true, false);

		if (!p)
			break;
		memset(p, 0, chunk);
		addr += chunk;
		n -= chunk;
	}
	return n;
}

/* Like Linux: the length copied (without the NUL), count if no NUL fits, or -EFAULT. */
long strncpy_from_user(char *dst, const char __user *src, long count)
{
	unsigned long addr = (unsigned long)src;
	long res = 0;

	if (addr >= PAGE_OFFSET && uaccess_kernel()) {
		for (; res < count; res++)
			if (!(dst[res] = ((const char *)addr)[res]))
				return res;
		return res;
	}

	while (res < count) {
		unsigned long chunk = min((unsigned long)(count - res),
					  PAGE_SIZE - offset_in_page(addr));
		const char *p = user_addr(current->mm, addr, false, false);
		unsigned long i;

		if (!p)
			return -EFAULT;
		for (i = 0; i < chunk; i++) {
			dst[res] = p[i];
			if (!p[i])
				return res;
			res++;
		}
		addr += chunk;
	}
	return res;
}

/* The string's size including the NUL, 0 on a fault, > n if too long. */
long strnlen_user(const char __user *s, long n)
{
	unsigned long addr = (unsigned long)s;
	long len = 0;

	if (addr >= PAGE_OFFSET && uaccess_kernel())
		return strnlen((const char *)addr, n) + 1;

	while (len < n) {
		unsigned long chunk = min((unsigned long)(n - len),
					  PAGE_SIZE - offset_in_page(addr));
		const char *p = user_addr(current->mm, addr, false, false);
		unsigned long i;

		if (!p)
			return 0;
		for (i = 0; i < chunk; i++) {
			len++;
			if (!p[i])
				return len;
		}
		addr += chunk;
	}
	return n + 1;
}

bool access_ok(const void __user *addr, unsigned long size)
{
	unsigned long a = (unsigned long)addr;

	return size <= TASK_SIZE && a <= TASK_SIZE - size;
}

/* Read or write another address space (procfs, ptrace-like); bytes done. */
int access_remote_vm(struct mm_struct *mm, unsigned long addr, void *buf,
		     int len, unsigned int gup_flags)
{
	return len - copy_mm(mm, addr, buf, len, gup_flags & FOLL_WRITE,
			     gup_flags & FOLL_FORCE);
}

int access_process_vm(struct task_struct *tsk, unsigned long addr, void *buf,
		      int len, unsigned int gup_flags)
{
	struct mm_struct *mm = get_task_mm(tsk);
	int ret;

	if (!mm)
		return 0;
	ret = access_remote_vm(mm, addr, buf, len, gup_flags);
	mmput(mm);
	return ret;
}
