// SPDX-License-Identifier: GPL-2.0
/*
 * Loading kbuild-built modules: init_module(2), finit_module(2),
 * delete_module(2) and the stages of load_module(), named and ordered
 * as in Linux 6.1, with its messages. Documentation/module-loading.txt
 * says what is done and how the pieces fit.
 *
 * The stages are noinline, functions of their own as in Linux's builds
 * (which mark do_init_module so), so that a call trace (kobox --trace
 * module-load) and a backtrace show each one; but apply_relocations,
 * which Debian's build folds into load_module (its oopses in
 * apply_relocate_add return to load_module: test/golden/fuzz).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/ftrace.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/panic.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include <linux/wait.h>
#include <linux/bug.h>
#include <linux/jump_label.h>
#include <linux/dynamic_debug.h>
#include <linux/notifier.h>
#include <linux/percpu.h>
#include <asm/cacheflush.h>
#include <asm/extable.h>
#include <asm/ftrace.h>
#include <asm/memory.h>
#include <asm/module.h>
#include <linux/moduleloader.h>
#include <generated/module-abi.h>
#include "internal.h"

LIST_HEAD(modules);

const char vermagic[] = MODULE_VERMAGIC_STRING;

/* kernel_read_file() refuses images bigger than this (INT_MAX there). */
#define MODULE_MAX_LEN	(64UL << 20)

/* The kernel's exports (include/linux/export.h), sorted by name. */
extern const struct kernel_symbol __start___ksymtab[], __stop___ksymtab[];
extern const struct kernel_symbol __start___ksymtab_gpl[];
extern const struct kernel_symbol __stop___ksymtab_gpl[];
extern const s32 __start___kcrctab[], __start___kcrctab_gpl[];

static int copy_module_from_user(const void __user *umod, unsigned long len,
				 struct load_info *info)
{
	info->len = len;
	if (info->len < sizeof(*info->hdr))
		return -ENOEXEC;
	if (len > MODULE_MAX_LEN)
		return -ENOMEM;

	/* in vmalloc space, as Linux's: reading past it faults on a guard page */
	info->hdr = vmalloc(len);
	if (!info->hdr)
		return -ENOMEM;
	if (copy_from_user(info->hdr, umod, len)) {
		vfree(info->hdr);
		return -EFAULT;
	}
	return 0;
}

/* kernel_read_file_from_fd(): a regular file opened for reading, not empty */
static int read_module_from_fd(int fd, struct load_info *info)
{
	struct file *file = fget(fd);
	loff_t size, pos = 0;
	ssize_t n;
	int err;

	if (!file)
		return -EBADF;
	err = -EBADF;
	if (!(file->f_mode & FMODE_READ))
		goto put_file;
	err = -EINVAL;
	if (!S_ISREG(file_inode(file)->i_mode))
		goto put_file;
	size = i_size_read(file_inode(file));
	if (size <= 0)
		goto put_file;
	err = -EFBIG;
	if (size > MODULE_MAX_LEN)
		goto put_file;

	err = -ENOMEM;
	info->hdr = vmalloc(size);	/* kernel_read_file()'s buffer */
	if (!info->hdr)
		goto put_file;
	n = kernel_read(file, info->hdr, size, &pos);
	err = n < 0 ? n : -EIO;
	if (n != size)
		goto free_image;
	info->len = size;
	fput(file);
	return 0;

free_image:
	vfree(info->hdr);
	info->hdr = NULL;
put_file:
	fput(file);
	return err;
}

static int validate_section_offset(struct load_info *info, Elf_Shdr *shdr)
{
	u64 secend = shdr->sh_offset + shdr->sh_size;

	if (secend < shdr->sh_offset || secend > info->len)
		return -ENOEXEC;
	return 0;
}

/* The file header: each check and message as in 6.1, in its order. */
static int elf_header_check(struct load_info *info)
{
	Elf_Ehdr *hdr = info->hdr;

	if (info->len < sizeof(*hdr)) {
		pr_err("Invalid ELF header len %lu\n", info->len);
		return -ENOEXEC;
	}
	if (memcmp(hdr->e_ident, ELFMAG, SELFMAG) != 0) {
		pr_err("Invalid ELF header magic: != %s\n", ELFMAG);
		return -ENOEXEC;
	}
	if (hdr->e_type != ET_REL) {
		pr_err("Invalid ELF header type: %u != %u\n",
		       hdr->e_type, ET_REL);
		return -ENOEXEC;
	}
	if (hdr->e_machine != ELF_ARCH) {
		pr_err("Invalid architecture in ELF header: %u\n",
		       hdr->e_machine);
		return -ENOEXEC;
	}
	if (hdr->e_shentsize != sizeof(Elf_Shdr)) {
		pr_err("Invalid ELF section header size\n");
		return -ENOEXEC;
	}
	if (hdr->e_shoff >= info->len ||
	    hdr->e_shnum * sizeof(Elf_Shdr) > info->len - hdr->e_shoff) {
		pr_err("Invalid ELF section header overflow\n");
		return -ENOEXEC;
	}
	return 0;
}

/* The section name table: inside the file, not empty, NUL-terminated. */
static int elf_secstrings_check(struct load_info *info)
{
	Elf_Ehdr *hdr = info->hdr;
	Elf_Shdr *strhdr;

	if (hdr->e_shstrndx == SHN_UNDEF || hdr->e_shstrndx >= hdr->e_shnum) {
		pr_err("Invalid ELF section name index: %d || e_shstrndx (%d) >= e_shnum (%d)\n",
		       hdr->e_shstrndx, hdr->e_shstrndx, hdr->e_shnum);
		return -ENOEXEC;
	}
	strhdr = &info->sechdrs[hdr->e_shstrndx];
	if (validate_section_offset(info, strhdr) < 0) {
		pr_err("Invalid ELF section hdr(type %u)\n", strhdr->sh_type);
		return -ENOEXEC;
	}
	info->secstrings = (char *)hdr + strhdr->sh_offset;
	if (strhdr->sh_size == 0) {
		pr_err("empty section name table\n");
		return -ENOEXEC;
	}
	if (info->secstrings[strhdr->sh_size - 1] != '\0') {
		pr_err("ELF Spec violation: section name table isn't null terminated\n");
		return -ENOEXEC;
	}
	return 0;
}

