/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Built-in "modules": module_init is a device initcall, module_exit is
 * dropped. Loaded ones: struct module, kernel/module/.
 */
#ifndef _LINUX_MODULE_H
#define _LINUX_MODULE_H

#include <linux/export.h>
#include <linux/init.h>
#include <linux/kobject.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/moduleparam.h>
#include <asm/module.h>

#define MODULE_NAME_LEN		(64 - sizeof(unsigned long))

struct module;
struct module_param_attrs;

/* /sys/module/<name>: built-in "modules" with parameters, and loaded ones. */
struct module_kobject {
	struct kobject kobj;
	struct module *mod;
	struct kobject *drivers_dir;
	struct module_param_attrs *mp;
	void (*kobj_release)(struct module_kobject *mk);	/* last put */
};

struct module_attribute {
	struct attribute attr;
	ssize_t (*show)(struct module_attribute *, struct module_kobject *,
			char *);
	ssize_t (*store)(struct module_attribute *, struct module_kobject *,
			 const char *, size_t count);
	void (*setup)(struct module *, const char *);
	int (*test)(struct module *);
	void (*free)(struct module *);
};

extern struct kset *module_kset;
extern const struct kobj_type module_ktype;
extern struct module_attribute module_uevent;

/* /proc/kallsyms lists these after the kernel's (weak: none until loaded) */
int module_get_kallsym(unsigned int symnum, unsigned long *value, char *type,
		       char *name, char *module_name, int *exported);

/* kernel/params.c: a module's parameters in <mk>/parameters/ */
int module_param_sysfs_setup_mk(struct module_kobject *mk,
				const struct kernel_param *kparam,
				unsigned int num_params);
void module_param_sysfs_remove_mk(struct module_kobject *mk);

/* Loaded modules (kernel/module/): our own layout, not Linux's. */
enum module_state {
	MODULE_STATE_LIVE,	/* normal state */
	MODULE_STATE_COMING,	/* full formed, running module_init */
	MODULE_STATE_GOING,	/* going away */
	MODULE_STATE_UNFORMED,	/* still setting it up */
};

struct kernel_symbol;
struct module_sect_attrs;
struct mod_kallsym;
struct mod_kallsyms;
struct jump_entry;
struct _ddebug;
struct bug_entry;
struct exception_table_entry;

/* One of the module's two allocations: what lies where, for sizes and RO. */
struct module_layout {
	void *base;
	unsigned int size;
	unsigned int text_size;
	unsigned int ro_size;
	unsigned int ro_after_init_size;
};

struct module {
	enum module_state state;
	struct list_head list;
	char name[MODULE_NAME_LEN];
	struct module_kobject mkobj;
	struct kobject *holders_dir;
	struct module_sect_attrs *sect_attrs;	/* sections/ */
	struct module_sect_attrs *notes_attrs;	/* notes/ */
	const char *version;
	const char *srcversion;

	const struct kernel_symbol *syms;	/* its exports */
	const s32 *crcs;
	unsigned int num_syms;
	const struct kernel_symbol *gpl_syms;
	const s32 *gpl_crcs;
	unsigned int num_gpl_syms;
	bool using_gplonly_symbols;

	struct kernel_param *kp;
	unsigned int num_kp;
	char *args;

	int (*init)(void);
	void (*exit)(void);
	void *this_module;	/* its THIS_MODULE: .gnu.linkonce.this_module */
	struct mutex param_lock;	/* kernel_param_lock(): sysfs reads/writes */
	struct module_layout core_layout;
	struct module_layout init_layout;
	struct mod_arch_specific arch;	/* PLTs */

	struct mod_kallsym *ksyms;		/* for /proc/kallsyms */
	unsigned int num_ksyms;
	char *ksym_strtab;
	struct mod_kallsyms *init_kallsyms;	/* all symbols, until init is done */

