/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Init sections, initcalls and boot options, following Linux's model.
 *
 * Each initcall is a 32-bit place-relative offset to the function
 * (CONFIG_HAVE_ARCH_PREL32_RELOCATIONS), emitted into a per-level
 * section that the linker script lays out in level order.
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <linux/compiler.h>
#include <linux/stringify.h>
#include <linux/types.h>

#define __init		__section(".init.text") __cold
#define __initdata	__section(".init.data")
#define __initconst	__section(".init.rodata")
#define __exit		__section(".exit.text") __used __cold
#define __exitdata	__section(".exit.data")
#define __ref		noinline

#ifndef __ASSEMBLY__

typedef int (*initcall_t)(void);
typedef void (*exitcall_t)(void);
typedef int initcall_entry_t;

static inline initcall_t initcall_from_entry(initcall_entry_t *entry)
{
	return (initcall_t)((unsigned long)entry + *entry);
}

extern initcall_entry_t __initcall_start[];
extern initcall_entry_t __initcall0_start[];
extern initcall_entry_t __initcall1_start[];
extern initcall_entry_t __initcall2_start[];
extern initcall_entry_t __initcall3_start[];
extern initcall_entry_t __initcall4_start[];
extern initcall_entry_t __initcall5_start[];
extern initcall_entry_t __initcall6_start[];
extern initcall_entry_t __initcall7_start[];
extern initcall_entry_t __initcall_end[];
extern initcall_entry_t __con_initcall_start[];
extern initcall_entry_t __con_initcall_end[];

extern char boot_command_line[];
extern char *saved_command_line;
extern bool initcall_debug;

int do_one_initcall(initcall_t fn);
void parse_early_param(void);
void parse_early_options(char *cmdline);
void setup_arch(char **cmdline_p);
void console_init(void);
void time_init(void);

/*
 * "fn - ." placed in .initcall<id>.init; the label names the entry.
 * __ADDRESSABLE keeps a static fn alive although only asm names it.
 */
#define ___define_initcall(fn, id, __sec)			\
	__ADDRESSABLE(fn)					\
	asm(".section	\"" #__sec ".init\", \"a\"	\n"	\
	    ".balign	4				\n"	\
	    "__initcall_" #fn #id ":			\n"	\
	    ".long	" #fn " - .			\n"	\
	    ".previous					\n");

#define __define_initcall(fn, id) ___define_initcall(fn, id, .initcall##id)

#define early_initcall(fn)		__define_initcall(fn, early)
#define pure_initcall(fn)		__define_initcall(fn, 0)
#define core_initcall(fn)		__define_initcall(fn, 1)
#define core_initcall_sync(fn)		__define_initcall(fn, 1s)
#define postcore_initcall(fn)		__define_initcall(fn, 2)
#define postcore_initcall_sync(fn)	__define_initcall(fn, 2s)
#define arch_initcall(fn)		__define_initcall(fn, 3)
#define arch_initcall_sync(fn)		__define_initcall(fn, 3s)
#define subsys_initcall(fn)		__define_initcall(fn, 4)
#define subsys_initcall_sync(fn)	__define_initcall(fn, 4s)
#define fs_initcall(fn)			__define_initcall(fn, 5)
#define fs_initcall_sync(fn)		__define_initcall(fn, 5s)
#define rootfs_initcall(fn)		__define_initcall(fn, rootfs)
#define device_initcall(fn)		__define_initcall(fn, 6)
#define device_initcall_sync(fn)	__define_initcall(fn, 6s)
#define late_initcall(fn)		__define_initcall(fn, 7)
#define late_initcall_sync(fn)		__define_initcall(fn, 7s)

#define __initcall(fn)			device_initcall(fn)
#define console_initcall(fn)		___define_initcall(fn, con, .con_initcall)

/* Built-in code has no exit: the exit function is kept out of the image. */
#define __exitcall(fn)						\
	static exitcall_t __exitcall_##fn __used		\
	__section(".exitcall.exit") = fn

/* Boot options: "name=..." handled by fn; early ones before the rest. */
struct obs_kernel_param {
	const char *str;
	int (*setup_func)(char *);
	int early;
};

extern const struct obs_kernel_param __setup_start[], __setup_end[];

#define __setup_param(str, unique_id, fn, early)			\
	static const char __setup_str_##unique_id[] __initconst	\
		__aligned(1) = str;					\
	static struct obs_kernel_param __setup_##unique_id		\
		__used __section(".init.setup")				\
		__aligned(__alignof__(struct obs_kernel_param))		\
		= { __setup_str_##unique_id, fn, early }

#define __setup(str, fn)	__setup_param(str, fn, fn, 0)
#define early_param(str, fn)	__setup_param(str, fn, fn, 1)

#endif /* __ASSEMBLY__ */
#endif
