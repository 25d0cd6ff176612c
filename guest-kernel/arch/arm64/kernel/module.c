// SPDX-License-Identifier: GPL-2.0
/*
 * The arm64 part of loading modules: where their memory goes, the PLT
 * sections kbuild leaves empty, and applying RELA relocations with arm64
 * Linux's overflow rules and messages.
 *
 * Module memory is the 64 MiB right below the kernel image, so every
 * CALL26/JUMP26 into the kernel is in range; PLT entries are still
 * sized as Linux sizes them (they count in the module's size) and used
 * if a branch ever is out of range.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/module.h>
#include <linux/sort.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/alternative.h>
#include <asm/insn.h>
#include <asm/memory.h>
#include <asm/module.h>
#include <asm/page.h>
#include <asm/pgtable-hwdef.h>

#define S16_MIN		(-0x8000LL)
#define S16_MAX		0x7fffLL
#define U16_MAX		0xffffULL
#define S32_MIN		(-0x80000000LL)
#define S32_MAX		0x7fffffffLL
#define U32_MAX		0xffffffffULL

void *module_alloc(unsigned long size)
{
	/* writable, not executable, until module_enable_x() and friends */
	return __vmalloc_node_range(size, PAGE_SIZE, MODULES_VADDR, MODULES_END,
				    PAGE_KERNEL, __builtin_return_address(0));
}

void module_memfree(void *region)
{
	vfree(region);
}

enum reloc_op { RELOC_OP_NONE, RELOC_OP_ABS, RELOC_OP_PREL, RELOC_OP_PAGE };

/*
 * The helpers go inline into apply_relocate_add(), as GCC puts Linux's:
 * a bad r_offset faults there, as on Linux, not in a helper.
 */
static __always_inline u64 do_reloc(enum reloc_op op, void *place, u64 val)
{
	switch (op) {
	case RELOC_OP_ABS:
		return val;
	case RELOC_OP_PREL:
		return val - (u64)place;
	case RELOC_OP_PAGE:
		return (val & ~0xfffULL) - ((u64)place & ~0xfffULL);
	default:
		return 0;
	}
}

/*
 * Data: 16 and 32-bit absolute values are unsigned, place-relative ones
 * signed, as arm64 Linux checks them.
 */
static __always_inline int reloc_data(enum reloc_op op, void *place, u64 val, int len)
{
	s64 sval = do_reloc(op, place, val);
	bool abs = op == RELOC_OP_ABS;

	switch (len) {
	case 16:
		*(s16 *)place = sval;
		if (abs ? sval < 0 || sval > U16_MAX
			: sval < S16_MIN || sval > S16_MAX)
			return -ERANGE;
		return 0;
	case 32:
		*(s32 *)place = sval;
		if (abs ? sval < 0 || sval > (s64)U32_MAX
			: sval < S32_MIN || sval > S32_MAX)
			return -ERANGE;
		return 0;
	default:
		*(s64 *)place = sval;
		return 0;
	}
}

/* MOVZ/MOVK/MOVN: signed kinds become MOVZ or MOVN by the value's sign. */
static __always_inline int reloc_insn_movw(enum reloc_op op, u32 *place, u64 val, int lsb,
			   bool signed_kind)
{
	s64 sval = do_reloc(op, place, val);
	u64 imm = sval >> lsb;
	u32 insn = *place;

	if (signed_kind) {
		insn &= ~(3U << 29);
		if (sval >= 0)
			insn |= 2U << 29;
		else
			imm = ~imm;
	}
	*place = aarch64_insn_encode_immediate(AARCH64_INSN_IMM_16, insn, imm);
	return imm > U16_MAX ? -ERANGE : 0;
}

static __always_inline int reloc_insn_imm(enum reloc_op op, u32 *place, u64 val, int lsb,
			  int len, enum aarch64_insn_imm_type type)
{
	s64 sval = (s64)do_reloc(op, place, val) >> lsb;	/* arithmetic */
	u64 imm_mask = (BIT(lsb + len) - 1) >> lsb;

	*place = aarch64_insn_encode_immediate(type, *place, sval & imm_mask);
	/* the bits above the field, with its sign bit, must all agree */
	sval = (s64)(sval & ~(imm_mask >> 1)) >> (len - 1);
	return (u64)(sval + 1) >= 2 ? -ERANGE : 0;
}

