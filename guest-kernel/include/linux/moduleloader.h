/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The architecture's relocation hooks, as Linux's <linux/moduleloader.h>:
 * an architecture applies REL sections (arm: HAVE_APPLY_RELOCATE), RELA
 * sections (arm64: HAVE_APPLY_RELOCATE_ADD), or both; the other kind is
 * refused with Linux's message.
 */
#ifndef _LINUX_MODULELOADER_H
#define _LINUX_MODULELOADER_H

#include <linux/elf.h>
#include <linux/errno.h>
#include <linux/printk.h>
#include <linux/module.h>

struct module;

/* Whether a section goes in the init layout, freed once init has run. */
bool module_init_section(const char *name);

#ifndef HAVE_APPLY_RELOCATE
static inline int apply_relocate(Elf_Shdr *sechdrs, const char *strtab,
				 unsigned int symindex, unsigned int relsec,
				 struct module *me)
{
	pr_err("module %s: REL relocation unsupported\n", me->name);
	return -ENOEXEC;
}
#endif

#ifndef HAVE_APPLY_RELOCATE_ADD
static inline int apply_relocate_add(Elf_Shdr *sechdrs, const char *strtab,
				     unsigned int symindex, unsigned int relsec,
				     struct module *me)
{
	pr_err("module %s: RELA relocation unsupported\n", me->name);
	return -ENOEXEC;
}
#endif

#endif
