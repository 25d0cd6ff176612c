// SPDX-License-Identifier: GPL-2.0
/*
 * Module PLTs (CONFIG_ARM_MODULE_PLTS), as Linux/arm's module-plts.c: a
 * branch whose target is out of its +-32 MiB range goes through an entry
 * "ldr pc, [pc, #56]" whose literal, 64 bytes on, is the target. Entries
 * come in groups of 16 loads then 16 literals, one cache line each. The
 * .plt and .init.plt sections every armhf module has are sized here for
 * the worst case: one entry per distinct branch target in another section.
 */
#include <linux/kernel.h>
#include <linux/elf.h>
#include <linux/errno.h>
#include <linux/module.h>
#include <linux/sort.h>
#include <linux/string.h>
#include <asm/cache.h>
#include <asm/module.h>

#define PLT_ENT_STRIDE		L1_CACHE_BYTES
#define PLT_ENT_COUNT		(PLT_ENT_STRIDE / sizeof(u32))
#define PLT_ENT_SIZE		(sizeof(struct plt_entries) / PLT_ENT_COUNT)
#define PLT_ENT_LDR		(0xe59ff000 | (PLT_ENT_STRIDE - 8))	/* ldr pc, [pc, #56] */

struct plt_entries {
	u32 ldr[PLT_ENT_COUNT];
	u32 lit[PLT_ENT_COUNT];
};

extern void __gnu_mcount_nc(void);

/*
 * Linux (CONFIG_DYNAMIC_FTRACE, as Debian's) keeps each PLT's first two
 * entries for ftrace_caller and __gnu_mcount_nc, so every module's .plt
 * and .init.plt take room for them, which counts in its size. There is
 * no tracer here: the ftrace_caller slot stays 0, nothing branches there.
 */
static const u32 fixed_plts[] = {
	0,				/* FTRACE_ADDR */
	(u32)__gnu_mcount_nc,		/* MCOUNT_ADDR */
};

static void prealloc_fixed(struct mod_plt_sec *pltsec, struct plt_entries *plt)
{
	unsigned int i;

	if (pltsec->plt_count)
		return;
	pltsec->plt_count = ARRAY_SIZE(fixed_plts);
	for (i = 0; i < PLT_ENT_COUNT; i++) {
		plt->ldr[i] = PLT_ENT_LDR;
		plt->lit[i] = i < ARRAY_SIZE(fixed_plts) ? fixed_plts[i] : 0;
	}
}

static bool in_init(const struct module *mod, unsigned long loc)
{
	return loc - (unsigned long)mod->init_layout.base < mod->init_layout.size;
}

/* The PLT entry for val, reusing the last one made (relocations are sorted). */
u32 get_module_plt(struct module *mod, unsigned long loc, u32 val)
{
	struct mod_plt_sec *pltsec = in_init(mod, loc) ? &mod->arch.init : &mod->arch.core;
	Elf32_Shdr *sec = pltsec->plt;
	struct plt_entries *plt = (struct plt_entries *)sec->sh_addr;
	int idx;

	prealloc_fixed(pltsec, plt);
	for (idx = 0; idx < ARRAY_SIZE(fixed_plts); idx++)
		if (fixed_plts[idx] && plt->lit[idx] == val)
			return (u32)&plt->ldr[idx];
	idx = 0;
	if (pltsec->plt_count > 0) {
		plt += (pltsec->plt_count - 1) / PLT_ENT_COUNT;
		idx = (pltsec->plt_count - 1) % PLT_ENT_COUNT;
		if (plt->lit[idx] == val)
			return (u32)&plt->ldr[idx];
		idx = (idx + 1) % PLT_ENT_COUNT;
		if (!idx)
			plt++;
	}
	pltsec->plt_count++;
	BUG_ON(pltsec->plt_count * PLT_ENT_SIZE > sec->sh_size);
	if (!idx) {
		unsigned int i;

		for (i = 0; i < PLT_ENT_COUNT; i++) {
			plt->ldr[i] = PLT_ENT_LDR;
			plt->lit[i] = 0;
		}
	}
	plt->lit[idx] = val;
	return (u32)&plt->ldr[idx];
}

/* An ARM-state branch with the addend the assembler leaves for a call (-8) */
static bool is_zero_addend_relocation(Elf32_Addr base, const Elf32_Rel *rel)
{
	u32 *tval = (u32 *)(base + rel->r_offset);

	return (*tval & 0xffffff) == 0xfffffe;
}

static int cmp_3way(u32 a, u32 b)
{
	return a < b ? -1 : a > b;
}

