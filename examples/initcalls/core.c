// SPDX-License-Identifier: GPL-2.0
/* Demo initcalls for the core, postcore and arch levels (see boot.c). */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kernel.h>
#include <linux/init.h>

static int __init demo_core_init(void)
{
	pr_info("core_initcall: clock tree ready\n");
	return 0;
}
core_initcall(demo_core_init);

static int __init demo_core_sync(void)
{
	pr_info("core_initcall_sync: core level settled\n");
	return 0;
}
core_initcall_sync(demo_core_sync);

static int __init demo_postcore_init(void)
{
	pr_info("postcore_initcall: demo bus type registered\n");
	return 0;
}
postcore_initcall(demo_postcore_init);

static int __init demo_postcore_sync(void)
{
	pr_info("postcore_initcall_sync: postcore level settled\n");
	return 0;
}
postcore_initcall_sync(demo_postcore_sync);

static int __init demo_arch_init(void)
{
	pr_info("arch_initcall: board devices described\n");
	return 0;
}
arch_initcall(demo_arch_init);

static int __init demo_arch_sync(void)
{
	pr_info("arch_initcall_sync: arch level settled\n");
	return 0;
}
arch_initcall_sync(demo_arch_sync);