static bool in_init_text(struct module *mod, void *loc)
{
	unsigned long base = (unsigned long)mod->init_layout.base;

	return (unsigned long)loc - base < mod->init_layout.size;
}

static u32 plt_adrp_add_br(u64 target, u64 pc, u32 *adrp, u32 *add)
{
	s64 pages = (s64)((target & ~0xfffULL) - (pc & ~0xfffULL)) >> 12;

	*adrp = aarch64_insn_encode_immediate(AARCH64_INSN_IMM_ADR, 0x90000010, pages);	/* adrp x16 */
	*add = aarch64_insn_encode_immediate(AARCH64_INSN_IMM_12, 0x91000210, target & 0xfff); /* add x16 */
	return 0xd61f0200;				/* br x16 */
}

/* A PLT entry for a branch to val that does not reach: its address. */
static u64 module_emit_plt_entry(struct module *mod, Elf64_Shdr *sechdrs,
				 void *loc, u64 val)
{
	struct mod_plt_sec *pltsec = in_init_text(mod, loc) ? &mod->arch.init
							    : &mod->arch.core;
	struct plt_entry *plt = (void *)sechdrs[pltsec->plt_shndx].sh_addr;
	int i;

	for (i = 0; i < pltsec->plt_num_entries; i++) {
		u32 adrp, add;

		plt_adrp_add_br(val, (u64)&plt[i], &adrp, &add);
		if (plt[i].adrp == adrp && plt[i].add == add)
			return (u64)&plt[i];
	}
	if (pltsec->plt_num_entries >= pltsec->plt_max_entries)
		return 0;
	plt += pltsec->plt_num_entries++;
	plt->br = plt_adrp_add_br(val, (u64)plt, &plt->adrp, &plt->add);
	return (u64)plt;
}

static __always_inline int reloc_branch26(struct module *me, Elf64_Shdr *sechdrs, u32 *loc,
			  u64 val)
{
	int ovf = reloc_insn_imm(RELOC_OP_PREL, loc, val, 2, 26, AARCH64_INSN_IMM_26);

	if (ovf != -ERANGE)
		return ovf;
	val = module_emit_plt_entry(me, sechdrs, loc, val);
	if (!val)
		return -ENOEXEC;
	return reloc_insn_imm(RELOC_OP_PREL, loc, val, 2, 26, AARCH64_INSN_IMM_26);
}

/*
 * One relocation: 0, -ERANGE on overflow, -ENOEXEC for a type we do not
 * know. *check says whether overflow matters for this type.
 */
