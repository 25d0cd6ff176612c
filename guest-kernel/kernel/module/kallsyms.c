// SPDX-License-Identifier: GPL-2.0
/*
 * A loaded module's symbols in /proc/kallsyms: the named symbols of its
 * core text (Debian has no CONFIG_KALLSYMS_ALL), in symbol table order,
 * the newest module first; upper case when the module exports them.
 * Linux keeps them in the room layout_symtab() reserves in core memory;
 * here they are a kmalloc()ed copy, the room stays reserved for sizes.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/kallsyms.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

struct mod_kallsym {
	unsigned long value;
	char type;
	const char *name;
};

/* Every symbol, while init runs (Linux's mod->kallsyms before init ends). */
struct mod_kallsyms {
	Elf_Sym *symtab;
	unsigned int num_symtab;
	char *strtab;
};

/* Linux's elf_type() for what can be a core symbol here. */
static char elf_type(const Elf_Sym *sym, const struct load_info *info)
{
	const Elf_Shdr *sec = &info->sechdrs[sym->st_shndx];

	if ((sym->st_info >> 4) == STB_WEAK)
		return (sym->st_info & 0xf) == STT_OBJECT ? 'V' : 'W';
	if (sec->sh_flags & SHF_EXECINSTR)
		return 't';
	return '?';
}

/* kallsyms keeps a module's text symbols in core memory. */
static bool is_core_symbol(const Elf_Sym *src, const struct load_info *info)
{
	const Elf_Shdr *sec;

	if (src->st_shndx == SHN_UNDEF ||
	    src->st_shndx >= info->hdr->e_shnum || !src->st_name)
		return false;
	sec = &info->sechdrs[src->st_shndx];
	return (sec->sh_flags & SHF_ALLOC) && (sec->sh_flags & SHF_EXECINSTR) &&
	       !(sec->sh_entsize & INIT_OFFSET_MASK);
}

/* The room Linux's kallsyms takes: core symbols, whole tables in init. */
void layout_symtab(struct module *mod, struct load_info *info)
{
	Elf_Shdr *symsect = &info->sechdrs[info->index.sym];
	Elf_Shdr *strsect = &info->sechdrs[info->index.str];
	const Elf_Sym *src = (void *)info->hdr + symsect->sh_offset;
	unsigned int i, nsrc = symsect->sh_size / sizeof(*src), ndst = 0;
	unsigned long strtab_size = 0;
	struct module_layout *core = &mod->core_layout;

	symsect->sh_flags |= SHF_ALLOC;
	symsect->sh_entsize = module_get_offset(&mod->init_layout.size,
						symsect) | INIT_OFFSET_MASK;
	for (i = 0; i < nsrc; i++) {
		if (i == 0 || is_core_symbol(&src[i], info)) {
			strtab_size += strlen(&info->strtab[src[i].st_name]) + 1;
			ndst++;
		}
	}
	core->size = ALIGN(core->size, symsect->sh_addralign ?: 1);
	core->size += ndst * sizeof(Elf_Sym) + strtab_size + ndst;
	core->size = PAGE_ALIGN(core->size);

	strsect->sh_flags |= SHF_ALLOC;
	strsect->sh_entsize = module_get_offset(&mod->init_layout.size,
						strsect) | INIT_OFFSET_MASK;
	/* struct mod_kallsyms (24 bytes) and a type byte per symbol */
	mod->init_layout.size = ALIGN(mod->init_layout.size, 8) + 24 + nsrc;
	mod->init_layout.size = PAGE_ALIGN(mod->init_layout.size);
}

/* A copy of the whole (relocated) symbol table, for %pS during init. */
static int add_init_kallsyms(struct module *mod, const struct load_info *info)
{
	const Elf_Shdr *symsec = &info->sechdrs[info->index.sym];
	const Elf_Shdr *strsec = &info->sechdrs[info->index.str];
	struct mod_kallsyms *ks = kzalloc(sizeof(*ks), GFP_KERNEL);

	if (!ks)
		return -ENOMEM;
	ks->num_symtab = symsec->sh_size / sizeof(Elf_Sym);
	ks->symtab = kmalloc(symsec->sh_size, GFP_KERNEL);
	ks->strtab = kmalloc(strsec->sh_size, GFP_KERNEL);
	mod->init_kallsyms = ks;
	if (!ks->symtab || !ks->strtab)
		return -ENOMEM;
	memcpy(ks->symtab, (void *)symsec->sh_addr, symsec->sh_size);
	memcpy(ks->strtab, info->strtab, strsec->sh_size);
	return 0;
}

void free_init_kallsyms(struct module *mod)
{
	struct mod_kallsyms *ks = mod->init_kallsyms;

	mod->init_kallsyms = NULL;
	if (!ks)
		return;
	kfree(ks->symtab);
	kfree(ks->strtab);
	kfree(ks);
}

