/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/mm_types.h>
#include <asm/memory.h>
#include <asm/page.h>
#include <asm/pgtable.h>

extern struct page *mem_map;
extern unsigned long min_low_pfn, max_pfn;

#define PAGE_ALIGN(addr)	ALIGN(addr, PAGE_SIZE)
#define PAGE_ALIGNED(addr)	IS_ALIGNED((unsigned long)(addr), PAGE_SIZE)
#define PFN_UP(x)		(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)		((x) >> PAGE_SHIFT)
#define pfn_to_page(pfn)	(mem_map + ((pfn) - min_low_pfn))
#define page_to_pfn(page)	((unsigned long)((page) - mem_map) + min_low_pfn)
#define virt_to_page(addr)	pfn_to_page(__pa(addr) >> PAGE_SHIFT)
#define page_address(page)	__va(page_to_pfn(page) << PAGE_SHIFT)
#define page_to_phys(page)	((phys_addr_t)page_to_pfn(page) << PAGE_SHIFT)
#define offset_in_page(p)	((unsigned long)(p) & ~PAGE_MASK)

static inline unsigned int get_order(unsigned long size)
{
	unsigned int order = 0;

	size = (size - 1) >> PAGE_SHIFT;
	while (size) {
		order++;
		size >>= 1;
	}
	return order;
}

static inline void get_page(struct page *page)
{
	page->_refcount++;
}

static inline int page_count(struct page *page)
{
	return page->_refcount;
}

void put_page(struct page *page);

/* vm_flags */
#define VM_NONE		0x00000000
#define VM_READ		0x00000001
#define VM_WRITE	0x00000002
#define VM_EXEC		0x00000004
#define VM_SHARED	0x00000008
#define VM_MAYREAD	0x00000010
#define VM_MAYWRITE	0x00000020
#define VM_MAYEXEC	0x00000040
#define VM_MAYSHARE	0x00000080
#define VM_GROWSDOWN	0x00000100
#define VM_PFNMAP	0x00000400
#define VM_DENYWRITE	0x00000800
#define VM_LOCKED	0x00002000
#define VM_IO		0x00004000
#define VM_DONTCOPY	0x00020000
#define VM_DONTEXPAND	0x00040000
#define VM_ACCOUNT	0x00100000
#define VM_NORESERVE	0x00200000
#define VM_DONTDUMP	0x04000000
#define VM_STACK	VM_GROWSDOWN
#define VM_STACK_FLAGS	(VM_GROWSDOWN | VM_READ | VM_WRITE | VM_MAYREAD | \
			 VM_MAYWRITE | VM_MAYEXEC | VM_ACCOUNT)
#define VM_DATA_DEFAULT_FLAGS (VM_READ | VM_WRITE | VM_MAYREAD | \
			 VM_MAYWRITE | VM_MAYEXEC)

#define FAULT_FLAG_WRITE	0x01
#define FAULT_FLAG_INSTRUCTION	0x100
#define FAULT_FLAG_USER		0x40

/* handle_mm_fault() results */
#define VM_FAULT_OOM		0x0001
#define VM_FAULT_SIGBUS		0x0002
#define VM_FAULT_SIGSEGV	0x0040
#define VM_FAULT_ERROR		(VM_FAULT_OOM | VM_FAULT_SIGBUS | VM_FAULT_SIGSEGV)

struct vm_fault {
	struct vm_area_struct *vma;
	unsigned long address;
	unsigned long pgoff;
	unsigned int flags;
	struct page *page;		/* ->fault() returns it, referenced */
	pte_t *pte;			/* ->map_pages(): the pte of its first page */
};

struct vm_operations_struct {
	void (*open)(struct vm_area_struct *area);
	void (*close)(struct vm_area_struct *area);
	int (*fault)(struct vm_fault *vmf);
	const char *(*name)(struct vm_area_struct *vma);
	/* fault-around: map what is cached of [start_pgoff, end_pgoff] */
	void (*map_pages)(struct vm_fault *vmf, unsigned long start_pgoff,
			  unsigned long end_pgoff);
};

