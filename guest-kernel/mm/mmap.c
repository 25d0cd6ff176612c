// SPDX-License-Identifier: GPL-2.0
/*
 * Address spaces as lists of vm_area_structs: mmap, munmap, brk, and
 * the search for free room (top-down from mmap_base, as Linux's
 * legacy-free layout: below the stack gap).
 */
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <uapi/asm-generic/mman.h>

#define MMAP_MIN_ADDR	32768UL	/* vm.mmap_min_addr on Debian arm64 */

struct vm_area_struct *vm_area_alloc(struct mm_struct *mm)
{
	struct vm_area_struct *vma = kzalloc(sizeof(*vma), GFP_KERNEL);

	if (vma)
		vma->vm_mm = mm;
	return vma;
}

void vm_area_free(struct vm_area_struct *vma)
{
	if (vma->vm_ops && vma->vm_ops->close)
		vma->vm_ops->close(vma);
	if (vma->vm_file)
		fput(vma->vm_file);
	kfree(vma);
}

/* The first vma ending above addr, or NULL. */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (vma->vm_end > addr)
			return vma;
	return NULL;
}

struct vm_area_struct *find_vma_intersection(struct mm_struct *mm,
					     unsigned long start,
					     unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);

	if (vma && end <= vma->vm_start)
		vma = NULL;
	return vma;
}

void vm_stat_account(struct mm_struct *mm, unsigned long flags, long npages)
{
	mm->total_vm += npages;
	if ((flags & (VM_EXEC | VM_WRITE)) == VM_EXEC)
		mm->exec_vm += npages;
	else if (flags & VM_GROWSDOWN)
		mm->stack_vm += npages;
	else if ((flags & (VM_WRITE | VM_SHARED)) == VM_WRITE)
		mm->data_vm += npages;
	if (mm->total_vm > mm->hiwater_vm)
		mm->hiwater_vm = mm->total_vm;
}

static long vma_pages(struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

/* Link vma into the sorted list; it must not overlap another. */
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct **pp = &mm->mmap;

	while (*pp && (*pp)->vm_start < vma->vm_start)
		pp = &(*pp)->vm_next;
	if (*pp && (*pp)->vm_start < vma->vm_end)
		return -ENOMEM;
	vma->vm_next = *pp;
	*pp = vma;
	mm->map_count++;
	vm_stat_account(mm, vma->vm_flags, vma_pages(vma));
	return 0;
}

static struct vm_area_struct *find_vma_prev(struct mm_struct *mm,
					    unsigned long addr,
					    struct vm_area_struct **pprev)
{
	struct vm_area_struct *vma, *prev = NULL;

	for (vma = mm->mmap; vma && vma->vm_end <= addr; vma = vma->vm_next)
		prev = vma;
	*pprev = prev;
	return vma;
}

static bool can_merge(struct vm_area_struct *a, struct vm_area_struct *b)
{
	return a && b && a->vm_end == b->vm_start && a->vm_flags == b->vm_flags &&
	       !a->vm_file && !b->vm_file && !a->vm_ops && !b->vm_ops &&
	       !a->vm_name && !b->vm_name;
}

/* Join anonymous neighbours with the same flags, as Linux does (maps shows one). */
static void vma_merge_neighbours(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev, *next;

	find_vma_prev(mm, vma->vm_start, &prev);
	next = vma->vm_next;
	if (can_merge(vma, next)) {
		vma->vm_end = next->vm_end;
		vma->vm_next = next->vm_next;
		mm->map_count--;
		kfree(next);
	}
	if (can_merge(prev, vma)) {
		prev->vm_end = vma->vm_end;
		prev->vm_next = vma->vm_next;
		mm->map_count--;
		kfree(vma);
	}
}

/* Cut vma in two at addr; the new vma is the part below if new_below. */
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, int new_below)
{
	struct vm_area_struct *new = vm_area_alloc(mm);

	if (!new)
		return -ENOMEM;
	*new = *vma;
	if (new->vm_file)
		get_file(new->vm_file);
	if (new_below) {
		new->vm_end = addr;
		vma->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
		vma->vm_start = addr;
		/* insert new before vma */
		{
			struct vm_area_struct **pp = &mm->mmap;

			while (*pp != vma)
				pp = &(*pp)->vm_next;
			new->vm_next = vma;
			*pp = new;
		}
	} else {
		new->vm_start = addr;
		new->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
		vma->vm_end = addr;
		new->vm_next = vma->vm_next;
		vma->vm_next = new;
	}
	mm->map_count++;
	return 0;
}

