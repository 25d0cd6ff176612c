// SPDX-License-Identifier: GPL-2.0
/*
 * Module memory permissions once it is formed (CONFIG_STRICT_MODULE_RWX):
 * text read-only and executable, rodata read-only, ro_after_init
 * read-only once init has run, the rest writable and never executable.
 * layout_sections() page-aligned each part for this.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <asm/pgtable-hwdef.h>
#include "internal.h"

static void frob_range(const struct module_layout *layout, unsigned int from,
		       unsigned int to, pgprot_t prot)
{
	if (to > from)
		protect_kernel_range((unsigned long)layout->base + from,
				     (to - from) >> PAGE_SHIFT, prot);
}

static void frob_layout(const struct module_layout *layout, bool ro_after_init)
{
	unsigned int ro_end = ro_after_init ? layout->ro_after_init_size
					    : layout->ro_size;

	if (!layout->base)
		return;
	frob_range(layout, 0, layout->text_size, PAGE_KERNEL_ROX);
	frob_range(layout, layout->text_size, ro_end, PAGE_KERNEL_RO);
	frob_range(layout, ro_end, layout->size, PAGE_KERNEL);
}

/* complete_formation(): after relocation, before init */
void module_enable_protections(const struct module *mod)
{
	/* as Linux's module_enable_ro(): their free purges lazily freed areas */
	set_vm_flush_reset_perms(mod->core_layout.base);
	set_vm_flush_reset_perms(mod->init_layout.base);
	frob_layout(&mod->core_layout, false);
	frob_layout(&mod->init_layout, false);
}

/* do_init_module(): init has run, ro_after_init data becomes read-only */
void module_enable_ro_after_init(const struct module *mod)
{
	frob_layout(&mod->core_layout, true);
}
