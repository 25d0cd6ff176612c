// SPDX-License-Identifier: GPL-2.0
/* mprotect(): new permissions for a range, splitting vmas at its ends. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <uapi/asm-generic/mman.h>

static int mprotect_range(struct mm_struct *mm, unsigned long start,
			  unsigned long end, unsigned long newbits)
{
	struct vm_area_struct *vma = find_vma(mm, start);
	unsigned long addr = start;

	/* the whole range must be mapped */
	for (; vma && vma->vm_start < end; vma = vma->vm_next) {
		if (vma->vm_start > addr)
			return -ENOMEM;
		if ((newbits & VM_WRITE) && !(vma->vm_flags & VM_MAYWRITE))
			return -EACCES;
		addr = vma->vm_end;
	}
	if (addr < end)
		return -ENOMEM;

	vma = find_vma(mm, start);
	if (vma->vm_start < start && split_vma(mm, vma, start, 0))
		return -ENOMEM;
	for (vma = find_vma(mm, start); vma && vma->vm_start < end;
	     vma = vma->vm_next) {
		if (vma->vm_end > end && split_vma(mm, vma, end, 0))
			return -ENOMEM;
		vm_stat_account(mm, vma->vm_flags,
				-(long)((vma->vm_end - vma->vm_start) >> PAGE_SHIFT));
		vma->vm_flags = (vma->vm_flags & ~(VM_READ | VM_WRITE | VM_EXEC)) |
				newbits;
		vm_stat_account(mm, vma->vm_flags,
				(vma->vm_end - vma->vm_start) >> PAGE_SHIFT);
		change_protection(vma, vma->vm_start, vma->vm_end);
	}
	return 0;
}

SYSCALL_DEFINE3(mprotect, unsigned long, start, size_t, len,
		unsigned long, prot)
{
	unsigned long end, bits;

	if (offset_in_page(start))
		return -EINVAL;
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM | PROT_BTI |
		     PROT_GROWSDOWN | PROT_GROWSUP))
		return -EINVAL;
	if (!len)
		return 0;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end <= start)
		return -ENOMEM;
	bits = (prot & PROT_READ ? VM_READ : 0) |
	       (prot & PROT_WRITE ? VM_WRITE : 0) |
	       (prot & PROT_EXEC ? VM_EXEC : 0);
	return mprotect_range(current->mm, start, end, bits);
}
