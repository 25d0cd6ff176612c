/* SPDX-License-Identifier: GPL-2.0 */
/* The arm side of loading modules: relocation types, PLTs (CONFIG_ARM_MODULE_PLTS). */
#ifndef __ASM_MODULE_H
#define __ASM_MODULE_H

#include <linux/types.h>
#include <linux/elf.h>

struct module;

/* ARM ELF relocation types Debian's armhf modules use */
#define R_ARM_NONE		0
#define R_ARM_PC24		1
#define R_ARM_ABS32		2
#define R_ARM_REL32		3
#define R_ARM_CALL		28
#define R_ARM_JUMP24		29
#define R_ARM_V4BX		40
#define R_ARM_PREL31		42
#define R_ARM_MOVW_ABS_NC	43
#define R_ARM_MOVT_ABS		44
#define R_ARM_MOVW_PREL_NC	45
#define R_ARM_MOVT_PREL		46

/* ldr pc, [pc, #-4]; .word target, grouped as Linux's module-plts.c: 4 loads, then their targets */


struct plt_entries;

struct mod_plt_sec {
	Elf32_Shdr *plt;		/* .plt or .init.plt, while loading */
	struct plt_entries *plt_ent;	/* where it ended up */
	int plt_count;
};

struct mod_arch_specific {
	struct mod_plt_sec core;
	struct mod_plt_sec init;
};

void *module_alloc(unsigned long size);
void module_memfree(void *region);
int module_frob_arch_sections(Elf32_Ehdr *hdr, Elf32_Shdr *sechdrs,
			      char *secstrings, struct module *mod);
int module_finalize(const Elf32_Ehdr *hdr, const Elf32_Shdr *sechdrs,
		    struct module *me);
#define HAVE_APPLY_RELOCATE
int apply_relocate(Elf32_Shdr *sechdrs, const char *strtab,
		   unsigned int symindex, unsigned int relsec,
		   struct module *me);
u32 get_module_plt(struct module *mod, unsigned long loc, u32 val);
bool in_module_plt(unsigned long loc);

#endif
