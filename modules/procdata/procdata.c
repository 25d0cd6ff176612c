// SPDX-License-Identifier: GPL-2.0
/*
 * procfs as modules use it: a directory of files created with
 * proc_create_data() that share one proc_ops and tell their items apart
 * by pde_data() (which Debian's headers inline as inode->i_private) when
 * read and written, a
 * single_open() file, a seq_operations file walking a list, a nested
 * directory and a symlink. Output is the module's own values only.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/string.h>

struct item {
	const char *name;
	int value;
};

static struct item items[] = {
	{ "alpha", 1 },
	{ "beta", 22 },
	{ "gamma", 333 },
};

static struct proc_dir_entry *dir;

static int item_show(struct seq_file *m, void *v)
{
	struct item *it = m->private;

	seq_printf(m, "%s=%d\n", it->name, it->value);
	seq_puts(m, "padded:");
	seq_printf(m, "[%8d|%-6s|%#x]", it->value, it->name, it->value);
	seq_putc(m, '\n');
	seq_write(m, "raw bytes\n", 10);
	return 0;
}

/* Every item file has these ops; the item comes from the inode. */
static int item_open(struct inode *inode, struct file *file)
{
	return single_open(file, item_show, pde_data(inode));
}

/* A write sets the item's value: a number, in any base. */
static ssize_t item_write(struct file *file, const char __user *ubuf,
			  size_t count, loff_t *ppos)
{
	struct item *it = pde_data(file_inode(file));
	char buf[16] = "";
	loff_t pos = 0;
	ssize_t n;
	int err;

	n = simple_write_to_buffer(buf, sizeof(buf) - 1, &pos, ubuf, count);
	if (n < 0)
		return n;
	err = kstrtoint(strim(buf), 0, &it->value);
	if (err)
		return err;
	return count;
}

static const struct proc_ops item_ops = {
	.proc_open	= item_open,
	.proc_read	= seq_read,
	.proc_write	= item_write,
	.proc_lseek	= seq_lseek,
	.proc_release	= single_release,
};

static int summary_show(struct seq_file *m, void *v)
{
	struct item *all = m->private;
	int i, sum = 0;

	for (i = 0; i < ARRAY_SIZE(items); i++)
		sum += all[i].value;
	seq_printf(m, "%zu items, sum %d\n", ARRAY_SIZE(items), sum);
	return 0;
}

/* A seq_operations walk, one record per item, with a header line. */
static void *list_start(struct seq_file *m, loff_t *pos)
{
	if (!*pos)
		return SEQ_START_TOKEN;
	return *pos <= ARRAY_SIZE(items) ? &items[*pos - 1] : NULL;
}

static void *list_next(struct seq_file *m, void *v, loff_t *pos)
{
	++*pos;
	return *pos <= ARRAY_SIZE(items) ? &items[*pos - 1] : NULL;
}

static void list_stop(struct seq_file *m, void *v)
{
}

static int list_show(struct seq_file *m, void *v)
{
	const char *title = pde_data(file_inode(m->file));
	struct item *it = v;

	if (v == SEQ_START_TOKEN) {
		seq_printf(m, "%s\n", title);
		return 0;
	}
	seq_printf(m, "%-8s %5d\n", it->name, it->value);
	return 0;
}

static const struct seq_operations list_ops = {
	.start	= list_start,
	.next	= list_next,
	.stop	= list_stop,
	.show	= list_show,
};

static int __init procdata_init(void)
{
	struct proc_dir_entry *sub;
	int i;

	dir = proc_mkdir("procdata", NULL);
	if (!dir)
		return -ENOMEM;
	for (i = 0; i < ARRAY_SIZE(items); i++)
		if (!proc_create_data(items[i].name, i ? 0440 : 0444, dir,
				      &item_ops, &items[i]))
			goto fail;
	if (!proc_create_single_data("summary", 0, dir, summary_show, items))
		goto fail;
	sub = proc_mkdir("sub", dir);
	if (!sub || !proc_create_seq_data("list", 0400, sub, &list_ops,
					  "name      value"))
		goto fail;
	if (!proc_symlink("first", dir, "alpha"))
		goto fail;
	return 0;
fail:
	proc_remove(dir);
	return -ENOMEM;
}

static void __exit procdata_exit(void)
{
	pr_info("procdata: removing, %d\n", remove_proc_subtree("procdata", NULL));
}

module_init(procdata_init);
module_exit(procdata_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("procfs files that find their data with pde_data()");
