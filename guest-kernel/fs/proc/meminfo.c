// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/meminfo in Linux's layout, the lines a kernel without swap,
 * highmem, zswap, CMA, transparent or hugetlb pages shows. What is
 * counted: RAM the page allocator manages, what is free, kmalloc pages,
 * kernel stacks, and the processes' resident and committed pages. There
 * is no page cache apart from ramfs files (not counted yet) and no
 * vmalloc, so those lines are 0.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

static void show_val_kb(struct seq_file *m, const char *s, unsigned long num)
{
	seq_printf(m, "%s%8lu kB\n", s, num << (PAGE_SHIFT - 10));
}

struct mm_totals {
	unsigned long anon, file, committed, tasks;
};

/* Each address space once (vfork children share their parent's). */
static void sum_mms(struct mm_totals *t)
{
	struct task_struct *p, *q;
	struct vm_area_struct *vma;

	memset(t, 0, sizeof(*t));
	for_each_process(p) {
		bool seen = false;

		t->tasks++;
		if (!p->mm)
			continue;
		for_each_process(q) {
			if (q == p)
				break;
			if (q->mm == p->mm)
				seen = true;
		}
		if (seen)
			continue;
		t->anon += get_mm_counter(p->mm, MM_ANONPAGES);
		t->file += get_mm_counter(p->mm, MM_FILEPAGES);
		for (vma = p->mm->mmap; vma; vma = vma->vm_next)
			if (vma->vm_flags & VM_ACCOUNT)
				t->committed += (vma->vm_end - vma->vm_start)
						>> PAGE_SHIFT;
	}
}

static int meminfo_proc_show(struct seq_file *m, void *v)
{
	unsigned long total = totalram_pages(), free = nr_free_pages();
	unsigned long slab = kmalloc_pages();
	struct mm_totals t;

	sum_mms(&t);
	show_val_kb(m, "MemTotal:       ", total);
	show_val_kb(m, "MemFree:        ", free);
	show_val_kb(m, "MemAvailable:   ", free);
	show_val_kb(m, "Buffers:        ", 0);
	show_val_kb(m, "Cached:         ", 0);
	show_val_kb(m, "SwapCached:     ", 0);
	show_val_kb(m, "Active:         ", t.anon);
	show_val_kb(m, "Inactive:       ", 0);
	show_val_kb(m, "Active(anon):   ", t.anon);
	show_val_kb(m, "Inactive(anon): ", 0);
	show_val_kb(m, "Active(file):   ", 0);
	show_val_kb(m, "Inactive(file): ", 0);
	show_val_kb(m, "Unevictable:    ", 0);
	show_val_kb(m, "Mlocked:        ", 0);
	show_val_kb(m, "SwapTotal:      ", 0);
	show_val_kb(m, "SwapFree:       ", 0);
	show_val_kb(m, "Dirty:          ", 0);
	show_val_kb(m, "Writeback:      ", 0);
	show_val_kb(m, "AnonPages:      ", t.anon);
	show_val_kb(m, "Mapped:         ", t.file);
	show_val_kb(m, "Shmem:          ", 0);
	show_val_kb(m, "KReclaimable:   ", 0);
	show_val_kb(m, "Slab:           ", slab);
	show_val_kb(m, "SReclaimable:   ", 0);
	show_val_kb(m, "SUnreclaim:     ", slab);
	seq_printf(m, "KernelStack:    %8lu kB\n", t.tasks * (THREAD_SIZE / 1024));
	show_val_kb(m, "PageTables:     ", 0);
	show_val_kb(m, "SecPageTables:  ", 0);
	show_val_kb(m, "NFS_Unstable:   ", 0);
	show_val_kb(m, "Bounce:         ", 0);
	show_val_kb(m, "WritebackTmp:   ", 0);
	/* overcommit_ratio 50, no swap, no huge pages */
	show_val_kb(m, "CommitLimit:    ", total / 2);
	show_val_kb(m, "Committed_AS:   ", t.committed);
	show_val_kb(m, "VmallocTotal:   ", 0);
	show_val_kb(m, "VmallocUsed:    ", 0);
	show_val_kb(m, "VmallocChunk:   ", 0);
	show_val_kb(m, "Percpu:         ", 0);
	return 0;
}

static int __init proc_meminfo_init(void)
{
	proc_create_single("meminfo", 0, NULL, meminfo_proc_show);
	return 0;
}
fs_initcall(proc_meminfo_init);