static void remove_vma_from_list(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct **pp = &mm->mmap;

	while (*pp != vma)
		pp = &(*pp)->vm_next;
	*pp = vma->vm_next;
	mm->map_count--;
	vm_stat_account(mm, vma->vm_flags, -vma_pages(vma));
}

int do_munmap(struct mm_struct *mm, unsigned long start, size_t len)
{
	unsigned long end;
	struct vm_area_struct *vma, *next;

	if (!PAGE_ALIGNED(start) || start >= TASK_SIZE || len > TASK_SIZE - start)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (!len)
		return -EINVAL;

	vma = find_vma(mm, start);
	if (!vma || vma->vm_start >= end)
		return 0;
	if (start > vma->vm_start && split_vma(mm, vma, start, 0))
		return -ENOMEM;
	vma = find_vma(mm, start);
	while (vma && vma->vm_start < end) {
		if (vma->vm_end > end && split_vma(mm, vma, end, 0))
			return -ENOMEM;
		next = vma->vm_next;
		remove_vma_from_list(mm, vma);
		zap_page_range(vma, vma->vm_start, vma->vm_end);
		vm_area_free(vma);
		vma = next;
	}
	return 0;
}

int vm_munmap(unsigned long start, size_t len)
{
	return do_munmap(current->mm, start, len);
}
EXPORT_SYMBOL(vm_munmap);

static bool range_is_free(struct mm_struct *mm, unsigned long addr,
			  unsigned long len)
{
	return addr >= MMAP_MIN_ADDR && len <= TASK_SIZE - addr &&
	       !find_vma_intersection(mm, addr, addr + len);
}

/* The highest gap of len bytes below mmap_base. */
static unsigned long unmapped_area_topdown(struct mm_struct *mm,
					   unsigned long len)
{
	unsigned long gap_start = MMAP_MIN_ADDR, best = 0, gap_end;
	struct vm_area_struct *vma;

	for (vma = mm->mmap; ; vma = vma->vm_next) {
		gap_end = vma ? vma->vm_start : mm->mmap_base;
		if (gap_end > mm->mmap_base)
			gap_end = mm->mmap_base;
		if (gap_end > gap_start && gap_end - gap_start >= len)
			best = gap_end - len;
		if (!vma || vma->vm_end >= mm->mmap_base)
			break;
		gap_start = max(gap_start, vma->vm_end);
	}
	return best ? best : -ENOMEM;
}

unsigned long get_unmapped_area(struct file *file, unsigned long addr,
				unsigned long len, unsigned long pgoff,
				unsigned long flags)
{
	struct mm_struct *mm = current->mm;

	if (len > TASK_SIZE)
		return -ENOMEM;
	if (flags & MAP_FIXED) {
		if (addr > TASK_SIZE - len)
			return -ENOMEM;
		return addr;
	}
	if (addr) {
		addr = PAGE_ALIGN(addr);
		if (range_is_free(mm, addr, len))
			return addr;
	}
	return unmapped_area_topdown(mm, len);
}

static unsigned long calc_vm_prot_bits(unsigned long prot)
{
	return (prot & PROT_READ ? VM_READ : 0) |
	       (prot & PROT_WRITE ? VM_WRITE : 0) |
	       (prot & PROT_EXEC ? VM_EXEC : 0);
}