/* Every section: offsets inside the file, names inside the name table. */
static int elf_sections_check(struct load_info *info)
{
	Elf_Ehdr *hdr = info->hdr;
	u64 names = info->sechdrs[hdr->e_shstrndx].sh_size;
	Elf_Shdr *shdr = &info->sechdrs[0];
	unsigned int i;

	if (shdr->sh_type != SHT_NULL || shdr->sh_size || shdr->sh_addr) {
		pr_err("ELF Spec violation: section 0 type(%d)!=SH_NULL or non-zero len or addr\n",
		       shdr->sh_type);
		return -ENOEXEC;
	}
	for (i = 1; i < hdr->e_shnum; i++) {
		shdr = &info->sechdrs[i];
		if (shdr->sh_type == SHT_NULL || shdr->sh_type == SHT_NOBITS)
			continue;
		if (shdr->sh_type == SHT_SYMTAB &&
		    (shdr->sh_link == SHN_UNDEF || shdr->sh_link >= hdr->e_shnum)) {
			pr_err("Invalid ELF sh_link!=SHN_UNDEF(%d) or (sh_link(%d) >= hdr->e_shnum(%d)\n",
			       shdr->sh_link, shdr->sh_link, hdr->e_shnum);
			return -ENOEXEC;
		}
		if (validate_section_offset(info, shdr) < 0) {
			pr_err("Invalid ELF section in module (section %u type %u)\n",
			       i, shdr->sh_type);
			return -ENOEXEC;
		}
		if ((shdr->sh_flags & SHF_ALLOC) && shdr->sh_name >= names) {
			pr_err("Invalid ELF section name in module (section %u type %u)\n",
			       i, shdr->sh_type);
			return -ENOEXEC;
		}
	}
	return 0;
}

int elf_validity_check(struct load_info *info)
{
	int err;

	err = elf_header_check(info);
	if (err)
		return err;
	info->sechdrs = (void *)info->hdr + info->hdr->e_shoff;
	err = elf_secstrings_check(info);
	if (err)
		return err;
	return elf_sections_check(info);
}

/* ---- symbols ---- */

unsigned long kernel_symbol_value(const struct kernel_symbol *sym)
{
#ifdef CONFIG_HAVE_ARCH_PREL32_RELOCATIONS
	return (unsigned long)&sym->value_offset + sym->value_offset;
#else
	return sym->value;
#endif
}

static const char *kernel_symbol_name(const struct kernel_symbol *sym)
{
#ifdef CONFIG_HAVE_ARCH_PREL32_RELOCATIONS
	return (const char *)&sym->name_offset + sym->name_offset;
#else
	return sym->name;
#endif
}

struct symsearch {
	const struct kernel_symbol *start, *stop;
	const s32 *crcs;
	bool gpl_only;
};

static int cmp_name(const void *name, const void *sym)
{
	return strcmp(name, kernel_symbol_name(sym));
}

/* The kernel's tables are sorted: binary search, with Linux's calls. */
static const struct kernel_symbol *bsearch_symbol(const struct symsearch *syms,
						  const char *name)
{
	return bsearch(name, syms->start, syms->stop - syms->start,
		       sizeof(struct kernel_symbol), cmp_name);
}

/* A module's tables are searched in order. */
static const struct kernel_symbol *lsearch_symbol(const struct symsearch *syms,
						  const char *name)
{
	const struct kernel_symbol *sym;

	for (sym = syms->start; sym < syms->stop; sym++)
		if (!strcmp(name, kernel_symbol_name(sym)))
			return sym;
	return NULL;
}

static bool find_exported_symbol_in_section(const struct symsearch *syms,
					    struct module *owner,
					    struct find_symbol_arg *fsa)
{
	const struct kernel_symbol *sym;

	if (!fsa->gplok && syms->gpl_only)
		return false;
	sym = owner ? lsearch_symbol(syms, fsa->name)
		    : bsearch_symbol(syms, fsa->name);
	if (!sym)
		return false;
	fsa->owner = owner;
	fsa->crc = syms->crcs ? syms->crcs + (sym - syms->start) : NULL;
	fsa->sym = sym;
	fsa->gpl_only = syms->gpl_only;
	return true;
}

/* An exported symbol, the kernel's first, then those of formed modules. */
bool find_symbol(struct find_symbol_arg *fsa)
{
	const struct symsearch kernel_syms[] = {
		{ __start___ksymtab, __stop___ksymtab, __start___kcrctab, false },
		{ __start___ksymtab_gpl, __stop___ksymtab_gpl,
		  __start___kcrctab_gpl, true },
	};
	struct module *mod;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(kernel_syms); i++)
		if (find_exported_symbol_in_section(&kernel_syms[i], NULL, fsa))
			return true;

	list_for_each_entry(mod, &modules, list) {
		const struct symsearch arr[] = {
			{ mod->syms, mod->syms + mod->num_syms, mod->crcs,
			  false },
			{ mod->gpl_syms, mod->gpl_syms + mod->num_gpl_syms,
			  mod->gpl_crcs, true },
		};

		if (mod->state == MODULE_STATE_UNFORMED)
			continue;
		for (i = 0; i < ARRAY_SIZE(arr); i++)
			if (find_exported_symbol_in_section(&arr[i], mod, fsa))
				return true;
	}
	return false;
}

/* ---- taints ---- */

/* The taint letters a module can carry, in Linux's order. */
static const struct {
	unsigned int flag;
	char c;
} module_taints[] = {
	{ TAINT_PROPRIETARY_MODULE, 'P' }, { TAINT_FORCED_MODULE, 'F' },
	{ TAINT_CRAP, 'C' }, { TAINT_OOT_MODULE, 'O' },
	{ TAINT_UNSIGNED_MODULE, 'E' }, { TAINT_LIVEPATCH, 'K' },
	{ TAINT_AUX, 'X' }, { TAINT_RANDSTRUCT, 'T' }, { TAINT_TEST, 'N' },
};

size_t module_flags_taint(unsigned long taints, char *buf)
{
	size_t i, l = 0;

	for (i = 0; i < ARRAY_SIZE(module_taints); i++)
		if (taints & (1UL << module_taints[i].flag))
			buf[l++] = module_taints[i].c;
	return l;
}

void add_taint_module(struct module *mod, unsigned int flag, int lockdep_ok)
{
	add_taint(flag, lockdep_ok);
	mod->taints |= 1UL << flag;
}

