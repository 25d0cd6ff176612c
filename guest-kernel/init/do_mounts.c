// SPDX-License-Identifier: GPL-2.0
/*
 * Mounting the root filesystem when the initramfs has no /init. There
 * are no block devices, so this ends as Linux ends without a root
 * device: the partition list (empty), the filesystems tried (those
 * that need a device, none so far) and a panic.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/init_syscalls.h>
#include <linux/kdev_t.h>
#include <linux/mm.h>
#include <linux/mount.h>
#include <linux/string.h>

static char saved_root_name[64];
static dev_t ROOT_DEV;

static int __init root_dev_setup(char *line)
{
	strscpy(saved_root_name, line, sizeof(saved_root_name));
	return 1;
}
__setup("root=", root_dev_setup);

static int __init do_mount_root(const char *name, const char *fs, int flags)
{
	return init_mount(name, "/root", fs, flags, NULL);
}

static noinline void __init mount_block_root(const char *name, int flags)
{
	char *fs_names = (char *)__get_free_page(GFP_KERNEL);
	char b[32], *p;
	int num_fs, i;

	scnprintf(b, sizeof(b), "unknown-block(%u,%u)", MAJOR(ROOT_DEV),
		  MINOR(ROOT_DEV));
	num_fs = fs_names ? list_bdev_fs_names(fs_names, PAGE_SIZE) : 0;
	for (i = 0, p = fs_names; i < num_fs; i++, p += strlen(p) + 1)
		if (unlikely(!do_mount_root(name, p, flags)))
			goto out;
	printk("List of all partitions:\n");
	printk("No filesystem could mount root, tried: ");
	for (i = 0, p = fs_names; i < num_fs; i++, p += strlen(p) + 1)
		printk(" %s", p);
	printk("\n");
	panic("VFS: Unable to mount root fs on %s", b);
out:
	free_page((unsigned long)fs_names);
}

static noinline void __init mount_root(void)
{
	int err = init_mknod("/dev/root", S_IFBLK | 0600,
			     new_encode_dev(ROOT_DEV));

	if (err < 0)
		pr_emerg("Failed to create /dev/root: %d\n", err);
	mount_block_root("/dev/root", 0);
}

void __init prepare_namespace(void)
{
	mount_root();
	init_mount(".", "/", NULL, MS_MOVE, NULL);
	init_chroot(".");
}
