/* SPDX-License-Identifier: GPL-2.0 */
/* Built-in "modules": module_init is a device initcall, module_exit is dropped. */
#ifndef _LINUX_MODULE_H
#define _LINUX_MODULE_H

#include <linux/init.h>
#include <linux/kobject.h>
#include <linux/moduleparam.h>

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

#define module_init(x)	__initcall(x)
#define module_exit(x)	__exitcall(x)

#endif
