/* SPDX-License-Identifier: GPL-2.0 */
/* The arm64 side of loading modules: relocation types, PLT entries. */
#ifndef __ASM_MODULE_H
#define __ASM_MODULE_H

#include <linux/types.h>
#include <linux/elf.h>

struct module;

/* AArch64 ELF psABI relocation types arm64 Linux applies */
#define R_ARM_NONE			0
#define R_AARCH64_NONE			256
#define R_AARCH64_ABS64			257
#define R_AARCH64_ABS32			258
#define R_AARCH64_ABS16			259
#define R_AARCH64_PREL64		260
#define R_AARCH64_PREL32		261
#define R_AARCH64_PREL16		262
#define R_AARCH64_MOVW_UABS_G0		263
#define R_AARCH64_MOVW_UABS_G0_NC	264
#define R_AARCH64_MOVW_UABS_G1		265
#define R_AARCH64_MOVW_UABS_G1_NC	266
#define R_AARCH64_MOVW_UABS_G2		267
#define R_AARCH64_MOVW_UABS_G2_NC	268
#define R_AARCH64_MOVW_UABS_G3		269
#define R_AARCH64_MOVW_SABS_G0		270
#define R_AARCH64_MOVW_SABS_G1		271
#define R_AARCH64_MOVW_SABS_G2		272
#define R_AARCH64_LD_PREL_LO19		273
#define R_AARCH64_ADR_PREL_LO21		274
#define R_AARCH64_ADR_PREL_PG_HI21	275
#define R_AARCH64_ADR_PREL_PG_HI21_NC	276
#define R_AARCH64_ADD_ABS_LO12_NC	277
#define R_AARCH64_LDST8_ABS_LO12_NC	278
#define R_AARCH64_TSTBR14		279
#define R_AARCH64_CONDBR19		280
#define R_AARCH64_JUMP26		282
#define R_AARCH64_CALL26		283
#define R_AARCH64_LDST16_ABS_LO12_NC	284
#define R_AARCH64_LDST32_ABS_LO12_NC	285
#define R_AARCH64_LDST64_ABS_LO12_NC	286
#define R_AARCH64_MOVW_PREL_G0		287
#define R_AARCH64_MOVW_PREL_G0_NC	288
#define R_AARCH64_MOVW_PREL_G1		289
#define R_AARCH64_MOVW_PREL_G1_NC	290
#define R_AARCH64_MOVW_PREL_G2		291
#define R_AARCH64_MOVW_PREL_G2_NC	292
#define R_AARCH64_MOVW_PREL_G3		293
#define R_AARCH64_LDST128_ABS_LO12_NC	299

struct mod_plt_sec {
	int plt_shndx;
	int plt_num_entries;
	int plt_max_entries;
};

struct mod_arch_specific {
	struct mod_plt_sec core;
	struct mod_plt_sec init;
};

/* adrp x16, <page>; add x16, x16, #<lo12>; br x16 */
struct plt_entry {
	u32 adrp;
	u32 add;
	u32 br;
};

/* Debian's CONFIG_DYNAMIC_FTRACE_WITH_REGS: two ftrace trampolines */
#define NR_FTRACE_PLTS		2

void *module_alloc(unsigned long size);
void module_memfree(void *region);
int module_frob_arch_sections(Elf64_Ehdr *hdr, Elf64_Shdr *sechdrs,
			      char *secstrings, struct module *mod);
int module_finalize(const Elf64_Ehdr *hdr, const Elf64_Shdr *sechdrs,
		    struct module *me);
#define HAVE_APPLY_RELOCATE_ADD
int apply_relocate_add(Elf64_Shdr *sechdrs, const char *strtab,
		       unsigned int symindex, unsigned int relsec,
		       struct module *me);

#endif
