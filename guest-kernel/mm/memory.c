// SPDX-License-Identifier: GPL-2.0
/*
 * User page tables: filling them on faults (demand zero, file pages,
 * copy-on-write), copying them at fork, and tearing them down.
 *
 * Pages are reference counted. A private page stays read-only while
 * shared (after fork, or when it is a file's page cache page) and is
 * copied on the first write; once only one reference is left, a write
 * fault just makes it writable.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>

static struct page *pte_page(pte_t pte)
{
	return pfn_to_page(pte_phys(pte) >> PAGE_SHIFT);
}

/* The pte for a page with the vma's permissions; writable only if asked. */
static pte_t mk_user_pte(struct page *page, unsigned long vm_flags, bool write)
{
	pte_t pte = pte_mkpage(page_to_phys(page));

	if (!(vm_flags & (VM_READ | VM_WRITE | VM_EXEC)))
		return pte_mkprotnone(pte);
	pte = pte_mkuser(pte);
	if (!write)
		pte = pte_wrprotect(pte);
	if (!(vm_flags & VM_EXEC))
		pte = pte_mknexec(pte);
	return pte;
}

static int mm_counter(struct page *page)
{
	return page->flags & PG_anon ? MM_ANONPAGES : MM_FILEPAGES;
}

static void add_mm_counter(struct mm_struct *mm, int member, long value)
{
	mm->rss_stat[member] += value;
	if (get_mm_rss(mm) > mm->hiwater_rss)
		mm->hiwater_rss = get_mm_rss(mm);
}

long get_mm_counter(struct mm_struct *mm, int member)
{
	return mm->rss_stat[member];
}

unsigned long get_mm_rss(struct mm_struct *mm)
{
	return mm->rss_stat[MM_FILEPAGES] + mm->rss_stat[MM_ANONPAGES] +
	       mm->rss_stat[MM_SHMEMPAGES];
}

static int do_anonymous_page(struct vm_area_struct *vma, unsigned long addr,
			     pte_t *ptep)
{
	struct page *page = alloc_pages(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0);

	if (!page)
		return VM_FAULT_OOM;
	page->flags |= PG_anon;
	vma->has_anon = true;
	*ptep = mk_user_pte(page, vma->vm_flags, vma->vm_flags & VM_WRITE);
	add_mm_counter(vma->vm_mm, MM_ANONPAGES, 1);
	return 0;
}

static struct page *copy_user_page(struct page *old)
{
	struct page *page = alloc_pages(GFP_HIGHUSER_MOVABLE, 0);

	if (page) {
		page->flags |= PG_anon;
		copy_page(page_address(page), page_address(old));
	}
	return page;
}

/* Linux's default: a read fault maps up to this much of the page cache. */
#define FAULT_AROUND_BYTES	(64UL * 1024)

/* Map a cached page read-only at vmf->pte (which is none), for map_pages. */
void do_set_pte(struct vm_fault *vmf, struct page *page)
{
	get_page(page);
	*vmf->pte = mk_user_pte(page, vmf->vma->vm_flags, false);
	add_mm_counter(vmf->vma->vm_mm, MM_FILEPAGES, 1);
}

/*
 * After a read fault on a file page, map its neighbours that are in the
 * page cache already: the aligned 64 KiB around addr, within the vma and
 * this page table, as Linux does. A program's text then faults once per
 * 16 pages instead of once a page.
 */
static void do_fault_around(struct vm_fault *vmf, pte_t *ptep)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long start = max(vmf->address & ~(FAULT_AROUND_BYTES - 1),
				  vma->vm_start);
	unsigned long end = min(start + FAULT_AROUND_BYTES, vma->vm_end);
	unsigned long start_pgoff = vmf->pgoff -
				    ((vmf->address - start) >> PAGE_SHIFT);

	/* start and end share addr's page table: 64 KiB divides 2 MiB */
	end = min(end, (vmf->address & ~(PMD_SIZE - 1)) + PMD_SIZE);
	vmf->pte = ptep - ((vmf->address - start) >> PAGE_SHIFT);
	vma->vm_ops->map_pages(vmf, start_pgoff,
			       start_pgoff + ((end - start) >> PAGE_SHIFT) - 1);
}

