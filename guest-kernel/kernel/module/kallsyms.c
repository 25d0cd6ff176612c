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
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

struct mod_kallsym {
	unsigned long value;
	char type;
	const char *name;
};

/* Linux's elf_type() for what can be a core symbol here. */
static char elf_type(const Elf64_Sym *sym, const struct load_info *info)
{
	const Elf64_Shdr *sec = &info->sechdrs[sym->st_shndx];

	if ((sym->st_info >> 4) == STB_WEAK)
		return (sym->st_info & 0xf) == STT_OBJECT ? 'V' : 'W';
	if (sec->sh_flags & SHF_EXECINSTR)
		return 't';
	return '?';
}

static bool is_core_text_symbol(const Elf64_Sym *src, const struct load_info *info)
{
	const Elf64_Shdr *sec;

	if (src->st_shndx == SHN_UNDEF || src->st_shndx >= info->hdr->e_shnum ||
	    !src->st_name)
		return false;
	sec = &info->sechdrs[src->st_shndx];
	return (sec->sh_flags & SHF_ALLOC) && (sec->sh_flags & SHF_EXECINSTR) &&
	       !(sec->sh_entsize & INIT_OFFSET_MASK);
}

/* After simplify_symbols(): st_value are final addresses. */
int add_kallsyms(struct module *mod, const struct load_info *info)
{
	const Elf64_Shdr *symsec = &info->sechdrs[info->index.sym];
	const Elf64_Sym *src = (void *)symsec->sh_addr;
	unsigned int i, n = 0, nsrc = symsec->sh_size / sizeof(*src);
	size_t strsize = 0;
	char *s;

	for (i = 1; i < nsrc; i++) {
		if (is_core_text_symbol(&src[i], info)) {
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

		if (!is_core_text_symbol(&src[i], info))
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
