// SPDX-License-Identifier: GPL-2.0
/* mremap(): shrink, grow in place, or move a mapping (glibc's realloc of big blocks). */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <uapi/asm-generic/mman.h>

static unsigned long move_vma(struct vm_area_struct *vma, unsigned long addr,
			      unsigned long old_len, unsigned long new_len,
			      unsigned long new_addr)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *new = vm_area_alloc(mm);
	int err;

	if (!new)
		return -ENOMEM;
	*new = *vma;
	new->vm_mm = mm;
	new->vm_start = new_addr;
	new->vm_end = new_addr + new_len;
	new->vm_pgoff = vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT);
	new->vm_next = NULL;
	if (new->vm_file)
		get_file(new->vm_file);
	err = insert_vm_struct(mm, new);
	if (err) {
		vm_area_free(new);
		return err;
	}
	err = move_page_tables(vma, addr, new, new_addr, old_len);
	if (err)
		return err;
	do_munmap(mm, addr, old_len);
	return new_addr;
}

SYSCALL_DEFINE5(mremap, unsigned long, addr, unsigned long, old_len,
		unsigned long, new_len, unsigned long, flags,
		unsigned long, new_addr)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long target;

	if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE | MREMAP_DONTUNMAP))
		return -EINVAL;
	if ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE))
		return -EINVAL;
	if (offset_in_page(addr))
		return -EINVAL;
	old_len = PAGE_ALIGN(old_len);
	new_len = PAGE_ALIGN(new_len);
	if (!new_len)
		return -EINVAL;
	if (flags & (MREMAP_FIXED | MREMAP_DONTUNMAP))
		return -EINVAL;	/* not needed by our user space yet */

	if (old_len >= new_len) {
		if (old_len > new_len && do_munmap(mm, addr + new_len, old_len - new_len))
			return -ENOMEM;
		return addr;
	}
	vma = find_vma(mm, addr);
	if (!vma || vma->vm_start > addr || addr + old_len > vma->vm_end)
		return -EFAULT;
	if (addr + old_len == vma->vm_end &&
	    (!vma->vm_next || vma->vm_next->vm_start >= addr + new_len) &&
	    addr + new_len <= TASK_SIZE && !(vma->vm_flags & VM_DONTEXPAND)) {
		vm_stat_account(mm, vma->vm_flags, (new_len - old_len) >> PAGE_SHIFT);
		vma->vm_end = addr + new_len;
		return addr;
	}
	if (!(flags & MREMAP_MAYMOVE))
		return -ENOMEM;
	target = get_unmapped_area(vma->vm_file, 0, new_len, vma->vm_pgoff, 0);
	if (IS_ERR_VALUE(target))
		return target;
	return move_vma(vma, addr, old_len, new_len, target);
}
