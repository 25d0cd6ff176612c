// SPDX-License-Identifier: GPL-2.0
/*
 * Loading modules on 32-bit ARM, as Linux/arm's module.c: the module
 * area (16 MiB below the kernel, in branch range of it), and the REL
 * relocations Debian's armhf modules carry: R_ARM_NONE, ABS32, REL32,
 * CALL and JUMP24 (through a PLT when out of range, module-plts.c),
 * PREL31 (unwind tables), MOVW_ABS_NC and MOVT_ABS (and their
 * place-relative MOVW_PREL_NC and MOVT_PREL). Addends are the
 * instructions' own fields. Then __pa()/__va() in the module are patched
 * with the phys-virt offset (.pv_table).
 */
#include <linux/kernel.h>
#include <linux/elf.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/moduleloader.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/cacheflush.h>
#include <asm/memory.h>
#include <asm/module.h>
#include <asm/pgtable.h>

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

/* The unwind tables of init code go with it (CONFIG_ARM_UNWIND), as Linux/arm's. */
bool module_init_section(const char *name)
{
	return strstarts(name, ".init") ||
	       strstarts(name, ".ARM.extab.init") ||
	       strstarts(name, ".ARM.exidx.init");
}

static s32 sign_extend32(u32 value, int index)
{
	u8 shift = 31 - index;

	return (s32)(value << shift) >> shift;
}

static bool branch_in_range(s32 offset)
{
	return offset > (s32)0xfe000000 && offset < (s32)0x02000000;
}

int apply_relocate(Elf32_Shdr *sechdrs, const char *strtab,
		   unsigned int symindex, unsigned int relindex,
		   struct module *module)
{
	Elf32_Shdr *symsec = sechdrs + symindex;
	Elf32_Shdr *relsec = sechdrs + relindex;
	Elf32_Shdr *dstsec = sechdrs + relsec->sh_info;
	Elf32_Rel *rel = (void *)relsec->sh_addr;
	unsigned int i;