/* A page from the backing (file or special mapping), copied if a private write. */
static int do_fault(struct vm_area_struct *vma, unsigned long addr,
		    pte_t *ptep, unsigned int flags)
{
	struct vm_fault vmf = {
		.vma = vma,
		.address = addr,
		.pgoff = vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT),
		.flags = flags,
	};
	bool write = flags & FAULT_FLAG_WRITE;
	bool shared = vma->vm_flags & VM_SHARED;
	struct page *page;
	int ret;

	ret = vma->vm_ops->fault(&vmf);
	if (ret)
		return ret;
	page = vmf.page;
	if (write && !shared) {
		struct page *copy = copy_user_page(page);

		put_page(page);
		if (!copy)
			return VM_FAULT_OOM;
		vma->has_anon = true;
		*ptep = mk_user_pte(copy, vma->vm_flags, true);
		add_mm_counter(vma->vm_mm, MM_ANONPAGES, 1);
		return 0;
	}
	*ptep = mk_user_pte(page, vma->vm_flags,
			    shared && (vma->vm_flags & VM_WRITE));
	add_mm_counter(vma->vm_mm, MM_FILEPAGES, 1);
	if (!write && vma->vm_ops->map_pages)
		do_fault_around(&vmf, ptep);
	return 0;
}

/* Write to a present read-only page of a writable mapping. */
static int do_wp_page(struct vm_area_struct *vma, unsigned long addr,
		      pte_t *ptep)
{
	struct page *old = pte_page(*ptep), *page;

	if (!(vma->vm_flags & VM_SHARED))
		vma->has_anon = true;
	if (page_count(old) == 1 || (vma->vm_flags & VM_SHARED)) {
		*ptep = mk_user_pte(old, vma->vm_flags, true);
		flush_tlb_page_addr(addr);
		return 0;
	}
	page = copy_user_page(old);
	if (!page)
		return VM_FAULT_OOM;
	if (!(old->flags & PG_anon)) {
		add_mm_counter(vma->vm_mm, MM_FILEPAGES, -1);
		add_mm_counter(vma->vm_mm, MM_ANONPAGES, 1);
	}
	put_page(old);
	*ptep = mk_user_pte(page, vma->vm_flags, true);
	flush_tlb_page_addr(addr);
	return 0;
}

/*
 * Make addr accessible as the fault asked. The caller has checked that
 * the vma allows it. Returns 0 or VM_FAULT_*.
 */
int handle_mm_fault(struct vm_area_struct *vma, unsigned long addr,
		    unsigned int flags)
{
	struct mm_struct *mm = vma->vm_mm;
	pte_t *ptep;
	int ret;

	addr &= PAGE_MASK;
	ptep = walk_pte(mm, addr, true);
	if (!ptep)
		return VM_FAULT_OOM;
	if (!pte_present(*ptep)) {
		if (vma->vm_ops && vma->vm_ops->fault)
			ret = do_fault(vma, addr, ptep, flags);
		else
			ret = do_anonymous_page(vma, addr, ptep);
		if (!ret)
			current->min_flt++;
		return ret;
	}
	if (pte_protnone(*ptep)) {	/* the vma allows access again */
		*ptep = mk_user_pte(pte_page(*ptep), vma->vm_flags, false);
		flush_tlb_page_addr(addr);
		return 0;
	}
	if ((flags & FAULT_FLAG_WRITE) && !pte_write(*ptep))
		return do_wp_page(vma, addr, ptep);
	/* present and allowed: a stale TLB entry */
	flush_tlb_page_addr(addr);
	return 0;
}

/* The page mapped at addr, or NULL; it is not referenced. */
struct page *follow_page(struct mm_struct *mm, unsigned long addr, bool write)
{
	pte_t *ptep = walk_pte(mm, addr, false);

	if (!ptep || !pte_valid(*ptep) || (write && !pte_write(*ptep)))
		return NULL;
	return pte_page(*ptep);
}

/*
 * The TLB entries of the ptes a walk changes, as Linux's flush_tlb_range():
 * only the mm in TTBR0 can have any (a switch flushes what the mm it leaves
 * had), and a few pages go one by one, more all at once.
 */
#define TLB_FLUSH_PAGES_MAX	32

struct mmu_gather {
	bool live;
	unsigned int pages;
};

static void tlb_gather_mmu(struct mmu_gather *tlb, struct mm_struct *mm)
{
	tlb->live = mm == current->active_mm;
	tlb->pages = 0;
}

/* The pte of addr changed. */
static void tlb_flush_pte(struct mmu_gather *tlb, unsigned long addr)
{
	if (tlb->live && ++tlb->pages <= TLB_FLUSH_PAGES_MAX)
		flush_tlb_page_addr(addr);
}

static void tlb_finish_mmu(struct mmu_gather *tlb)
{
	if (tlb->pages > TLB_FLUSH_PAGES_MAX)
		flush_tlb_all();
}

struct walk_ctx {
	struct vm_area_struct *vma;
	struct mmu_gather tlb;
};

static void zap_one(pte_t *ptep, unsigned long addr, void *data)
{
	struct walk_ctx *c = data;
	struct page *page = pte_page(*ptep);

	add_mm_counter(c->vma->vm_mm, mm_counter(page), -1);
	*ptep = 0;
	tlb_flush_pte(&c->tlb, addr);
	put_page(page);
}

