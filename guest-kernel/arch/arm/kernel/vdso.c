// SPDX-License-Identifier: GPL-2.0
/*
 * The vDSO, as Linux/arm's arch/arm/kernel/vdso.c: its image (built in
 * arch/arm/vdso/) copied into pages at boot, and mapped in each new
 * program right after the sigpage: the data page ([vvar], read-only)
 * and then the code ([vdso]), whose ELF header the program finds
 * through AT_SYSINFO_EHDR.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <vdso/datapage.h>

extern const char vdso_start[], vdso_end[];

/* The data page kernel/time/vsyscall.c keeps up to date. */
struct vdso_data *vdso_data;

static struct page *vdso_data_page[1];
static struct page **vdso_text_pages;
static unsigned int vdso_text_npages;

/* Pages of the data page and the code: what arch_setup_additional_pages() reserves. */
unsigned int vdso_total_pages;

static int __init vdso_init(void)
{
	unsigned int i;

	if (memcmp(vdso_start, "\177ELF", 4)) {
		pr_err("vDSO is not a valid ELF object!\n");
		return -EINVAL;
	}
	vdso_text_npages = (vdso_end - vdso_start) >> PAGE_SHIFT;
	vdso_text_pages = kcalloc(vdso_text_npages, sizeof(*vdso_text_pages), GFP_KERNEL);
	vdso_data_page[0] = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
	if (!vdso_text_pages || !vdso_data_page[0])
		return -ENOMEM;
	for (i = 0; i < vdso_text_npages; i++) {
		vdso_text_pages[i] = alloc_pages(GFP_KERNEL, 0);
		if (!vdso_text_pages[i])
			return -ENOMEM;
		memcpy(page_address(vdso_text_pages[i]), vdso_start + i * PAGE_SIZE, PAGE_SIZE);
	}
	vdso_data = page_address(vdso_data_page[0]);
	update_vsyscall(NULL);
	vdso_total_pages = 1 + vdso_text_npages;
	return 0;
}
arch_initcall(vdso_init);

/* The data page at addr, the code above it; a program runs without them if this fails. */
void arm_install_vdso(struct mm_struct *mm, unsigned long addr)
{
	if (!vdso_total_pages)
		return;
	if (install_special_mapping(mm, addr, PAGE_SIZE, VM_READ | VM_MAYREAD,
				    vdso_data_page, "[vvar]"))
		return;
	addr += PAGE_SIZE;
	if (install_special_mapping(mm, addr, vdso_text_npages << PAGE_SHIFT,
				    VM_READ | VM_EXEC | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC,
				    vdso_text_pages, "[vdso]"))
		return;
	mm->vdso = addr;
}