	for (i = 0; i < relsec->sh_size / sizeof(Elf32_Rel); i++, rel++) {
		unsigned long loc;
		Elf32_Sym *sym;
		const char *symname;
		s32 offset;
		u32 tmp;

		offset = ELF32_R_SYM(rel->r_info);
		if (offset < 0 || offset > (symsec->sh_size / sizeof(Elf32_Sym))) {
			pr_err("%s: section %u reloc %u: bad relocation sym offset\n",
			       module->name, relindex, i);
			return -ENOEXEC;
		}
		sym = ((Elf32_Sym *)symsec->sh_addr) + offset;
		symname = strtab + sym->st_name;

		if (rel->r_offset < 0 ||
		    rel->r_offset > dstsec->sh_size - sizeof(u32)) {
			pr_err("%s: section %u reloc %u sym '%s': out of bounds relocation, offset %d size %u\n",
			       module->name, relindex, i, symname,
			       rel->r_offset, dstsec->sh_size);
			return -ENOEXEC;
		}
		loc = dstsec->sh_addr + rel->r_offset;

		switch (ELF32_R_TYPE(rel->r_info)) {
		case R_ARM_NONE:
			break;

		case R_ARM_ABS32:
			*(u32 *)loc += sym->st_value;
			break;

		case R_ARM_PC24:
		case R_ARM_CALL:
		case R_ARM_JUMP24:
			if (sym->st_value & 3) {
				pr_err("%s: section %u reloc %u sym '%s': unsupported interworking call (ARM -> Thumb)\n",
				       module->name, relindex, i, symname);
				return -ENOEXEC;
			}
			offset = sign_extend32((*(u32 *)loc & 0x00ffffff) << 2, 25);
			offset += sym->st_value - loc;
			/* out of range: through a PLT (offset + loc + 8 is the target) */
			if (!branch_in_range(offset))
				offset = get_module_plt(module, loc, offset + loc + 8) - loc - 8;
			if (!branch_in_range(offset)) {
				pr_err("%s: section %u reloc %u sym '%s': relocation %u out of range (%#lx -> %#x)\n",
				       module->name, relindex, i, symname,
				       ELF32_R_TYPE(rel->r_info), loc, sym->st_value);
				return -ENOEXEC;
			}
			*(u32 *)loc &= 0xff000000;
			*(u32 *)loc |= (offset >> 2) & 0x00ffffff;
			break;

		case R_ARM_V4BX:
			/* bx rm as mov pc, rm: keep the condition and rm */
			*(u32 *)loc &= 0xf000000f;
			*(u32 *)loc |= 0x01a0f000;
			break;

		case R_ARM_PREL31:
			offset = (*(s32 *)loc << 1) >> 1;	/* sign extend */
			offset += sym->st_value - loc;
			if (offset >= 0x40000000 || offset < -0x40000000) {
				pr_err("%s: section %u reloc %u sym '%s': relocation %u out of range (%#lx -> %#x)\n",
				       module->name, relindex, i, symname,
				       ELF32_R_TYPE(rel->r_info), loc, sym->st_value);
				return -ENOEXEC;
			}
			*(u32 *)loc &= 0x80000000;
			*(u32 *)loc |= offset & 0x7fffffff;
			break;

		case R_ARM_REL32:
			*(u32 *)loc += sym->st_value - loc;
			break;

		case R_ARM_MOVW_ABS_NC:
		case R_ARM_MOVT_ABS:
		case R_ARM_MOVW_PREL_NC:
		case R_ARM_MOVT_PREL:
			tmp = *(u32 *)loc;
			offset = ((tmp & 0xf0000) >> 4) | (tmp & 0xfff);
			offset = sign_extend32(offset, 15);
			offset += sym->st_value;
			if (ELF32_R_TYPE(rel->r_info) == R_ARM_MOVW_PREL_NC ||
			    ELF32_R_TYPE(rel->r_info) == R_ARM_MOVT_PREL)
				offset -= loc;
			if (ELF32_R_TYPE(rel->r_info) == R_ARM_MOVT_ABS ||
			    ELF32_R_TYPE(rel->r_info) == R_ARM_MOVT_PREL)
				offset >>= 16;
			tmp &= 0xfff0f000;
			tmp |= ((offset & 0xf000) << 4) | (offset & 0x0fff);
			*(u32 *)loc = tmp;
			break;

		default:
			pr_err("%s: unknown relocation: %u\n",
			       module->name, ELF32_R_TYPE(rel->r_info));
			return -ENOEXEC;
		}
	}
	return 0;
}

/*
 * CONFIG_ARM_PATCH_PHYS_VIRT: each .pv_table entry (place-relative) is an
 * "add"/"sub" of __virt_to_phys() or __phys_to_virt() whose 8-bit
 * immediate takes a byte of the phys-virt offset: bits 31-24 where the
 * immediate is rotated right by 8, bits 23-16 where it is by 16.
 */
#define PV_IMM_ROT_31_24	4
#define PV_IMM_ROT_23_16	8

void fixup_pv_table(const void *start, unsigned long size)
{
	u32 offset = (u32)__pv_offset;
	const s32 *entry;

	for (entry = start; (void *)entry < start + size; entry++) {
		u32 *insn = (u32 *)((unsigned long)entry + *entry);
		u32 rot = (*insn >> 8) & 0xf, byte;

		if (rot == PV_IMM_ROT_31_24)
			byte = offset >> 24;
		else if (rot == PV_IMM_ROT_23_16)
			byte = (offset >> 16) & 0xff;
		else
			continue;
		*insn = (*insn & ~0xffU) | byte;
		flush_icache_range((unsigned long)insn, (unsigned long)insn + 4);
	}
}

int module_finalize(const Elf32_Ehdr *hdr, const Elf32_Shdr *sechdrs,
		    struct module *me)
{
	const char *secstrings = (char *)hdr + sechdrs[hdr->e_shstrndx].sh_offset;
	unsigned int i;

	for (i = 1; i < hdr->e_shnum; i++)
		if (!strcmp(secstrings + sechdrs[i].sh_name, ".pv_table"))
			fixup_pv_table((void *)sechdrs[i].sh_addr, sechdrs[i].sh_size);
	me->arch.core.plt_ent = (struct plt_entries *)me->arch.core.plt->sh_addr;
	me->arch.init.plt_ent = (struct plt_entries *)me->arch.init.plt->sh_addr;
	return 0;
}