/* Debian has CONFIG_MODULE_FORCE_LOAD: taint F and go on. */
int try_to_force_load(struct module *mod, const char *reason)
{
	if (!test_taint(TAINT_FORCED_MODULE))
		pr_warn("%s: %s: kernel tainted.\n", mod->name, reason);
	add_taint_module(mod, TAINT_FORCED_MODULE, LOCKDEP_NOW_UNRELIABLE);
	return 0;
}

static bool license_is_gpl_compatible(const char *license)
{
	return !strcmp(license, "GPL") || !strcmp(license, "GPL v2") ||
	       !strcmp(license, "GPL and additional rights") ||
	       !strcmp(license, "Dual BSD/GPL") ||
	       !strcmp(license, "Dual MIT/GPL") ||
	       !strcmp(license, "Dual MPL/GPL");
}

static void set_license(struct module *mod, const char *license)
{
	if (!license)
		license = "unspecified";
	if (license_is_gpl_compatible(license))
		return;
	if (!test_taint(TAINT_PROPRIETARY_MODULE))
		pr_warn("%s: module license '%s' taints kernel.\n", mod->name,
			license);
	add_taint_module(mod, TAINT_PROPRIETARY_MODULE, LOCKDEP_NOW_UNRELIABLE);
}

/*
 * Loads wait here while an earlier load of the same name, or of a module
 * whose exports they use, is under way.
 */
static DECLARE_WAIT_QUEUE_HEAD(module_wq);

/* ---- references between modules ---- */

int module_refcount(struct module *mod)
{
	return mod->refcnt;
}

static bool already_uses(struct module *a, struct module *b)
{
	struct module_use *use;

	list_for_each_entry(use, &b->source_list, source_list)
		if (use->source == a)
			return true;
	return false;
}

/* a uses one of b's symbols: b cannot go while a is there. */
static int ref_module(struct module *a, struct module *b)
{
	struct module_use *use;

	if (!b || already_uses(a, b))
		return 0;
	/* strong_try_module_get(): still coming, or already going */
	if (b->state == MODULE_STATE_COMING)
		return -EBUSY;
	if (b->state == MODULE_STATE_GOING)
		return -ENOENT;
	use = kmalloc(sizeof(*use), GFP_KERNEL);
	if (!use)
		return -ENOMEM;
	use->source = a;
	use->target = b;
	list_add(&use->source_list, &b->source_list);
	list_add(&use->target_list, &a->target_list);
	b->refcnt++;
	return 0;
}

/*
 * Module code names a module by its THIS_MODULE, the address of its
 * .gnu.linkonce.this_module copy (Linux's struct module); ours is apart.
 */
struct module *module_of_this(const void *this_module)
{
	struct module *mod;

	list_for_each_entry(mod, &modules, list)
		if (mod->this_module == this_module)
			return mod;
	return NULL;
}

/* References taken by code (load_nls() and the like), not by users. */
bool try_module_get(struct module *this_module)
{
	struct module *mod;

	if (!this_module)
		return true;
	mod = module_of_this(this_module);
	if (!mod || mod->state == MODULE_STATE_GOING)
		return false;
	mod->refcnt++;
	return true;
}
EXPORT_SYMBOL(try_module_get);

void __module_get(struct module *this_module)
{
	struct module *mod = this_module ? module_of_this(this_module) : NULL;

	if (mod)
		mod->refcnt++;
}
EXPORT_SYMBOL(__module_get);

void module_put(struct module *this_module)
{
	struct module *mod = this_module ? module_of_this(this_module) : NULL;

	if (mod)
		mod->refcnt--;
}
EXPORT_SYMBOL(module_put);

static void module_unload_free(struct module *mod)
{
	struct module_use *use, *tmp;

	list_for_each_entry_safe(use, tmp, &mod->target_list, target_list) {
		list_del(&use->source_list);
		list_del(&use->target_list);
		use->target->refcnt--;
		kfree(use);
	}
}

/* ---- the image ---- */

static unsigned int find_sec(const struct load_info *info, const char *name)
{
	unsigned int i;

	for (i = 1; i < info->hdr->e_shnum; i++) {
		Elf_Shdr *shdr = &info->sechdrs[i];

		if ((shdr->sh_flags & SHF_ALLOC) &&
		    !strcmp(info->secstrings + shdr->sh_name, name))
			return i;
	}
	return 0;
}

static void *section_objs(const struct load_info *info, const char *name,
			  size_t object_size, unsigned int *num)
{
	unsigned int sec = find_sec(info, name);

	*num = info->sechdrs[sec].sh_size / object_size;
	return (void *)info->sechdrs[sec].sh_addr;
}

static void *section_addr(const struct load_info *info, const char *name)
{
	return (void *)info->sechdrs[find_sec(info, name)].sh_addr;
}

/* The value of "tag=value" in .modinfo, or NULL. */
static char *get_modinfo(const struct load_info *info, const char *tag)
{
	Elf_Shdr *infosec = &info->sechdrs[info->index.info];
	char *p = (char *)info->hdr + infosec->sh_offset;
	char *end = p + infosec->sh_size;
	size_t taglen = strlen(tag);

	if (!info->index.info)
		return NULL;
	while (p < end) {
		if (!strncmp(p, tag, taglen) && p[taglen] == '=')
			return p + taglen + 1;
		p += strnlen(p, end - p);
		while (p < end && !*p)
			p++;
	}
	return NULL;
}

static noinline int setup_load_info(struct load_info *info, int flags)
{
	const char *noname = "(missing .modinfo section or name field)";
	unsigned int i;

	info->index.info = find_sec(info, ".modinfo");
	if (info->index.info)
		info->name = get_modinfo(info, "name");

	for (i = 1; i < info->hdr->e_shnum; i++) {
		if (info->sechdrs[i].sh_type == SHT_SYMTAB) {
			info->index.sym = i;
			info->index.str = info->sechdrs[i].sh_link;
			info->strtab = (char *)info->hdr +
				       info->sechdrs[info->index.str].sh_offset;
			break;
		}
	}
	if (!info->index.sym) {
		pr_warn("%s: module has no symbols (stripped?)\n",
			info->name ?: noname);
		return -ENOEXEC;
	}
	info->index.mod = find_sec(info, ".gnu.linkonce.this_module");
	if (!info->index.mod) {
		pr_warn("%s: No module found in object\n",
			info->name ?: noname);
		return -ENOEXEC;
	}
	if (!info->name)
		info->name = (char *)info->hdr +
			     info->sechdrs[info->index.mod].sh_offset +
			     THIS_MODULE_NAME_OFFSET;
	if (flags & MODULE_INIT_IGNORE_MODVERSIONS)
		info->index.vers = 0;
	else
		info->index.vers = find_sec(info, "__versions");
	info->index.pcpu = find_sec(info, ".data..percpu");
	return 0;
}

