// SPDX-License-Identifier: GPL-2.0
/*
 * Initcalls at every level, built into the kernel to show the order it
 * runs them in (kobox boot --builtin examples/initcalls; with
 * initcall_debug loglevel=8, each between its "calling" and "initcall"
 * lines). They do nothing but say where they are. This file: the levels
 * that run first (console during start_kernel, early before the others).
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kernel.h>
#include <linux/init.h>

static int __init demo_console_init(void)
{
	pr_info("console_initcall: runs from start_kernel, with the consoles\n");
	return 0;
}
console_initcall(demo_console_init);

static int __init demo_early_init(void)
{
	pr_info("early_initcall: first in PID 1, before the numbered levels\n");
	return 0;
}
early_initcall(demo_early_init);

static int __init demo_pure_init(void)
{
	pr_info("pure_initcall: level 0, static state that needs nothing else\n");
	return 0;
}
pure_initcall(demo_pure_init);