	struct jump_entry *jump_entries;	/* __jump_table */
	unsigned int num_jump_entries;
	struct _ddebug *dyndbg_descs;		/* __dyndbg: pr_debug() sites */
	unsigned int num_dyndbg_descs;
	struct bug_entry *bug_table;		/* __bug_table */
	unsigned int num_bugs;
	struct exception_table_entry *extable;	/* __ex_table, sorted */
	unsigned int num_exentries;
	unsigned long *ftrace_callsites;	/* __patchable_function_entries */
	unsigned int num_ftrace_callsites;
	void *percpu;				/* .data..percpu: a per-cpu pointer */
	unsigned int percpu_size;

	unsigned long taints;
	bool sig_ok;
	int refcnt;
	struct list_head source_list;	/* modules that use our symbols */
	struct list_head target_list;	/* modules whose symbols we use */
};

extern struct list_head modules;

static inline bool within_module_core(unsigned long addr,
				      const struct module *mod)
{
	return addr - (unsigned long)mod->core_layout.base <
	       mod->core_layout.size;
}

static inline bool within_module_init(unsigned long addr,
				      const struct module *mod)
{
	return addr - (unsigned long)mod->init_layout.base <
	       mod->init_layout.size;
}

static inline bool within_module(unsigned long addr, const struct module *mod)
{
	return within_module_init(addr, mod) || within_module_core(addr, mod);
}

struct module *__module_address(unsigned long addr);
struct module *__module_text_address(unsigned long addr);
void print_modules(void);

/* Told of each module's MODULE_STATE_* changes (jump labels, ...). */
struct notifier_block;
int register_module_notifier(struct notifier_block *nb);

/* kernel/module/kallsyms.c: %pS of a module address */
const char *module_address_lookup(unsigned long addr, unsigned long *size,
				  unsigned long *offset, char **modname,
				  char *namebuf);

/* Built-in code has no module: its THIS_MODULE is NULL, as in Linux. */
#define THIS_MODULE	((struct module *)0)

#define module_init(x)	__initcall(x)
#define module_exit(x)	__exitcall(x)

/* Built-in code is part of the kernel: it has no struct module. */
#define THIS_MODULE	((struct module *)0)

/*
 * "<modname>.<tag>=<info>" strings in .modinfo, which the link discards
 * (Linux lists them in modules.builtin.modinfo).
 */
#define MODULE_INFO(tag, info)		__MODULE_INFO(tag, tag, info)
#define MODULE_LICENSE(_license)	MODULE_INFO(license, _license)
#define MODULE_AUTHOR(_author)		MODULE_INFO(author, _author)
#define MODULE_DESCRIPTION(_text)	MODULE_INFO(description, _text)
#define MODULE_ALIAS(_alias)		MODULE_INFO(alias, _alias)
#define MODULE_SOFTDEP(_softdep)	MODULE_INFO(softdep, _softdep)
#define MODULE_FIRMWARE(_firmware)	MODULE_INFO(firmware, _firmware)
#define MODULE_IMPORT_NS(_ns)		MODULE_INFO(import_ns, __stringify(_ns))
/* Device tables name what a module is loaded for: nothing to do built in. */
#define MODULE_DEVICE_TABLE(type, name)

/* MODULE_VERSION() built in: /sys/module/<modname>/version (kernel/params.c). */
struct module_version_attribute {
	struct module_attribute mattr;
	const char *module_name;
	const char *version;
};

ssize_t __modver_version_show(struct module_attribute *mattr,
			      struct module_kobject *mk, char *buf);

#define MODULE_VERSION(_version)					\
	MODULE_INFO(version, _version);					\
	static const struct module_version_attribute __modver_attr	\
		__used __section("__modver")				\
		__aligned(__alignof__(struct module_version_attribute))	\
		= {							\
			.mattr = {					\
				.attr = { .name = "version", .mode = 0444 }, \
				.show = __modver_version_show,		\
			},						\
			.module_name = KBUILD_MODNAME,			\
			.version = _version,				\
		}

/* These take module code's THIS_MODULE (this_module), not ours. */
struct module *module_of_this(const void *this_module);
bool try_module_get(struct module *mod);
void __module_get(struct module *mod);
void module_put(struct module *mod);

/* module.sig_enforce: modules without a good signature are refused */
bool is_module_sig_enforced(void);
void set_module_sig_enforced(void);

#endif