/* By type, then symbol, as Linux sorts them: the order errors report them in. */
static int cmp_rel(const void *a, const void *b)
{
	const Elf32_Rel *x = a, *y = b;
	int i = cmp_3way(ELF32_R_TYPE(x->r_info), ELF32_R_TYPE(y->r_info));

	return i ? i : cmp_3way(ELF32_R_SYM(x->r_info), ELF32_R_SYM(y->r_info));
}

/* Sorted by type and symbol: a duplicate is the previous entry. */
static bool duplicate_rel(const Elf32_Rel *rel, int num)
{
	return num > 0 && cmp_rel(rel + num, rel + num - 1) == 0;
}

static unsigned int count_plts(const Elf32_Sym *syms, Elf32_Addr base,
			       const Elf32_Rel *rel, int num, Elf32_Word dstidx)
{
	unsigned int ret = 0;
	int i;

	for (i = 0; i < num; i++) {
		const Elf32_Sym *s;

		switch (ELF32_R_TYPE(rel[i].r_info)) {
		case R_ARM_CALL:
		case R_ARM_PC24:
		case R_ARM_JUMP24:
			/* a branch within its own section never needs one */
			s = syms + ELF32_R_SYM(rel[i].r_info);
			if (s->st_shndx == dstidx)
				break;
			if (!is_zero_addend_relocation(base, rel + i) ||
			    !duplicate_rel(rel, i))
				ret++;
		}
	}
	return ret;
}

static unsigned long plt_section_size(unsigned int plts)
{
	return ALIGN(plts * PLT_ENT_SIZE, sizeof(struct plt_entries));
}

static void setup_plt_section(Elf32_Shdr *s, unsigned int plts)
{
	s->sh_type = SHT_NOBITS;
	s->sh_flags = SHF_EXECINSTR | SHF_ALLOC;
	s->sh_addralign = L1_CACHE_BYTES;
	s->sh_size = plt_section_size(plts);
}

int module_frob_arch_sections(Elf32_Ehdr *ehdr, Elf32_Shdr *sechdrs,
			      char *secstrings, struct module *mod)
{
	Elf32_Shdr *s, *sechdrs_end = sechdrs + ehdr->e_shnum;
	unsigned int core_plts = ARRAY_SIZE(fixed_plts);
	unsigned int init_plts = ARRAY_SIZE(fixed_plts);
	Elf32_Sym *syms = NULL;

	mod->arch.core.plt = NULL;
	mod->arch.init.plt = NULL;
	for (s = sechdrs; s < sechdrs_end; ++s) {
		if (strcmp(".plt", secstrings + s->sh_name) == 0)
			mod->arch.core.plt = s;
		else if (strcmp(".init.plt", secstrings + s->sh_name) == 0)
			mod->arch.init.plt = s;
		else if (s->sh_type == SHT_SYMTAB)
			syms = (Elf32_Sym *)s->sh_addr;
	}
	if (!mod->arch.core.plt || !mod->arch.init.plt) {
		pr_err("%s: module PLT section(s) missing\n", mod->name);
		return -ENOEXEC;
	}
	if (!syms) {
		pr_err("%s: module symtab section missing\n", mod->name);
		return -ENOEXEC;
	}

	for (s = sechdrs + 1; s < sechdrs_end; ++s) {
		Elf32_Rel *rels = (void *)ehdr + s->sh_offset;
		int numrels = s->sh_size / sizeof(Elf32_Rel);
		Elf32_Shdr *dstsec = sechdrs + s->sh_info;

		if (s->sh_type != SHT_REL)
			continue;
		/* only branches in code need PLTs */
		if (!(dstsec->sh_flags & SHF_EXECINSTR))
			continue;
		sort(rels, numrels, sizeof(Elf32_Rel), cmp_rel, NULL);
		if (!strstarts(secstrings + dstsec->sh_name, ".init"))
			core_plts += count_plts(syms, dstsec->sh_addr, rels,
						numrels, s->sh_info);
		else
			init_plts += count_plts(syms, dstsec->sh_addr, rels,
						numrels, s->sh_info);
	}
	setup_plt_section(mod->arch.core.plt, core_plts);
	setup_plt_section(mod->arch.init.plt, init_plts);
	mod->arch.core.plt_count = 0;
	mod->arch.init.plt_count = 0;
	return 0;
}

static bool in_plt(const struct mod_plt_sec *pltsec, unsigned long loc)
{
	unsigned long base = (unsigned long)pltsec->plt_ent;

	return base && loc - base < pltsec->plt_count * PLT_ENT_SIZE;
}

/* Is loc one of a module's PLT entries (a backtrace through one)? */
bool in_module_plt(unsigned long loc)
{
	struct module *mod = __module_address(loc);

	return mod && (in_plt(&mod->arch.core, loc) || in_plt(&mod->arch.init, loc));
}