static __always_inline int apply_one(struct module *me, Elf64_Shdr *sechdrs, u32 type,
		     void *loc, u64 val, bool *check)
{
	*check = true;
	switch (type) {
	case R_ARM_NONE:
	case R_AARCH64_NONE:
		return 0;
	case R_AARCH64_ABS64:
		*check = false;
		return reloc_data(RELOC_OP_ABS, loc, val, 64);
	case R_AARCH64_ABS32:
		return reloc_data(RELOC_OP_ABS, loc, val, 32);
	case R_AARCH64_ABS16:
		return reloc_data(RELOC_OP_ABS, loc, val, 16);
	case R_AARCH64_PREL64:
		*check = false;
		return reloc_data(RELOC_OP_PREL, loc, val, 64);
	case R_AARCH64_PREL32:
		return reloc_data(RELOC_OP_PREL, loc, val, 32);
	case R_AARCH64_PREL16:
		return reloc_data(RELOC_OP_PREL, loc, val, 16);
	case R_AARCH64_MOVW_UABS_G0_NC:
		*check = false;
		fallthrough;
	case R_AARCH64_MOVW_UABS_G0:
		return reloc_insn_movw(RELOC_OP_ABS, loc, val, 0, false);
	case R_AARCH64_MOVW_UABS_G1_NC:
		*check = false;
		fallthrough;
	case R_AARCH64_MOVW_UABS_G1:
		return reloc_insn_movw(RELOC_OP_ABS, loc, val, 16, false);
	case R_AARCH64_MOVW_UABS_G2_NC:
		*check = false;
		fallthrough;
	case R_AARCH64_MOVW_UABS_G2:
		return reloc_insn_movw(RELOC_OP_ABS, loc, val, 32, false);
	case R_AARCH64_MOVW_UABS_G3:
		*check = false;	/* the top bits: nothing to overflow */
		return reloc_insn_movw(RELOC_OP_ABS, loc, val, 48, false);
	case R_AARCH64_MOVW_SABS_G0:
		return reloc_insn_movw(RELOC_OP_ABS, loc, val, 0, true);
	case R_AARCH64_MOVW_SABS_G1:
		return reloc_insn_movw(RELOC_OP_ABS, loc, val, 16, true);
	case R_AARCH64_MOVW_SABS_G2:
		return reloc_insn_movw(RELOC_OP_ABS, loc, val, 32, true);
	case R_AARCH64_MOVW_PREL_G0_NC:
		*check = false;
		return reloc_insn_movw(RELOC_OP_PREL, loc, val, 0, false);
	case R_AARCH64_MOVW_PREL_G0:
		return reloc_insn_movw(RELOC_OP_PREL, loc, val, 0, true);
	case R_AARCH64_MOVW_PREL_G1_NC:
		*check = false;
		return reloc_insn_movw(RELOC_OP_PREL, loc, val, 16, false);
	case R_AARCH64_MOVW_PREL_G1:
		return reloc_insn_movw(RELOC_OP_PREL, loc, val, 16, true);
	case R_AARCH64_MOVW_PREL_G2_NC:
		*check = false;
		return reloc_insn_movw(RELOC_OP_PREL, loc, val, 32, false);
	case R_AARCH64_MOVW_PREL_G2:
		return reloc_insn_movw(RELOC_OP_PREL, loc, val, 32, true);
	case R_AARCH64_MOVW_PREL_G3:
		*check = false;
		return reloc_insn_movw(RELOC_OP_PREL, loc, val, 48, true);
	case R_AARCH64_LD_PREL_LO19:
		return reloc_insn_imm(RELOC_OP_PREL, loc, val, 2, 19, AARCH64_INSN_IMM_19);
	case R_AARCH64_ADR_PREL_LO21:
		return reloc_insn_imm(RELOC_OP_PREL, loc, val, 0, 21, AARCH64_INSN_IMM_ADR);
	case R_AARCH64_ADR_PREL_PG_HI21_NC:
		*check = false;
		fallthrough;
	case R_AARCH64_ADR_PREL_PG_HI21:
		return reloc_insn_imm(RELOC_OP_PAGE, loc, val, 12, 21, AARCH64_INSN_IMM_ADR);
	case R_AARCH64_ADD_ABS_LO12_NC:
	case R_AARCH64_LDST8_ABS_LO12_NC:
		*check = false;
		return reloc_insn_imm(RELOC_OP_ABS, loc, val, 0, 12, AARCH64_INSN_IMM_12);
	case R_AARCH64_LDST16_ABS_LO12_NC:
		*check = false;
		return reloc_insn_imm(RELOC_OP_ABS, loc, val, 1, 11, AARCH64_INSN_IMM_12);
	case R_AARCH64_LDST32_ABS_LO12_NC:
		*check = false;
		return reloc_insn_imm(RELOC_OP_ABS, loc, val, 2, 10, AARCH64_INSN_IMM_12);
	case R_AARCH64_LDST64_ABS_LO12_NC:
		*check = false;
		return reloc_insn_imm(RELOC_OP_ABS, loc, val, 3, 9, AARCH64_INSN_IMM_12);
	case R_AARCH64_LDST128_ABS_LO12_NC:
		*check = false;
		return reloc_insn_imm(RELOC_OP_ABS, loc, val, 4, 8, AARCH64_INSN_IMM_12);
	case R_AARCH64_TSTBR14:
		return reloc_insn_imm(RELOC_OP_PREL, loc, val, 2, 14, AARCH64_INSN_IMM_14);
	case R_AARCH64_CONDBR19:
		return reloc_insn_imm(RELOC_OP_PREL, loc, val, 2, 19, AARCH64_INSN_IMM_19);
	case R_AARCH64_JUMP26:
	case R_AARCH64_CALL26:
		return reloc_branch26(me, sechdrs, loc, val);
	default:
		return -ENOEXEC;
	}
}

int apply_relocate_add(Elf64_Shdr *sechdrs, const char *strtab,
		       unsigned int symindex, unsigned int relsec,
		       struct module *me)
{
	Elf64_Rela *rel = (void *)sechdrs[relsec].sh_addr;
	unsigned long base = sechdrs[sechdrs[relsec].sh_info].sh_addr;
	Elf64_Sym *syms = (void *)sechdrs[symindex].sh_addr;
	unsigned int i;