/* After simplify_symbols(): st_value are final addresses. */
int add_kallsyms(struct module *mod, const struct load_info *info)
{
	const Elf_Shdr *symsec = &info->sechdrs[info->index.sym];
	const Elf_Sym *src = (void *)symsec->sh_addr;
	unsigned int i, n = 0, nsrc = symsec->sh_size / sizeof(*src);
	size_t strsize = 0;
	char *s;

	if (add_init_kallsyms(mod, info))
		return -ENOMEM;
	for (i = 1; i < nsrc; i++) {
		if (is_core_symbol(&src[i], info)) {
			strsize += strlen(info->strtab + src[i].st_name) + 1;
			n++;
		}
	}
	if (!n)
		return 0;
	mod->ksyms = kmalloc(n * sizeof(*mod->ksyms), GFP_KERNEL);
	mod->ksym_strtab = kmalloc(strsize, GFP_KERNEL);
	if (!mod->ksyms || !mod->ksym_strtab) {
		free_kallsyms(mod);
		return -ENOMEM;
	}
	s = mod->ksym_strtab;
	for (i = 1; i < nsrc; i++) {
		struct mod_kallsym *k = &mod->ksyms[mod->num_ksyms];

		if (!is_core_symbol(&src[i], info))
			continue;
		k->value = src[i].st_value;
		k->type = elf_type(&src[i], info);
		k->name = s;
		strcpy(s, info->strtab + src[i].st_name);
		s += strlen(s) + 1;
		mod->num_ksyms++;
	}
	return 0;
}

void free_kallsyms(struct module *mod)
{
	free_init_kallsyms(mod);
	kfree(mod->ksyms);
	kfree(mod->ksym_strtab);
	mod->ksyms = NULL;
	mod->ksym_strtab = NULL;
	mod->num_ksyms = 0;
}

/* Does mod export name at value? */
static bool is_exported(const char *name, unsigned long value,
			const struct module *mod)
{
	struct find_symbol_arg fsa = { .name = name, .gplok = true };

	return find_symbol(&fsa) && fsa.owner == mod &&
	       kernel_symbol_value(fsa.sym) == value;
}

int module_get_kallsym(unsigned int symnum, unsigned long *value, char *type,
		       char *name, char *module_name, int *exported)
{
	struct module *mod;

	list_for_each_entry(mod, &modules, list) {
		const struct mod_kallsym *k;

		if (mod->state == MODULE_STATE_UNFORMED)
			continue;
		if (symnum >= mod->num_ksyms) {
			symnum -= mod->num_ksyms;
			continue;
		}
		k = &mod->ksyms[symnum];
		*value = k->value;
		*type = k->type;
		strscpy(name, k->name, KSYM_NAME_LEN);
		strscpy(module_name, mod->name, MODULE_NAME_LEN);
		*exported = is_exported(k->name, k->value, mod);
		return 0;
	}
	return -ERANGE;
}

/* Linux's is_mapping_symbol(): $x, $d, .L..., L0... name no function. */
static bool is_mapping_symbol(const char *str)
{
	if (str[0] == '.' && str[1] == 'L')
		return true;
	if (str[0] == 'L' && str[1] == '0')
		return true;
	return str[0] == '$' && strchr("axtd", str[1]) &&
	       (str[2] == '\0' || str[2] == '.');
}

struct ksym_best {
	unsigned long addr, bestval, nextval;
	const char *name;
};

/* One candidate: the closest below addr, and the closest above it. */
static void consider_symbol(struct ksym_best *b, unsigned long val,
			    const char *name)
{
	if (!*name || is_mapping_symbol(name))
		return;
	if (val <= b->addr && val > b->bestval) {
		b->bestval = val;
		b->name = name;
	}
	if (val > b->addr && val < b->nextval)
		b->nextval = val;
}

/*
 * Linux's find_kallsyms_symbol(): the symbol at or below addr; its size
 * runs to the next symbol or to the end of the text addr is in.
 */
static const char *find_kallsyms_symbol(struct module *mod, unsigned long addr,
					unsigned long *size,
					unsigned long *offset)
{
	struct mod_kallsyms *ks = mod->init_kallsyms;
	struct ksym_best b = { .addr = addr };
	unsigned int i;

	if (within_module_init(addr, mod))
		b.nextval = (unsigned long)mod->init_layout.base +
			    mod->init_layout.text_size;
	else
		b.nextval = (unsigned long)mod->core_layout.base +
			    mod->core_layout.text_size;
	if (ks) {
		b.bestval = ks->symtab[0].st_value;
		for (i = 1; i < ks->num_symtab; i++)
			if (ks->symtab[i].st_shndx != SHN_UNDEF)
				consider_symbol(&b, ks->symtab[i].st_value,
						ks->strtab + ks->symtab[i].st_name);
	} else {
		for (i = 0; i < mod->num_ksyms; i++)
			consider_symbol(&b, mod->ksyms[i].value,
					mod->ksyms[i].name);
	}
	if (!b.name)
		return NULL;
	if (size)
		*size = b.nextval - b.bestval;
	if (offset)
		*offset = addr - b.bestval;
	return b.name;
}

const char *module_address_lookup(unsigned long addr, unsigned long *size,
				  unsigned long *offset, char **modname,
				  char *namebuf)
{
	struct module *mod = __module_address(addr);
	const char *sym;

	if (!mod)
		return NULL;
	if (modname)
		*modname = mod->name;
	sym = find_kallsyms_symbol(mod, addr, size, offset);
	if (!sym)
		return NULL;
	strscpy(namebuf, sym, KSYM_NAME_LEN);
	return namebuf;
}
