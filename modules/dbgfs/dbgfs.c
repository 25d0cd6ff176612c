// SPDX-License-Identifier: GPL-2.0
/*
 * debugfs as modules use it: a directory with a file of every built-in
 * type (u8..u64, x8..x64, ulong, size_t, atomic_t, bool, blob, u32 array,
 * regset32), attributes made with DEFINE_DEBUGFS_ATTRIBUTE (unsigned and
 * signed, one refusing big values), a seq_file, a file with its own
 * read and write, a file without fops, a symlink, and the error a
 * duplicate name gets. Every value is the module's own: stable output.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/atomic.h>

static struct dentry *dir;
static u8 v_u8 = 200, v_x8 = 0xab, v_wo = 7;
static u16 v_u16 = 60000, v_x16 = 0xbeef;
static u32 v_u32 = 4000000000U, v_x32 = 0xdeadbeef, v_ro = 123;
static u64 v_u64 = (1ULL << 60) + 5, v_x64 = 0x0123456789abcdefULL;
static unsigned long v_ulong = 99;
static size_t v_size = 4096;
static atomic_t v_atomic = ATOMIC_INIT(-5);
static bool v_bool = true;
static char blob_text[] = "a blob of bytes\n";
static struct debugfs_blob_wrapper blob = {
	.data = blob_text,
	.size = sizeof(blob_text) - 1,
};
static u32 array_data[] = { 1, 22, 333, 4000000000U };
static struct debugfs_u32_array array = {
	.array = array_data,
	.n_elements = ARRAY_SIZE(array_data),
};
static u32 regs_mem[3] = { 0x1, 0xcafe, 0xffffffff };
static const struct debugfs_reg32 regs[] = {
	{ "CTRL", 0 },
	{ "DATA", 4 },
	{ "MASK", 8 },
};
static struct debugfs_regset32 regset = {
	.regs = regs,
	.nregs = ARRAY_SIZE(regs),
};

/* A limit the attribute enforces: -EINVAL above 1000. */
static u64 limit = 10;

static int limit_get(void *data, u64 *val)
{
	*val = *(u64 *)data;
	return 0;
}

static int limit_set(void *data, u64 val)
{
	if (val > 1000)
		return -EINVAL;
	*(u64 *)data = val;
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(limit_fops, limit_get, limit_set, "%llu\n");

static s64 offset = -3;

static int offset_get(void *data, u64 *val)
{
	*val = *(s64 *)data;
	return 0;
}

static int offset_set(void *data, u64 val)
{
	*(s64 *)data = val;
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE_SIGNED(offset_fops, offset_get, offset_set, "%lld\n");

/* A message: its own read and write, on a 32-byte buffer. */
static char message[32] = "hello\n";

static ssize_t message_read(struct file *file, char __user *buf, size_t len,
			    loff_t *ppos)
{
	return simple_read_from_buffer(buf, len, ppos, file->private_data,
				       strlen(file->private_data));
}

static ssize_t message_write(struct file *file, const char __user *buf,
			     size_t len, loff_t *ppos)
{
	ssize_t n;

	/* what does not fit is refused, not dropped (a writer would retry) */
	if (*ppos >= sizeof(message) - 1)
		return -ENOSPC;
	if (*ppos == 0)
		memset(message, 0, sizeof(message));
	n = simple_write_to_buffer(message, sizeof(message) - 1, ppos, buf,
				   len);
	return n;
}

static const struct file_operations message_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= message_read,
	.write	= message_write,
	.llseek	= default_llseek,
};

static int summary_show(struct seq_file *m, void *v)
{
	seq_printf(m, "u8 %u x32 %#x bool %d limit %llu offset %lld\n",
		   v_u8, v_x32, v_bool, limit, offset);
	seq_printf(m, "message %s", message);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(summary);

static int __init dbgfs_init(void)
{
	struct dentry *num, *d;

	dir = debugfs_create_dir("dbgfs", NULL);
	if (IS_ERR(dir))
		return PTR_ERR(dir);
	num = debugfs_create_dir("numbers", dir);
	debugfs_create_u8("u8", 0644, num, &v_u8);
	debugfs_create_u16("u16", 0644, num, &v_u16);
	debugfs_create_u32("u32", 0644, num, &v_u32);
	debugfs_create_u64("u64", 0644, num, &v_u64);
	debugfs_create_x8("x8", 0644, num, &v_x8);
	debugfs_create_x16("x16", 0644, num, &v_x16);
	debugfs_create_x32("x32", 0644, num, &v_x32);
	debugfs_create_x64("x64", 0644, num, &v_x64);
	debugfs_create_ulong("ulong", 0644, num, &v_ulong);
	debugfs_create_size_t("size_t", 0644, num, &v_size);
	debugfs_create_atomic_t("atomic", 0644, num, &v_atomic);
	debugfs_create_u32("ro", 0444, num, &v_ro);
	debugfs_create_u8("wo", 0200, num, &v_wo);
	debugfs_create_bool("bool", 0644, dir, &v_bool);
	debugfs_create_blob("blob", 0644, dir, &blob);
	debugfs_create_u32_array("array", 0444, dir, &array);
	regset.base = (void __iomem *)regs_mem;
	debugfs_create_regset32("regs", 0400, dir, &regset);
	debugfs_create_file("limit", 0600, dir, &limit, &limit_fops);
	debugfs_create_file_unsafe("offset", 0600, dir, &offset, &offset_fops);
	debugfs_create_file("message", 0644, dir, message, &message_fops);
	debugfs_create_file("summary", 0444, dir, NULL, &summary_fops);
	debugfs_create_file("empty", 0644, dir, NULL, NULL);
	debugfs_create_file_size("sized", 0444, dir, message, &message_fops,
				 12345);
	debugfs_create_symlink("latest", dir, "numbers/u32");

	d = debugfs_create_dir("numbers", dir);
	pr_info("dbgfs: duplicate directory: %ld\n", PTR_ERR(d));
	d = debugfs_create_file("limit", 0600, dir, &limit, &limit_fops);
	pr_info("dbgfs: duplicate file: %ld\n", PTR_ERR(d));
	debugfs_create_file("gone", 0444, dir, NULL, NULL);
	d = debugfs_lookup("gone", dir);
	pr_info("dbgfs: lookup gone: %s\n", d ? "found" : "missing");
	dput(d);
	debugfs_lookup_and_remove("gone", dir);
	d = debugfs_lookup("gone", dir);
	pr_info("dbgfs: after removal: %s, initialized %d\n",
		d ? "found" : "missing", debugfs_initialized());
	return 0;
}

static void __exit dbgfs_exit(void)
{
	debugfs_remove(dir);
	pr_info("dbgfs: removed, u8 %u bool %d limit %llu\n", v_u8, v_bool,
		limit);
}

module_init(dbgfs_init);
module_exit(dbgfs_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("debugfs files of every kind");