	for (i = 0; i < sechdrs[relsec].sh_size / sizeof(*rel); i++) {
		u32 type = ELF64_R_TYPE(rel[i].r_info);
		Elf64_Sym *sym = syms + ELF64_R_SYM(rel[i].r_info);
		u64 val = sym->st_value + rel[i].r_addend;
		bool check;
		int err;

		err = apply_one(me, sechdrs, type, (void *)(base + rel[i].r_offset),
				val, &check);
		if (err == -ENOEXEC && type != R_AARCH64_JUMP26 &&
		    type != R_AARCH64_CALL26) {
			pr_err("module %s: unsupported RELA relocation: %u\n",
			       me->name, type);
			return -ENOEXEC;
		}
		if (err == -ENOEXEC)
			return err;
		if (check && err == -ERANGE) {
			pr_err("module %s: overflow in relocation type %d val %llx\n",
			       me->name, (int)type, val);
			return -ENOEXEC;
		}
	}
	return 0;
}

static bool is_init_section(const char *name)
{
	return !strncmp(name, ".init", 5);
}

#define cmp_3way(a, b)	((a) < (b) ? -1 : (a) > (b))

/* By type, then symbol, then addend: equal ones share a PLT entry. */
static int cmp_rela(const void *a, const void *b)
{
	const Elf64_Rela *x = a, *y = b;
	int i;

	i = cmp_3way(ELF64_R_TYPE(x->r_info), ELF64_R_TYPE(y->r_info));
	if (i == 0)
		i = cmp_3way(ELF64_R_SYM(x->r_info), ELF64_R_SYM(y->r_info));
	if (i == 0)
		i = cmp_3way(x->r_addend, y->r_addend);
	return i;
}

/* The relocations needing a PLT are sorted: a duplicate follows its twin. */
static bool duplicate_rel(const Elf64_Rela *rela, int num)
{
	return num > 0 && cmp_rela(rela + num, rela + num - 1) == 0;
}

/* A branch to a symbol of another section may need a PLT entry. */
static bool branch_rela_needs_plt(const Elf64_Sym *syms, const Elf64_Rela *rela,
				  unsigned int dstidx)
{
	const Elf64_Sym *s = syms + ELF64_R_SYM(rela->r_info);	/* read first, as Linux */

	if (s->st_shndx == dstidx)
		return false;
	return ELF64_R_TYPE(rela->r_info) == R_AARCH64_JUMP26 ||
	       ELF64_R_TYPE(rela->r_info) == R_AARCH64_CALL26;
}

/*
 * Move the branch relocations that may need a PLT entry to the front of
 * the section (the copy is ours to reorder); returns how many there are.
 */
static int partition_branch_plt_relas(const Elf64_Sym *syms, Elf64_Rela *rela,
				      int numrels, unsigned int dstidx)
{
	int i = 0, j = numrels - 1;

	while (i < j) {
		if (branch_rela_needs_plt(syms, &rela[i], dstidx)) {
			i++;
		} else if (branch_rela_needs_plt(syms, &rela[j], dstidx)) {
			Elf64_Rela t = rela[i];

			rela[i] = rela[j];
			rela[j] = t;
		} else {
			j--;
		}
	}
	return i;
}

/* Branches to another section may need a PLT entry (Linux's count). */
static unsigned int count_plts(const Elf64_Sym *syms, const Elf64_Rela *rela,
			       int num, unsigned int dstidx)
{
	unsigned int ret = 0;
	int i;

	for (i = 0; i < num; i++) {
		u32 type = ELF64_R_TYPE(rela[i].r_info);

		if (type != R_AARCH64_JUMP26 && type != R_AARCH64_CALL26)
			continue;
		if (syms[ELF64_R_SYM(rela[i].r_info)].st_shndx == dstidx)
			continue;
		if (rela[i].r_addend != 0 || !duplicate_rel(rela, i))
			ret++;
	}
	return ret;
}

