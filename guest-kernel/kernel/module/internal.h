/* SPDX-License-Identifier: GPL-2.0 */
/* What the stages of load_module() pass along (kernel/module/). */
#ifndef _KERNEL_MODULE_INTERNAL_H
#define _KERNEL_MODULE_INTERNAL_H

#include <linux/types.h>
#include <linux/module.h>
#include <linux/elf.h>
#include <linux/panic.h>
#include <linux/module_abi.h>

/* finit_module(2) flags (uapi/linux/module.h) */
#define MODULE_INIT_IGNORE_MODVERSIONS	1
#define MODULE_INIT_IGNORE_VERMAGIC	2
#define MODULE_INIT_COMPRESSED_FILE	4

/* sh_entsize of a laid-out section: its offset, this bit for init memory */
#define INIT_OFFSET_MASK	(1UL << (BITS_PER_LONG - 1))

struct load_info {
	const char *name;	/* for messages until mod->name is set */
	struct module *mod;
	Elf_Ehdr *hdr;	/* the file image, vmalloc()ed */
	unsigned long len;
	Elf_Shdr *sechdrs;
	char *secstrings;
	char *strtab;
	bool sig_ok;
	struct {
		unsigned int sym, str, mod, vers, info, pcpu;
	} index;
};

/* A module's "__versions": each imported symbol's CRC as built. */
struct modversion_info {
	unsigned long crc;
	char name[MODULE_NAME_LEN];
};

/* Offsets in Debian's 6.1 struct module (.gnu.linkonce.this_module). */
#define THIS_MODULE_NAME_OFFSET	ABI_module__name
#define THIS_MODULE_INIT_OFFSET	ABI_module__init
#define THIS_MODULE_EXIT_OFFSET	ABI_module__exit
#define THIS_MODULE_CORE_LAYOUT_OFFSET	ABI_module__core_layout
#define THIS_MODULE_INIT_LAYOUT_OFFSET	ABI_module__init_layout

#define MODULE_FLAGS_BUF_SIZE	(TAINT_FLAGS_COUNT + 4)

/* The last module removed, for "Modules linked in: ... [last unloaded: x]" */
struct last_unloaded_module {
	char name[MODULE_NAME_LEN];
	char taints[MODULE_FLAGS_BUF_SIZE];
};
extern struct last_unloaded_module last_unloaded_module;

/* source uses a symbol of target */
struct module_use {
	struct list_head source_list;	/* on target->source_list */
	struct list_head target_list;	/* on source->target_list */
	struct module *source, *target;
};

/* One exported symbol found for an import. */
struct find_symbol_arg {
	const char *name;
	bool gplok;
	struct module *owner;
	const s32 *crc;
	const struct kernel_symbol *sym;
	bool gpl_only;
};

/* main.c */
bool find_symbol(struct find_symbol_arg *fsa);
int try_to_force_load(struct module *mod, const char *reason);
void add_taint_module(struct module *mod, unsigned int flag, int lockdep_ok);
size_t module_flags_taint(unsigned long taints, char *buf);
char *module_flags(struct module *mod, char *buf, bool show_state);
unsigned long kernel_symbol_value(const struct kernel_symbol *sym);
int module_refcount(struct module *mod);
extern const char vermagic[];
long module_get_offset(unsigned int *size, Elf_Shdr *sechdr);

/* signing.c */
int module_sig_check(struct load_info *info, int flags);

/* version.c */
int check_version(const struct load_info *info, const char *symname,
		  struct module *mod, const s32 *crc);
int check_modstruct_version(const struct load_info *info,
			    struct module *mod);
int same_magic(const char *amagic, const char *bmagic, bool has_crcs);

/* kallsyms.c */
void layout_symtab(struct module *mod, struct load_info *info);
int add_kallsyms(struct module *mod, const struct load_info *info);
void free_kallsyms(struct module *mod);
void free_init_kallsyms(struct module *mod);

/* strict_rwx.c */
void module_enable_protections(const struct module *mod);
void module_enable_ro_after_init(const struct module *mod);

/* sysfs.c */
int mod_sysfs_setup(struct module *mod, const struct load_info *info);
void mod_sysfs_teardown(struct module *mod);

/* procfs.c */
struct seq_file;
void print_unload_info(struct seq_file *m, struct module *mod);

#endif