static noinline int rewrite_section_headers(struct load_info *info, int flags)
{
	unsigned int i;

	info->sechdrs[0].sh_addr = 0;
	for (i = 1; i < info->hdr->e_shnum; i++) {
		Elf_Shdr *shdr = &info->sechdrs[i];

		shdr->sh_addr = (unsigned long)info->hdr + shdr->sh_offset;
	}
	/* Read from the image, not kept in module memory. */
	info->sechdrs[info->index.vers].sh_flags &= ~SHF_ALLOC;
	info->sechdrs[info->index.info].sh_flags &= ~SHF_ALLOC;
	return 0;
}

static noinline int check_modinfo(struct module *mod, struct load_info *info,
				  int flags)
{
	const char *modmagic = get_modinfo(info, "vermagic");
	int err;

	if (flags & MODULE_INIT_IGNORE_VERMAGIC)
		modmagic = NULL;
	if (!modmagic) {
		err = try_to_force_load(mod, "bad vermagic");
		if (err)
			return err;
	} else if (!same_magic(modmagic, vermagic, info->index.vers)) {
		pr_err("%s: version magic '%s' should be '%s'\n",
		       info->name, modmagic, vermagic);
		return -ENOEXEC;
	}

	if (!get_modinfo(info, "intree")) {
		if (!test_taint(TAINT_OOT_MODULE))
			pr_warn("%s: loading out-of-tree module taints kernel.\n",
				mod->name);
		add_taint_module(mod, TAINT_OOT_MODULE, LOCKDEP_STILL_OK);
	}
	if (get_modinfo(info, "staging")) {
		add_taint_module(mod, TAINT_CRAP, LOCKDEP_STILL_OK);
		pr_warn("%s: module is from the staging directory, the quality is unknown, you have been warned.\n",
			mod->name);
	}
	set_license(mod, get_modinfo(info, "license"));
	if (get_modinfo(info, "test")) {
		if (!test_taint(TAINT_TEST))
			pr_warn("%s: loading test module taints kernel.\n",
				mod->name);
		add_taint_module(mod, TAINT_TEST, LOCKDEP_STILL_OK);
	}
	return 0;
}

/* ---- layout: Linux's, so sizes in /proc/modules and sysfs agree ---- */

/* Sections that go with init (32-bit ARM adds its unwind tables' for init code). */
bool __weak module_init_section(const char *name)
{
	return !strncmp(name, ".init", 5);
}

static bool module_init_layout_section(const char *sname)
{
	return module_init_section(sname);
}

long module_get_offset(unsigned int *size, Elf_Shdr *sechdr)
{
	long ret = ALIGN(*size, sechdr->sh_addralign ?: 1);

	*size = ret + sechdr->sh_size;
	return ret;
}

/* After each group the size is page aligned (CONFIG_STRICT_MODULE_RWX). */
static void layout_group_end(struct module_layout *layout, unsigned int m,
			     bool init)
{
	switch (m) {
	case 0:
		layout->size = PAGE_ALIGN(layout->size);
		layout->text_size = layout->size;
		break;
	case 1:
		layout->size = PAGE_ALIGN(layout->size);
		layout->ro_size = layout->size;
		break;
	case 2:
		if (init) {
			layout->ro_after_init_size = layout->ro_size;
		} else {
			layout->size = PAGE_ALIGN(layout->size);
			layout->ro_after_init_size = layout->size;
		}
		break;
	case 4:
		layout->size = PAGE_ALIGN(layout->size);
		break;
	}
}

/* Text, then read-only, read-only after init, writable: core and init. */
static void layout_sections(struct module *mod, struct load_info *info)
{
	static const unsigned long masks[][2] = {
		{ SHF_EXECINSTR | SHF_ALLOC, 0 },
		{ SHF_ALLOC, SHF_WRITE },
		{ SHF_RO_AFTER_INIT | SHF_ALLOC, 0 },
		{ SHF_WRITE | SHF_ALLOC, 0 },
		{ SHF_ALLOC, 0 },
	};
	unsigned int m, i, pass;

	for (i = 0; i < info->hdr->e_shnum; i++)
		info->sechdrs[i].sh_entsize = ~0UL;

	for (pass = 0; pass < 2; pass++) {
		struct module_layout *layout = pass ? &mod->init_layout
						    : &mod->core_layout;

		for (m = 0; m < ARRAY_SIZE(masks); m++) {
			for (i = 0; i < info->hdr->e_shnum; i++) {
				Elf_Shdr *s = &info->sechdrs[i];
				const char *sname = info->secstrings + s->sh_name;

				if ((s->sh_flags & masks[m][0]) != masks[m][0] ||
				    (s->sh_flags & masks[m][1]) ||
				    s->sh_entsize != ~0UL ||
				    module_init_layout_section(sname) != pass)
					continue;
				s->sh_entsize = module_get_offset(&layout->size, s);
				if (pass)
					s->sh_entsize |= INIT_OFFSET_MASK;
			}
			layout_group_end(layout, m, pass);
		}
	}
}

static int move_module(struct module *mod, struct load_info *info)
{
	unsigned int i;

	mod->core_layout.base = module_alloc(mod->core_layout.size);
	if (!mod->core_layout.base)
		return -ENOMEM;
	if (mod->init_layout.size) {
		mod->init_layout.base = module_alloc(mod->init_layout.size);
		if (!mod->init_layout.base) {
			module_memfree(mod->core_layout.base);
			return -ENOMEM;
		}
	}

	for (i = 0; i < info->hdr->e_shnum; i++) {
		Elf_Shdr *shdr = &info->sechdrs[i];
		void *dest;

		if (!(shdr->sh_flags & SHF_ALLOC))
			continue;
		if (shdr->sh_entsize & INIT_OFFSET_MASK)
			dest = mod->init_layout.base +
			       (shdr->sh_entsize & ~INIT_OFFSET_MASK);
		else
			dest = mod->core_layout.base + shdr->sh_entsize;
		if (shdr->sh_type != SHT_NOBITS)
			memcpy(dest, (void *)shdr->sh_addr, shdr->sh_size);
		shdr->sh_addr = (unsigned long)dest;
	}
	return 0;
}