unsigned long do_mmap(struct file *file, unsigned long addr, unsigned long len,
		      unsigned long prot, unsigned long flags,
		      unsigned long vm_flags, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	int err;

	if (!len)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (!len)
		return -ENOMEM;
	if ((pgoff + (len >> PAGE_SHIFT)) < pgoff)
		return -EOVERFLOW;
	if (flags & MAP_FIXED_NOREPLACE)
		flags |= MAP_FIXED;
	addr = get_unmapped_area(file, addr, len, pgoff, flags);
	if (IS_ERR_VALUE(addr))
		return addr;
	if ((flags & MAP_FIXED_NOREPLACE) &&
	    find_vma_intersection(mm, addr, addr + len))
		return -EEXIST;

	vm_flags |= calc_vm_prot_bits(prot) | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
	if (flags & MAP_GROWSDOWN)
		vm_flags |= VM_GROWSDOWN;
	if ((flags & MAP_TYPE) == MAP_SHARED || (flags & MAP_TYPE) == MAP_SHARED_VALIDATE)
		vm_flags |= VM_SHARED | VM_MAYSHARE;
	if (file) {
		if (!(file->f_mode & FMODE_READ))
			return -EACCES;
		if ((vm_flags & VM_SHARED) && (prot & PROT_WRITE) &&
		    !(file->f_mode & FMODE_WRITE))
			return -EACCES;
		if (!file->f_op->mmap)
			return -ENODEV;
	}

	err = do_munmap(mm, addr, len);
	if (err)
		return err;
	vma = vm_area_alloc(mm);
	if (!vma)
		return -ENOMEM;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = vm_flags;
	vma->vm_pgoff = pgoff;
	if (file) {
		vma->vm_file = get_file(file);
		err = file->f_op->mmap(file, vma);
		if (err) {
			vm_area_free(vma);
			return err;
		}
	}
	insert_vm_struct(mm, vma);
	vma_merge_neighbours(mm, vma);
	return addr;
}

/* mmap(2) for the kernel, in current's mm: the address, or an errno. */
unsigned long vm_mmap(struct file *file, unsigned long addr, unsigned long len,
		      unsigned long prot, unsigned long flag, unsigned long offset)
{
	if (offset + PAGE_ALIGN(len) < offset || offset_in_page(offset))
		return -EINVAL;
	return do_mmap(file, addr, len, prot, flag, 0, offset >> PAGE_SHIFT);
}
EXPORT_SYMBOL(vm_mmap);

/* Anonymous memory for brk and the ELF loader's bss. */
int vm_brk_flags(unsigned long addr, unsigned long len, unsigned long flags)
{
	unsigned long ret;

	len = PAGE_ALIGN(len);
	if (!len)
		return 0;
	ret = do_mmap(NULL, addr, len, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, flags, 0);
	return IS_ERR_VALUE(ret) ? (int)ret : 0;
}

/* Grow a stack vma down to cover address (within RLIMIT_STACK). */
int expand_stack(struct vm_area_struct *vma, unsigned long address)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *prev;
	unsigned long grow;

	address &= PAGE_MASK;
	if (!(vma->vm_flags & VM_GROWSDOWN) || address >= vma->vm_start)
		return address >= vma->vm_start ? 0 : -EFAULT;
	if (vma->vm_end - address > rlimit(RLIMIT_STACK))
		return -ENOMEM;
	find_vma_prev(mm, vma->vm_start, &prev);
	if (prev && prev->vm_end > address - (256UL << PAGE_SHIFT) &&
	    prev->vm_end > address)
		return -ENOMEM;
	grow = (vma->vm_start - address) >> PAGE_SHIFT;
	vma->vm_start = address;
	vma->vm_pgoff -= grow;
	vm_stat_account(mm, vma->vm_flags, grow);
	return 0;
}

/* Everything of mm goes: at exit or when exec replaces it. */
void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma = mm->mmap, *next;

	while (vma) {
		next = vma->vm_next;
		zap_page_range(vma, vma->vm_start, vma->vm_end);
		vm_area_free(vma);
		vma = next;
	}
	mm->mmap = NULL;
	mm->map_count = 0;
	mm->total_vm = 0;
}

/* fork: copy the vmas, sharing pages copy-on-write. */
int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm)
{
	struct vm_area_struct *vma, *new, **pp = &mm->mmap;
	int err;

	for (vma = oldmm->mmap; vma; vma = vma->vm_next) {
		if (vma->vm_flags & VM_DONTCOPY)
			continue;
		new = vm_area_alloc(mm);
		if (!new)
			return -ENOMEM;
		*new = *vma;
		new->vm_mm = mm;
		new->vm_next = NULL;
		if (new->vm_file)
			get_file(new->vm_file);
		*pp = new;
		pp = &new->vm_next;
		mm->map_count++;
		err = copy_page_range(new, vma);
		if (err)
			return err;
	}
	return 0;
}