/* Unmap and release the pages of [start, end) in vma. */
void zap_page_range(struct vm_area_struct *vma, unsigned long start,
		    unsigned long end)
{
	struct walk_ctx c = { .vma = vma };

	tlb_gather_mmu(&c.tlb, vma->vm_mm);
	walk_pte_range(vma->vm_mm->pgd, start, end, zap_one, &c);
	tlb_finish_mmu(&c.tlb);
}

struct copy_ctx {
	struct vm_area_struct *dst, *src;
	struct mmu_gather tlb;
	int err;
};

static void copy_one(pte_t *ptep, unsigned long addr, void *data)
{
	struct copy_ctx *c = data;
	pte_t *dst;

	if (c->err)
		return;
	dst = walk_pte(c->dst->vm_mm, addr, true);
	if (!dst) {
		c->err = -ENOMEM;
		return;
	}
	/* private and writable: both copies become copy-on-write */
	if (!(c->src->vm_flags & VM_SHARED) && pte_write(*ptep)) {
		*ptep = pte_wrprotect(*ptep);
		tlb_flush_pte(&c->tlb, addr);
	}
	*dst = *ptep;
	get_page(pte_page(*ptep));
	add_mm_counter(c->dst->vm_mm, mm_counter(pte_page(*ptep)), 1);
}

/*
 * fork: share src's pages with dst (copy-on-write for private ones).
 * As Linux (vma_needs_copy), no ptes are copied where a fault would
 * map the same pages again: file and special mappings never written
 * privately. Text then costs a fork nothing.
 */
int copy_page_range(struct vm_area_struct *dst, struct vm_area_struct *src)
{
	struct copy_ctx c = { .dst = dst, .src = src };

	if (src->vm_ops && src->vm_ops->fault && !src->has_anon)
		return 0;
	tlb_gather_mmu(&c.tlb, src->vm_mm);
	walk_pte_range(src->vm_mm->pgd, src->vm_start, src->vm_end, copy_one, &c);
	tlb_finish_mmu(&c.tlb);
	return c.err;
}

static void protect_one(pte_t *ptep, unsigned long addr, void *data)
{
	struct walk_ctx *c = data;
	struct vm_area_struct *vma = c->vma;
	pte_t old = *ptep;
	struct page *page = pte_page(*ptep);
	bool write = pte_write(*ptep) && (vma->vm_flags & VM_WRITE);

	/* a page we own alone may stay (or become) writable */
	if ((vma->vm_flags & VM_WRITE) && page_count(page) == 1 &&
	    !pte_protnone(*ptep))
		write = true;
	if ((vma->vm_flags & VM_SHARED) && (vma->vm_flags & VM_WRITE))
		write = true;
	else if (write)
		vma->has_anon = true;
	*ptep = mk_user_pte(page, vma->vm_flags, write);
	if (*ptep != old)
		tlb_flush_pte(&c->tlb, addr);
}

/* mprotect: re-derive the ptes of [start, end) from vma->vm_flags. */
void change_protection(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end)
{
	struct walk_ctx c = { .vma = vma };

	tlb_gather_mmu(&c.tlb, vma->vm_mm);
	walk_pte_range(vma->vm_mm->pgd, start, end, protect_one, &c);
	tlb_finish_mmu(&c.tlb);
}

struct move_ctx {
	struct mm_struct *mm;
	long delta;
	struct mmu_gather tlb;
	int err;
};

static void move_one(pte_t *ptep, unsigned long addr, void *data)
{
	struct move_ctx *c = data;
	pte_t *dst;

	if (c->err)
		return;
	dst = walk_pte(c->mm, addr + c->delta, true);
	if (!dst) {
		c->err = -ENOMEM;
		return;
	}
	*dst = *ptep;
	*ptep = 0;
	tlb_flush_pte(&c->tlb, addr);
}

/* mremap: move the ptes of [old_addr, +len) to new_addr. */
int move_page_tables(struct vm_area_struct *vma, unsigned long old_addr,
		     struct vm_area_struct *new_vma, unsigned long new_addr,
		     unsigned long len)
{
	struct move_ctx c = { .mm = vma->vm_mm, .delta = new_addr - old_addr };

	tlb_gather_mmu(&c.tlb, vma->vm_mm);
	walk_pte_range(vma->vm_mm->pgd, old_addr, old_addr + len, move_one, &c);
	tlb_finish_mmu(&c.tlb);
	return c.err;
}

/* Free every page table page of mm (its pages are gone already). */
void free_pgd_range(struct mm_struct *mm)
{
	pgd_free(mm, mm->pgd);
	mm->pgd = NULL;
	mm->pgtables_bytes = 0;
}