static noinline int layout_and_allocate(struct module *mod,
					struct load_info *info, int flags)
{
	unsigned int ndx;
	int err;

	err = check_modinfo(mod, info, flags);
	if (err)
		return err;
	err = module_frob_arch_sections(info->hdr, info->sechdrs,
					info->secstrings, mod);
	if (err < 0)
		return err;
	info->sechdrs[info->index.pcpu].sh_flags &= ~SHF_ALLOC;
	ndx = find_sec(info, ".data..ro_after_init");
	if (ndx)
		info->sechdrs[ndx].sh_flags |= SHF_RO_AFTER_INIT;
	ndx = find_sec(info, "__jump_table");
	if (ndx)
		info->sechdrs[ndx].sh_flags |= SHF_RO_AFTER_INIT;
	layout_sections(mod, info);
	layout_symtab(mod, info);
	return move_module(mod, info);
}

static void free_module_memory(struct module *mod)
{
	module_memfree(mod->init_layout.base);
	module_memfree(mod->core_layout.base);
}

/* ---- the module list ---- */

static struct module *find_module_all(const char *name, bool even_unformed)
{
	struct module *mod;

	list_for_each_entry(mod, &modules, list) {
		if (!even_unformed && mod->state == MODULE_STATE_UNFORMED)
			continue;
		if (!strcmp(mod->name, name))
			return mod;
	}
	return NULL;
}

static bool finished_loading(const char *name)
{
	struct module *mod = find_module_all(name, true);

	return !mod || mod->state == MODULE_STATE_LIVE ||
	       mod->state == MODULE_STATE_GOING;
}

/*
 * A name being loaded makes a second load wait for the outcome: -EEXIST
 * if the first went live, -EBUSY if it failed (no immediate retry).
 */
static noinline int add_unformed_module(struct module *mod)
{
	struct module *old;
	int err;

	mod->state = MODULE_STATE_UNFORMED;
	old = find_module_all(mod->name, true);
	if (!old) {
		list_add(&mod->list, &modules);
		return 0;
	}
	if (old->state == MODULE_STATE_COMING ||
	    old->state == MODULE_STATE_UNFORMED) {
		err = wait_event_interruptible(module_wq,
					       finished_loading(mod->name));
		if (err)
			return err;
		old = find_module_all(mod->name, true);
	}
	return old && old->state == MODULE_STATE_LIVE ? -EEXIST : -EBUSY;
}

static noinline int find_module_sections(struct module *mod,
					 struct load_info *info)
{
	mod->kp = section_objs(info, "__param", sizeof(*mod->kp), &mod->num_kp);
	mod->syms = section_objs(info, "__ksymtab", sizeof(*mod->syms),
				 &mod->num_syms);
	mod->crcs = section_addr(info, "__kcrctab");
	mod->gpl_syms = section_objs(info, "__ksymtab_gpl",
				     sizeof(*mod->gpl_syms), &mod->num_gpl_syms);
	mod->gpl_crcs = section_addr(info, "__kcrctab_gpl");
	mod->jump_entries = section_objs(info, "__jump_table",
					 sizeof(*mod->jump_entries),
					 &mod->num_jump_entries);
	mod->ftrace_callsites = section_objs(info, FTRACE_CALLSITE_SECTION,
					     sizeof(*mod->ftrace_callsites),
					     &mod->num_ftrace_callsites);
	mod->extable = section_objs(info, "__ex_table",
				    sizeof(*mod->extable), &mod->num_exentries);
	mod->dyndbg_descs = section_objs(info, "__dyndbg",
					 sizeof(*mod->dyndbg_descs),
					 &mod->num_dyndbg_descs);
	if (section_addr(info, "__obsparm"))
		pr_warn("%s: Ignoring obsolete parameters\n", mod->name);
	return 0;
}

static noinline int check_module_license_and_versions(struct module *mod)
{
	if ((mod->num_syms && !mod->crcs) ||
	    (mod->num_gpl_syms && !mod->gpl_crcs))
		return try_to_force_load(mod, "no versions for exported symbols");
	return 0;
}

static noinline void setup_modinfo(struct module *mod, struct load_info *info)
{
	mod->version = kstrdup(get_modinfo(info, "version") ?: "", GFP_KERNEL);
	mod->srcversion = kstrdup(get_modinfo(info, "srcversion") ?: "",
				  GFP_KERNEL);
}

static void free_modinfo(struct module *mod)
{
	kfree(mod->version);
	kfree(mod->srcversion);
}

/* An import: found, its CRC agrees, and its owner now has us as a user. */
static int resolve_symbol(struct module *mod, const struct load_info *info,
			  const char *name, Elf_Addr *value, char *ownername)
{
	struct find_symbol_arg fsa = {
		.name	= name,
		.gplok	= !(mod->taints & (1UL << TAINT_PROPRIETARY_MODULE)),
	};
	int err;

	if (!find_symbol(&fsa))
		return -ENOENT;
	strscpy(ownername, fsa.owner ? fsa.owner->name : "kernel",
		MODULE_NAME_LEN);
	if (fsa.gpl_only)
		mod->using_gplonly_symbols = true;
	if (!check_version(info, name, mod, fsa.crc))
		return -EINVAL;
	err = ref_module(mod, fsa.owner);
	if (err)
		return err;
	*value = kernel_symbol_value(fsa.sym);
	return 0;
}

/* An export of a module whose init is still running: wait up to 30 s. */
static int resolve_symbol_wait(struct module *mod,
			       const struct load_info *info,
			       const char *name, Elf_Addr *value)
{
	char owner[MODULE_NAME_LEN] = "";
	int err;

	if (wait_event_interruptible_timeout(module_wq,
			(err = resolve_symbol(mod, info, name, value, owner)) !=
			-EBUSY, 30 * HZ) <= 0)
		pr_warn("%s: gave up waiting for init of module %s.\n",
			mod->name, owner);
	return err;
}