unsigned long nr_free_pages(void);
unsigned long totalram_pages(void);
void mem_init(void);
void mem_init_print_info(void);
void paging_init(void);
bool kern_addr_valid(unsigned long addr);
void free_reserved_area(phys_addr_t start, phys_addr_t end, const char *s);

struct sysinfo;
struct task_struct;
void si_meminfo(struct sysinfo *val);

/* mm/mmap.c */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm,
					     unsigned long start, unsigned long end);
unsigned long do_mmap(struct file *file, unsigned long addr, unsigned long len,
		      unsigned long prot, unsigned long flags,
		      unsigned long vm_flags, unsigned long pgoff);
int do_munmap(struct mm_struct *mm, unsigned long start, size_t len);
int vm_munmap(unsigned long start, size_t len);
unsigned long vm_mmap(struct file *file, unsigned long addr, unsigned long len,
		      unsigned long prot, unsigned long flag, unsigned long offset);
int vm_brk_flags(unsigned long addr, unsigned long len, unsigned long flags);
unsigned long get_unmapped_area(struct file *file, unsigned long addr,
				unsigned long len, unsigned long pgoff,
				unsigned long flags);
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma);
int expand_stack(struct vm_area_struct *vma, unsigned long address);
void exit_mmap(struct mm_struct *mm);
int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm);
struct vm_area_struct *vm_area_alloc(struct mm_struct *mm);
void vm_area_free(struct vm_area_struct *vma);
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, int new_below);
void vm_stat_account(struct mm_struct *mm, unsigned long flags, long npages);
unsigned long vm_get_page_prot_bits(unsigned long vm_flags);
/* What object a pointer points into (oops reports). */
void mem_dump_obj(void *object);

/* The gate area (32-bit ARM's vectors page): a vma no mm lists, in every mm. */
#ifdef __HAVE_ARCH_GATE_AREA
struct vm_area_struct *get_gate_vma(struct mm_struct *mm);
int in_gate_area(struct mm_struct *mm, unsigned long addr);
int in_gate_area_no_mm(unsigned long addr);
#else
static inline struct vm_area_struct *get_gate_vma(struct mm_struct *mm) { return NULL; }
static inline int in_gate_area(struct mm_struct *mm, unsigned long addr) { return 0; }
static inline int in_gate_area_no_mm(unsigned long addr) { return 0; }
#endif

int install_special_mapping(struct mm_struct *mm, unsigned long addr,
			    unsigned long len, unsigned long vm_flags,
			    struct page **pages, const char *name);

/* mm/memory.c */
int handle_mm_fault(struct vm_area_struct *vma, unsigned long address,
		    unsigned int flags);
void zap_page_range(struct vm_area_struct *vma, unsigned long start,
		    unsigned long end);
int copy_page_range(struct vm_area_struct *dst, struct vm_area_struct *src);
void change_protection(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end);
int move_page_tables(struct vm_area_struct *vma, unsigned long old_addr,
		     struct vm_area_struct *new_vma, unsigned long new_addr,
		     unsigned long len);
void free_pgd_range(struct mm_struct *mm);
void do_set_pte(struct vm_fault *vmf, struct page *page);
struct page *follow_page(struct mm_struct *mm, unsigned long addr,
			 bool write);
int access_remote_vm(struct mm_struct *mm, unsigned long addr, void *buf,
		     int len, unsigned int gup_flags);
int access_process_vm(struct task_struct *tsk, unsigned long addr, void *buf,
		      int len, unsigned int gup_flags);
long get_mm_counter(struct mm_struct *mm, int member);
unsigned long get_mm_rss(struct mm_struct *mm);
void pagefault_out_of_memory(void);
#define FOLL_WRITE	0x01
#define FOLL_FORCE	0x10

/* kernel/fork.c */
struct mm_struct *mm_alloc(void);
void mmput(struct mm_struct *mm);
void mmdrop(struct mm_struct *mm);

/* Keep the mm_struct itself (not its memory) while a pointer to it is kept. */
static inline void mmgrab(struct mm_struct *mm)
{
	mm->mm_count++;
}
struct mm_struct *get_task_mm(struct task_struct *task);
struct file *get_mm_exe_file(struct mm_struct *mm);
void set_mm_exe_file(struct mm_struct *mm, struct file *new_exe_file);

#endif
