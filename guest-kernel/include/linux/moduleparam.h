/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Parameters of built-in code: "<modname>.<param>=value" on the command
 * line, parsed by parse_args() from the __param table.
 */
#ifndef _LINUX_MODULEPARAM_H
#define _LINUX_MODULEPARAM_H

#include <linux/compiler.h>
#include <linux/stringify.h>
#include <linux/types.h>

#ifdef KBUILD_MODNAME
#define MODULE_PARAM_PREFIX KBUILD_MODNAME "."
#else
#define MODULE_PARAM_PREFIX ""
#endif

struct kernel_param;

#define KERNEL_PARAM_OPS_FL_NOARG	(1 << 0)

struct module;

/* Linux 6.1's layout: loaded modules' __param tables point at these. */
struct kernel_param_ops {
	unsigned int flags;
	int (*set)(const char *val, const struct kernel_param *kp);
	/* the value as text, with a newline, into a page: its length */
	int (*get)(char *buffer, const struct kernel_param *kp);
	void (*free)(void *arg);	/* when the module goes */
};

/* Linux 6.1's layout too: a module's __param section is an array of these. */
struct kernel_param {
	const char *name;
	struct module *mod;
	const struct kernel_param_ops *ops;
	u16 perm;
	s8 level;
	u8 flags;
	union {
		void *arg;
		const struct kparam_string *str;
		const struct kparam_array *arr;
	};
};

/* module_param_string() and module_param_array(): Linux 6.1's layout */
struct kparam_string {
	unsigned int maxlen;
	char *string;
};

struct kparam_array {
	unsigned int max;
	unsigned int elemsize;
	unsigned int *num;
	const struct kernel_param_ops *ops;
	void *elem;
};

extern const struct kernel_param __start___param[], __stop___param[];

extern const struct kernel_param_ops param_ops_int;
extern const struct kernel_param_ops param_ops_uint;
extern const struct kernel_param_ops param_ops_ulong;
extern const struct kernel_param_ops param_ops_ullong;
extern const struct kernel_param_ops param_ops_bool;
extern const struct kernel_param_ops param_ops_bool_enable_only;
extern const struct kernel_param_ops param_ops_charp;
extern const struct kernel_param_ops param_ops_byte;
extern const struct kernel_param_ops param_ops_short;
extern const struct kernel_param_ops param_ops_ushort;
extern const struct kernel_param_ops param_ops_long;
extern const struct kernel_param_ops param_ops_hexint;
extern const struct kernel_param_ops param_ops_invbool;
extern const struct kernel_param_ops param_ops_string;
extern const struct kernel_param_ops param_array_ops;

/* Built-in code's .modinfo strings: "<modname>.<tag>=<info>" (see module.h). */
#define __MODULE_INFO(tag, name, info)					\
	static const char __UNIQUE_ID(name)[]				\
	__used __section(".modinfo") __aligned(1)			\
	= MODULE_PARAM_PREFIX __stringify(tag) "=" info

#define MODULE_PARM_DESC(_parm, desc)					\
	__MODULE_INFO(parm, _parm, #_parm ":" desc)

#define __module_param_call(prefix, name, ops, arg, perm, level, flags)	\
	static const char __param_str_##name[] = prefix #name;		\
	static const struct kernel_param __param_##name			\
	__used __section("__param")					\
	__aligned(__alignof__(struct kernel_param))			\
	= { __param_str_##name, NULL, ops, perm, level, flags, { arg } }

#define module_param_cb(name, ops, arg, perm)				\
	__module_param_call(MODULE_PARAM_PREFIX, name, ops, arg, perm, -1, 0)

#define module_param_named(name, value, type, perm)			\
	module_param_cb(name, &param_ops_##type, &value, perm)

#define module_param(name, type, perm)					\
	module_param_named(name, name, type, perm)

/* "a,b,c" into an array of up to ARRAY_SIZE(array) elements; *nump counts them. */
#define module_param_array_named(name, array, type, nump, perm)		\
	static const struct kparam_array __param_arr_##name		\
	= { .max = ARRAY_SIZE(array), .num = nump,			\
	    .ops = &param_ops_##type,					\
	    .elemsize = sizeof(array[0]), .elem = array };		\
	__module_param_call(MODULE_PARAM_PREFIX, name, &param_array_ops, \
			    .arr = &__param_arr_##name, perm, -1, 0)

#define module_param_array(name, type, nump, perm)			\
	module_param_array_named(name, name, type, nump, perm)

/* A string copied into a buffer of len bytes. */
#define module_param_string(name, string, len, perm)			\
	static const struct kparam_string __param_string_##name		\
	= { len, string };						\
	__module_param_call(MODULE_PARAM_PREFIX, name, &param_ops_string, \
			    .str = &__param_string_##name, perm, -1, 0)

#define core_param(name, var, type, perm)				\
	__module_param_call("", name, &param_ops_##type, &var, perm, -1, 0)

char *parse_args(const char *doing, char *args,
		 const struct kernel_param *params, unsigned int num,
		 s16 min_level, s16 max_level, void *arg,
		 int (*unknown)(char *param, char *val,
				const char *doing, void *arg));
/* Free what each parameter's ops allocated (a module's unload or failed load). */
void module_destroy_params(const struct kernel_param *params, unsigned int num);
bool parameq(const char *a, const char *b);
bool parameqn(const char *a, const char *b, size_t n);

int param_get_int(char *buffer, const struct kernel_param *kp);
int param_get_uint(char *buffer, const struct kernel_param *kp);
int param_get_ulong(char *buffer, const struct kernel_param *kp);
int param_set_ullong(const char *val, const struct kernel_param *kp);
int param_get_ullong(char *buffer, const struct kernel_param *kp);
int param_get_bool(char *buffer, const struct kernel_param *kp);
int param_get_charp(char *buffer, const struct kernel_param *kp);
void param_free_charp(void *arg);

#endif