static noinline int simplify_symbols(struct module *mod,
				     const struct load_info *info)
{
	Elf_Shdr *symsec = &info->sechdrs[info->index.sym];
	Elf_Sym *sym = (void *)symsec->sh_addr;
	unsigned int i;
	int ret = 0, err;

	for (i = 1; i < symsec->sh_size / sizeof(*sym); i++) {
		const char *name = info->strtab + sym[i].st_name;

		switch (sym[i].st_shndx) {
		case SHN_COMMON:
			if (!strncmp(name, "__gnu_lto", 9))
				break;
			pr_warn("%s: please compile with -fno-common\n",
				mod->name);
			ret = -ENOEXEC;
			break;
		case SHN_ABS:
			break;
		case SHN_UNDEF:
			err = resolve_symbol_wait(mod, info, name,
						  &sym[i].st_value);
			if (!err)
				break;
			if (err == -ENOENT && (sym[i].st_info >> 4) == STB_WEAK)
				break;
			ret = err;
			pr_warn("%s: Unknown symbol %s (err %d)\n",
				mod->name, name, err);
			break;
		default:
			if (sym[i].st_shndx >= info->hdr->e_shnum) {
				pr_err("%s: Symbol %s has an invalid section index %u (max %u)\n",
				       mod->name, name, sym[i].st_shndx,
				       info->hdr->e_shnum - 1);
				ret = -ENOEXEC;
				break;
			}
			/* per-cpu variables: offsets in the module's per-cpu area */
			if (sym[i].st_shndx == info->index.pcpu)
				sym[i].st_value += (unsigned long)mod->percpu;
			else
				sym[i].st_value +=
					info->sechdrs[sym[i].st_shndx].sh_addr;
			break;
		}
	}
	return ret;
}

static int apply_relocations(struct module *mod, const struct load_info *info)
{
	unsigned int i;
	int err = 0;

	for (i = 1; i < info->hdr->e_shnum; i++) {
		unsigned int infosec = info->sechdrs[i].sh_info;

		if (infosec >= info->hdr->e_shnum)
			continue;
		if (!(info->sechdrs[infosec].sh_flags & SHF_ALLOC))
			continue;
		if (info->sechdrs[i].sh_type == SHT_REL)
			err = apply_relocate(info->sechdrs, info->strtab,
					     info->index.sym, i, mod);
		else if (info->sechdrs[i].sh_type == SHT_RELA)
			err = apply_relocate_add(info->sechdrs, info->strtab,
						 info->index.sym, i, mod);
		if (err < 0)
			break;
	}
	return err;
}

/*
 * init and exit: whatever .gnu.linkonce.this_module's relocations
 * against init_module and cleanup_module point at, now relocated.
 */
/*
 * init and exit are where Linux finds them: in the module's struct module
 * (.gnu.linkonce.this_module, relocated), whatever the symbols are named.
 */
static void find_init_exit(struct module *mod, const struct load_info *info)
{
	unsigned long base = info->sechdrs[info->index.mod].sh_addr;

	mod->this_module = (void *)base;
	mod->init = *(int (**)(void))(base + THIS_MODULE_INIT_OFFSET);
	mod->exit = *(void (**)(void))(base + THIS_MODULE_EXIT_OFFSET);
}

/*
 * The module's own struct module tells where it lies as ours does: module
 * code reads THIS_MODULE->core_layout and init_layout inline
 * (within_module_core(), within_module_init()). Debian's layouts begin
 * with our five fields, in our order.
 */
static void sync_this_module_layout(const struct module *mod)
{
	memcpy(mod->this_module + THIS_MODULE_CORE_LAYOUT_OFFSET,
	       &mod->core_layout, sizeof(mod->core_layout));
	memcpy(mod->this_module + THIS_MODULE_INIT_LAYOUT_OFFSET,
	       &mod->init_layout, sizeof(mod->init_layout));
}

/* The text was written as data (copied, relocated, patched): before it runs. */
static void flush_module_icache(const struct module *mod)
{
	if (mod->init_layout.base)
		flush_icache_range((unsigned long)mod->init_layout.base,
				   (unsigned long)mod->init_layout.base +
				   mod->init_layout.size);
	flush_icache_range((unsigned long)mod->core_layout.base,
			   (unsigned long)mod->core_layout.base +
			   mod->core_layout.size);
}

/* .data..percpu: an area in the reserved per-cpu chunk (percpu.c). */
static noinline int percpu_modalloc(struct module *mod, struct load_info *info)
{
	Elf_Shdr *pcpusec = &info->sechdrs[info->index.pcpu];
	unsigned long align = pcpusec->sh_addralign;

	if (!pcpusec->sh_size)
		return 0;
	if (align > PAGE_SIZE) {
		pr_warn("%s: per-cpu alignment %li > %li\n",
			mod->name, align, PAGE_SIZE);
		align = PAGE_SIZE;
	}
	mod->percpu = __alloc_reserved_percpu(pcpusec->sh_size, align);
	if (!mod->percpu) {
		pr_warn("%s: Could not allocate %lu bytes percpu data\n",
			mod->name, (unsigned long)pcpusec->sh_size);
		return -ENOMEM;
	}
	mod->percpu_size = pcpusec->sh_size;
	return 0;
}

static void percpu_modfree(struct module *mod)
{
	free_percpu(mod->percpu);
	mod->percpu = NULL;
}

/* Each CPU's copy starts as the (relocated) section. */
static void percpu_modcopy(struct module *mod, const void *from,
			   unsigned long size)
{
	int cpu;

	for (cpu = 0; cpu < NR_CPUS; cpu++)
		memcpy(per_cpu_ptr(mod->percpu, cpu), from, size);
}

static noinline int post_relocation(struct module *mod,
				    const struct load_info *info)
{
	sort_extable(mod->extable, mod->extable + mod->num_exentries);
	percpu_modcopy(mod, (void *)info->sechdrs[info->index.pcpu].sh_addr,
		       info->sechdrs[info->index.pcpu].sh_size);
	if (add_kallsyms(mod, info))
		return -ENOMEM;
	return module_finalize(info->hdr, info->sechdrs, mod);
}

static noinline int complete_formation(struct module *mod,
				       struct load_info *info)
{
	const struct kernel_symbol *s;
	struct find_symbol_arg fsa;

	/* an export of ours someone else already exports */
	for (s = mod->syms; s < mod->syms + mod->num_syms; s++) {
		fsa = (struct find_symbol_arg){ .name = kernel_symbol_name(s),
						.gplok = true };
		if (find_symbol(&fsa) && fsa.owner != mod) {
			pr_err("%s: exports duplicate symbol %s (owned by %s)\n",
			       mod->name, fsa.name,
			       fsa.owner ? fsa.owner->name : "kernel");
			return -ENOEXEC;
		}
	}
	module_bug_finalize(info->hdr, info->sechdrs, mod);
	module_enable_protections(mod);
	mod->state = MODULE_STATE_COMING;
	return 0;
}

