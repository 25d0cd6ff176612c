// SPDX-License-Identifier: GPL-2.0
/* Demo initcalls for the subsys, fs and rootfs levels (see boot.c). */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kernel.h>
#include <linux/init.h>

static int __init demo_subsys_init(void)
{
	pr_info("subsys_initcall: demo subsystem core up\n");
	return 0;
}
subsys_initcall(demo_subsys_init);

static int __init demo_subsys_sync(void)
{
	pr_info("subsys_initcall_sync: subsys level settled\n");
	return 0;
}
subsys_initcall_sync(demo_subsys_sync);

static int __init demo_fs_init(void)
{
	pr_info("fs_initcall: demo filesystem type registered\n");
	return 0;
}
fs_initcall(demo_fs_init);

static int __init demo_fs_sync(void)
{
	pr_info("fs_initcall_sync: fs level settled\n");
	return 0;
}
fs_initcall_sync(demo_fs_sync);

static int __init demo_rootfs_init(void)
{
	pr_info("rootfs_initcall: the initramfs is unpacked (populate_rootfs, linked earlier, ran first)\n");
	return 0;
}
rootfs_initcall(demo_rootfs_init);