static void size_plt_section(Elf64_Shdr *pltsec, struct mod_plt_sec *plt,
			     unsigned int entries)
{
	pltsec->sh_type = SHT_NOBITS;
	pltsec->sh_flags = SHF_EXECINSTR | SHF_ALLOC;
	pltsec->sh_addralign = 64;	/* L1_CACHE_BYTES */
	pltsec->sh_size = (entries + 1) * sizeof(struct plt_entry);
	plt->plt_num_entries = 0;
	plt->plt_max_entries = entries;
}

/* Give the empty .plt, .init.plt and ftrace trampoline sections their size. */
int module_frob_arch_sections(Elf64_Ehdr *hdr, Elf64_Shdr *sechdrs,
			      char *secstrings, struct module *mod)
{
	unsigned int core_plts = 0, init_plts = 0;
	Elf64_Shdr *tramp = NULL;
	Elf64_Sym *syms = NULL;
	int i;

	for (i = 0; i < hdr->e_shnum; i++) {
		const char *name = secstrings + sechdrs[i].sh_name;

		if (!strcmp(name, ".plt"))
			mod->arch.core.plt_shndx = i;
		else if (!strcmp(name, ".init.plt"))
			mod->arch.init.plt_shndx = i;
		else if (!strcmp(name, ".text.ftrace_trampoline"))
			tramp = &sechdrs[i];
		else if (sechdrs[i].sh_type == SHT_SYMTAB)
			syms = (Elf64_Sym *)sechdrs[i].sh_addr;
	}
	if (!mod->arch.core.plt_shndx || !mod->arch.init.plt_shndx) {
		pr_err("%s: module PLT section(s) missing\n", mod->name);
		return -ENOEXEC;
	}
	if (!syms) {
		pr_err("%s: module symtab section missing\n", mod->name);
		return -ENOEXEC;
	}

	for (i = 0; i < hdr->e_shnum; i++) {
		Elf64_Rela *rels = (void *)hdr + sechdrs[i].sh_offset;
		int num = sechdrs[i].sh_size / sizeof(Elf64_Rela);
		Elf64_Shdr *dst = &sechdrs[sechdrs[i].sh_info];	/* sh_info unchecked, as in 6.1 */
		unsigned int n;

		if (sechdrs[i].sh_type != SHT_RELA ||
		    !(dst->sh_flags & SHF_EXECINSTR))
			continue;
		n = partition_branch_plt_relas(syms, rels, num, sechdrs[i].sh_info);
		if (n)
			sort(rels, n, sizeof(Elf64_Rela), cmp_rela, NULL);
		n = count_plts(syms, rels, num, sechdrs[i].sh_info);
		if (is_init_section(secstrings + dst->sh_name))
			init_plts += n;
		else
			core_plts += n;
	}

	size_plt_section(&sechdrs[mod->arch.core.plt_shndx], &mod->arch.core,
			 core_plts);
	size_plt_section(&sechdrs[mod->arch.init.plt_shndx], &mod->arch.init,
			 init_plts);
	if (tramp) {
		tramp->sh_type = SHT_NOBITS;
		tramp->sh_flags = SHF_EXECINSTR | SHF_ALLOC;
		tramp->sh_addralign = __alignof__(struct plt_entry);
		tramp->sh_size = NR_FTRACE_PLTS * sizeof(struct plt_entry);
	}
	return 0;
}

static const Elf64_Shdr *find_section(const Elf64_Ehdr *hdr,
				      const Elf64_Shdr *sechdrs,
				      const char *name)
{
	const char *secstrs = (void *)hdr + sechdrs[hdr->e_shstrndx].sh_offset;
	unsigned int i;

	for (i = 1; i < hdr->e_shnum; i++)
		if (!strcmp(name, secstrs + sechdrs[i].sh_name))
			return &sechdrs[i];
	return NULL;
}

/*
 * After relocation: the module's alternatives are applied for this
 * CPU. Linux then fills .text.ftrace_trampoline with PLTs to
 * ftrace_caller/ftrace_regs_caller; there is no ftrace tracer here to
 * branch to, and no call site is ever turned into a call, so the
 * section keeps its size (it counts in the module's) and stays zero.
 */
int module_finalize(const Elf64_Ehdr *hdr, const Elf64_Shdr *sechdrs,
		    struct module *me)
{
	const Elf64_Shdr *s = find_section(hdr, sechdrs, ".altinstructions");

	if (s)
		apply_alternatives_module((void *)s->sh_addr, s->sh_size);
	return 0;
}