/* MODULE_STATE_* for whoever registered (jump labels). */
static struct atomic_notifier_head module_notify_list;

int register_module_notifier(struct notifier_block *nb)
{
	return atomic_notifier_chain_register(&module_notify_list, nb);
}

static void module_notify(struct module *mod, unsigned long state)
{
	atomic_notifier_call_chain(&module_notify_list, state, mod);
}

static noinline int prepare_coming_module(struct module *mod)
{
	int ret = atomic_notifier_call_chain(&module_notify_list,
					     MODULE_STATE_COMING, mod);

	ret = notifier_to_errno(ret);
	if (ret)
		module_notify(mod, MODULE_STATE_GOING);
	return ret;
}

/* dyndbg=QUERY is dynamic debug's; anything else is unknown. */
static int unknown_module_param_cb(char *param, char *val,
				   const char *modname, void *arg)
{
	if (ddebug_dyndbg_module_param_cb(param, val, modname))
		pr_warn("%s: unknown parameter '%s' ignored\n", modname, param);
	return 0;
}

static void free_module(struct module *mod)
{
	mod_sysfs_teardown(mod);
	mod->state = MODULE_STATE_UNFORMED;
	module_unload_free(mod);
	module_destroy_params(mod->kp, mod->num_kp);
	list_del(&mod->list);
	module_bug_cleanup(mod);
	free_kallsyms(mod);
	free_modinfo(mod);
	kfree(mod->args);
	percpu_modfree(mod);
	free_module_memory(mod);
	kfree(mod);
}

static noinline int do_init_module(struct module *mod)
{
	int ret = 0;

	if (mod->init)
		ret = do_one_initcall(mod->init);
	if (ret < 0) {
		mod->state = MODULE_STATE_GOING;
		mod->refcnt--;
		module_notify(mod, MODULE_STATE_GOING);
		free_module(mod);
		wake_up_all(&module_wq);
		return ret;
	}
	if (ret > 0) {
		pr_warn("%s: '%s'->init suspiciously returned %d, it should follow 0/-E convention\n"
			"%s: loading module anyway...\n",
			__func__, mod->name, ret, __func__);
		dump_stack();
	}
	mod->state = MODULE_STATE_LIVE;
	module_notify(mod, MODULE_STATE_LIVE);
	kobject_uevent(&mod->mkobj.kobj, KOBJ_ADD);
	mod->refcnt--;		/* the reference held during init */
	module_enable_ro_after_init(mod);
	free_init_kallsyms(mod);	/* %pS: core symbols from now on */
	/* init memory goes: only core stays */
	module_memfree(mod->init_layout.base);
	mod->init_layout = (struct module_layout){ };
	sync_this_module_layout(mod);
	wake_up_all(&module_wq);
	return 0;
}

static struct module *alloc_module(struct load_info *info)
{
	struct module *mod = kzalloc(sizeof(*mod), GFP_KERNEL);

	if (!mod)
		return NULL;
	/*
	 * Linux's mod->name is the name field of the module's own struct
	 * module (.gnu.linkonce.this_module), whatever .modinfo's name= says
	 * (info->name, used for messages before this point).
	 */
	strscpy(mod->name, (char *)info->hdr +
		info->sechdrs[info->index.mod].sh_offset + THIS_MODULE_NAME_OFFSET,
		sizeof(mod->name));
	INIT_LIST_HEAD(&mod->list);
	INIT_LIST_HEAD(&mod->source_list);
	INIT_LIST_HEAD(&mod->target_list);
	return mod;
}

static void free_copy(struct load_info *info)
{
	vfree(info->hdr);
}

/* Linux 6.1's load_module(), stage by stage; unwinding frees in reverse. */
int load_module(struct load_info *info, const char __user *uargs, int flags)
{
	struct module *mod;
	char *after_dashes;
	long err;

	err = module_sig_check(info, flags);
	if (err)
		goto free_copy;
	err = elf_validity_check(info);
	if (err)
		goto free_copy;
	err = setup_load_info(info, flags);
	if (err)
		goto free_copy;
	err = rewrite_section_headers(info, flags);
	if (err)
		goto free_copy;

	err = -ENOMEM;
	mod = alloc_module(info);
	if (!mod)
		goto free_copy;
	info->mod = mod;
	err = -ENOEXEC;
	if (!check_modstruct_version(info, mod))
		goto free_struct;
	err = layout_and_allocate(mod, info, flags);
	if (err)
		goto free_struct;

	err = add_unformed_module(mod);
	if (err)
		goto free_module_memory;
	mod->sig_ok = info->sig_ok;
	if (!mod->sig_ok) {
		static bool noticed;

		if (!noticed) {
			noticed = true;
			pr_notice("%s: module verification failed: signature and/or required key missing - tainting kernel\n",
				  mod->name);
		}
		add_taint_module(mod, TAINT_UNSIGNED_MODULE, LOCKDEP_STILL_OK);
	}
	mod->refcnt = 1;	/* dropped once init is done */
	mutex_init(&mod->param_lock);

	err = percpu_modalloc(mod, info);
	if (err)
		goto unlink_mod;

	err = find_module_sections(mod, info);
	if (err)
		goto unlink_mod;
	err = check_module_license_and_versions(mod);
	if (err)
		goto unlink_mod;
	setup_modinfo(mod, info);
	err = simplify_symbols(mod, info);
	if (err < 0)
		goto free_modinfo;
	err = apply_relocations(mod, info);
	if (err < 0)
		goto free_modinfo;
	find_init_exit(mod, info);
	sync_this_module_layout(mod);
	err = post_relocation(mod, info);
	if (err < 0)
		goto free_modinfo;
	flush_module_icache(mod);

	mod->args = strndup_user(uargs, ~0UL >> 1);
	if (IS_ERR(mod->args)) {
		err = PTR_ERR(mod->args);
		mod->args = NULL;
		goto free_modinfo;
	}
	ftrace_module_init(mod);
	err = complete_formation(mod, info);
	if (err)
		goto free_args;
	err = prepare_coming_module(mod);
	if (err)
		goto bug_cleanup;

	after_dashes = parse_args(mod->name, mod->args, mod->kp, mod->num_kp,
				  -32768, 32767, mod, unknown_module_param_cb);
	if (IS_ERR(after_dashes)) {
		err = PTR_ERR(after_dashes);
		goto coming_cleanup;
	} else if (after_dashes) {
		pr_warn("%s: parameters '%s' after `--' ignored\n",
			mod->name, after_dashes);
	}
	err = mod_sysfs_setup(mod, info);
	if (err < 0)
		goto coming_cleanup;

	free_copy(info);
	return do_init_module(mod);

coming_cleanup:
	mod->state = MODULE_STATE_GOING;
	module_destroy_params(mod->kp, mod->num_kp);
	module_notify(mod, MODULE_STATE_GOING);
bug_cleanup:
	mod->state = MODULE_STATE_GOING;
	module_bug_cleanup(mod);
free_args:
	kfree(mod->args);
	mod->args = NULL;
free_modinfo:
	free_kallsyms(mod);
	free_modinfo(mod);
	module_unload_free(mod);
unlink_mod:
	list_del(&mod->list);
	wake_up_all(&module_wq);
	percpu_modfree(mod);
free_module_memory:
	free_module_memory(mod);
free_struct:
	kfree(mod);
free_copy:
	free_copy(info);
	return err;
}