static int special_mapping_fault(struct vm_fault *vmf)
{
	struct page **pages = vmf->vma->vm_private_data;

	vmf->page = pages[vmf->pgoff - vmf->vma->vm_pgoff];
	get_page(vmf->page);
	return 0;
}

static const struct vm_operations_struct special_mapping_vmops = {
	.fault = special_mapping_fault,
};

/* Map kernel-provided pages (the sigreturn trampoline) into mm. */
int install_special_mapping(struct mm_struct *mm, unsigned long addr,
			    unsigned long len, unsigned long vm_flags,
			    struct page **pages, const char *name)
{
	struct vm_area_struct *vma = vm_area_alloc(mm);
	int err;

	if (!vma)
		return -ENOMEM;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = vm_flags | VM_DONTEXPAND;
	vma->vm_ops = &special_mapping_vmops;
	vma->vm_private_data = pages;
	vma->vm_name = name;
	err = insert_vm_struct(mm, vma);
	if (err)
		kfree(vma);
	return err;
}

SYSCALL_DEFINE6(mmap, unsigned long, addr, unsigned long, len,
		unsigned long, prot, unsigned long, flags,
		unsigned long, fd, unsigned long, off)
{
	struct file *file = NULL;
	unsigned long ret;

	if (offset_in_page(off))
		return -EINVAL;
	if (!(flags & MAP_ANONYMOUS)) {
		file = fget(fd);
		if (!file)
			return -EBADF;
	}
	if (!(flags & MAP_TYPE) || (flags & MAP_TYPE) > MAP_SHARED_VALIDATE) {
		ret = -EINVAL;
		goto out;
	}
	ret = do_mmap(file, addr, len, prot, flags, 0, off >> PAGE_SHIFT);
out:
	if (file)
		fput(file);
	return ret;
}

SYSCALL_DEFINE2(munmap, unsigned long, addr, size_t, len)
{
	return vm_munmap(addr, len);
}

SYSCALL_DEFINE1(brk, unsigned long, brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long newbrk, oldbrk;

	if (brk < mm->start_brk)
		return mm->brk;
	newbrk = PAGE_ALIGN(brk);
	oldbrk = PAGE_ALIGN(mm->brk);
	if (oldbrk == newbrk)
		goto set;
	if (brk <= mm->brk) {
		if (do_munmap(mm, newbrk, oldbrk - newbrk))
			return mm->brk;
		goto set;
	}
	if (find_vma_intersection(mm, oldbrk, newbrk + PAGE_SIZE))
		return mm->brk;
	if (vm_brk_flags(oldbrk, newbrk - oldbrk, 0))
		return mm->brk;
set:
	mm->brk = brk;
	return brk;
}

SYSCALL_DEFINE3(msync, unsigned long, start, size_t, len, int, flags)
{
	if (offset_in_page(start) || (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC)))
		return -EINVAL;
	return 0;
}

SYSCALL_DEFINE3(madvise, unsigned long, start, size_t, len, int, behavior)
{
	struct vm_area_struct *vma;
	unsigned long end;

	if (offset_in_page(start))
		return -EINVAL;
	end = start + PAGE_ALIGN(len);
	/* DONTNEED: anonymous private memory reads back as zero */
	if (behavior == MADV_DONTNEED) {
		for (vma = find_vma(current->mm, start); vma && vma->vm_start < end;
		     vma = vma->vm_next)
			zap_page_range(vma, max(start, vma->vm_start),
				       min(end, vma->vm_end));
	}
	return 0;
}

SYSCALL_DEFINE2(mlock, unsigned long, start, size_t, len)
{
	return 0;
}

SYSCALL_DEFINE2(munlock, unsigned long, start, size_t, len)
{
	return 0;
}

SYSCALL_DEFINE1(mlockall, int, flags)
{
	return flags ? 0 : -EINVAL;
}

SYSCALL_DEFINE0(munlockall)
{
	return 0;
}
