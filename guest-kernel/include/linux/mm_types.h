/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <asm/pgtable-types.h>

struct file;
struct vm_operations_struct;

/* Per physical page metadata, as Linux's struct page (much smaller). */
struct page {
	u8 flags;
	u8 order;		/* of the block this page heads */
	u16 slab_id;		/* PG_slab: its kmem_cache (slab_common.c) */
	int _refcount;		/* page tables, page cache... 0 when free */
};

#define PG_slab		(1 << 0)	/* belongs to a kmalloc cache */
#define PG_anon		(1 << 1)	/* anonymous memory (not a file's page) */

/* A range of user addresses with one set of permissions and one backing. */
struct vm_area_struct {
	unsigned long vm_start;
	unsigned long vm_end;		/* first address after */
	struct vm_area_struct *vm_next;
	struct mm_struct *vm_mm;
	unsigned long vm_flags;		/* VM_READ, ... */
	unsigned long vm_pgoff;		/* file offset in pages */
	struct file *vm_file;		/* NULL: anonymous */
	const struct vm_operations_struct *vm_ops;
	const char *vm_name;		/* special mappings: "[vdso]" */
	void *vm_private_data;
	/* may hold private copies or writable private ptes (Linux: anon_vma) */
	bool has_anon;
};

enum { MM_FILEPAGES, MM_ANONPAGES, MM_SWAPENTS, MM_SHMEMPAGES, NR_MM_COUNTERS };

/* An address space. */
struct mm_struct {
	struct vm_area_struct *mmap;	/* sorted by address */
	int map_count;
	pgd_t *pgd;
	int mm_users;			/* tasks using it */
	int mm_count;
	unsigned long mmap_base;	/* top-down allocation starts below */
	unsigned long task_size;
	unsigned long total_vm, locked_vm, pinned_vm, data_vm, exec_vm, stack_vm;
	unsigned long hiwater_rss, hiwater_vm;
	unsigned long pgtables_bytes;	/* page table pages, for the OOM report */
	unsigned long start_code, end_code, start_data, end_data;
	unsigned long start_brk, brk, start_stack;
	unsigned long arg_start, arg_end, env_start, env_end;
	unsigned long saved_auxv[46];
	long rss_stat[NR_MM_COUNTERS];
	struct file *exe_file;
	unsigned long sigpage;		/* the sigreturn trampoline */
	unsigned long vdso;		/* the vDSO's ELF header (AT_SYSINFO_EHDR), 0: none */
	unsigned long flags;
};

extern struct mm_struct init_mm;

#endif