/* ---- system calls ---- */

SYSCALL_DEFINE3(init_module, void __user *, umod, unsigned long, len,
		const char __user *, uargs)
{
	struct load_info info = { };
	int err;

	err = copy_module_from_user(umod, len, &info);
	if (err)
		return err;
	return load_module(&info, uargs, 0);
}

/*
 * Debian's 6.1 has no in-kernel decompression: MODULE_INIT_COMPRESSED_FILE
 * passes the flag check and then fails with -EOPNOTSUPP.
 */
SYSCALL_DEFINE3(finit_module, int, fd, const char __user *, uargs, int, flags)
{
	struct load_info info = { };
	int err;

	if (flags & ~(MODULE_INIT_IGNORE_MODVERSIONS |
		      MODULE_INIT_IGNORE_VERMAGIC |
		      MODULE_INIT_COMPRESSED_FILE))
		return -EINVAL;
	err = read_module_from_fd(fd, &info);
	if (err)
		return err;
	if (flags & MODULE_INIT_COMPRESSED_FILE) {
		vfree(info.hdr);
		return -EOPNOTSUPP;
	}
	return load_module(&info, uargs, flags);
}

/* Debian has CONFIG_MODULE_FORCE_UNLOAD: rmmod -f (O_TRUNC), taint R. */
static int try_force_unload(unsigned int flags)
{
	int forced = flags & O_TRUNC;

	if (forced)
		add_taint(TAINT_FORCED_RMMOD, LOCKDEP_NOW_UNRELIABLE);
	return forced;
}

SYSCALL_DEFINE2(delete_module, const char __user *, name_user,
		unsigned int, flags)
{
	char name[MODULE_NAME_LEN];
	struct module *mod;
	int forced = 0;
	long len;

	len = strncpy_from_user(name, name_user, MODULE_NAME_LEN);
	if (len == 0 || len == MODULE_NAME_LEN)
		return -ENOENT;
	if (len < 0)
		return len;

	mod = find_module_all(name, false);
	if (!mod)
		return -ENOENT;
	if (!list_empty(&mod->source_list))
		return -EWOULDBLOCK;	/* others use its symbols */
	if (mod->state != MODULE_STATE_LIVE)
		return -EBUSY;
	/* an init without an exit: it cannot be removed unless forced */
	if (mod->init && !mod->exit) {
		forced = try_force_unload(flags);
		if (!forced)
			return -EBUSY;
	}
	/* try_stop_module(): held by someone, removed only by force */
	if (module_refcount(mod) && !forced && !try_force_unload(flags))
		return -EWOULDBLOCK;

	mod->state = MODULE_STATE_GOING;
	mod->refcnt--;		/* Linux's base reference: refcnt reads -1 */
	if (mod->exit)
		mod->exit();
	module_notify(mod, MODULE_STATE_GOING);
	/* for "Modules linked in:" */
	strscpy(last_unloaded_module.name, mod->name,
		sizeof(last_unloaded_module.name));
	module_flags(mod, last_unloaded_module.taints, false);
	free_module(mod);
	wake_up_all(&module_wq);	/* a load of the same name may wait */
	return 0;
}

/* ---- where an address is, and the list for oops reports ---- */

/* The module whose memory holds addr (not one still being set up). */
struct module *__module_address(unsigned long addr)
{
	struct module *mod;

	if (addr < MODULES_VADDR || addr >= MODULES_END)
		return NULL;
	list_for_each_entry(mod, &modules, list) {
		if (mod->state == MODULE_STATE_UNFORMED)
			continue;
		if (within_module(addr, mod))
			return mod;
	}
	return NULL;
}

/* ... and holds it in its text (core, or init while there is some). */
struct module *__module_text_address(unsigned long addr)
{
	struct module *mod = __module_address(addr);

	if (mod && !(addr - (unsigned long)mod->core_layout.base <
		     mod->core_layout.text_size ||
		     addr - (unsigned long)mod->init_layout.base <
		     mod->init_layout.text_size))
		mod = NULL;
	return mod;
}

/* "(OE+)": its taints, and + while coming, - while going. */
char *module_flags(struct module *mod, char *buf, bool show_state)
{
	int bx = 0;

	if (!mod->taints && !show_state)
		goto out;
	if (mod->taints || mod->state == MODULE_STATE_GOING ||
	    mod->state == MODULE_STATE_COMING) {
		buf[bx++] = '(';
		bx += module_flags_taint(mod->taints, buf + bx);
		if (mod->state == MODULE_STATE_GOING && show_state)
			buf[bx++] = '-';
		if (mod->state == MODULE_STATE_COMING && show_state)
			buf[bx++] = '+';
		buf[bx++] = ')';
	}
out:
	buf[bx] = '\0';
	return buf;
}

struct last_unloaded_module last_unloaded_module;

void print_modules(void)
{
	char buf[MODULE_FLAGS_BUF_SIZE];
	struct module *mod;

	printk(KERN_DEFAULT "Modules linked in:");
	list_for_each_entry(mod, &modules, list) {
		if (mod->state == MODULE_STATE_UNFORMED)
			continue;
		pr_cont(" %s%s", mod->name, module_flags(mod, buf, true));
	}
	if (last_unloaded_module.name[0])
		pr_cont(" [last unloaded: %s%s]", last_unloaded_module.name,
			last_unloaded_module.taints);
	pr_cont("\n");
}
