// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/<pid>/mounts and /proc/<pid>/mountinfo (and so /proc/mounts):
 * the mount table in mount order, as Linux 6.1 prints it. There is one
 * mount namespace, and every mount is private (no "shared:" tags).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kdev_t.h>
#include <linux/mount.h>
#include <linux/seq_file.h>
#include "mount.h"

#define ESCAPE_CHARS	" \t\n\\"

static void *m_start(struct seq_file *m, loff_t *pos)
{
	return seq_list_start(&mount_list, *pos);
}

static void *m_next(struct seq_file *m, void *v, loff_t *pos)
{
	return seq_list_next(v, &mount_list, pos);
}

static void m_stop(struct seq_file *m, void *v)
{
}

static void mangle(struct seq_file *m, const char *s)
{
	seq_escape(m, s, ESCAPE_CHARS);
}

static void show_type(struct seq_file *m, struct super_block *sb)
{
	mangle(m, sb->s_type->name);
}

static void show_sb_opts(struct seq_file *m, struct super_block *sb)
{
	if (sb->s_flags & SB_SYNCHRONOUS)
		seq_puts(m, ",sync");
	if (sb->s_flags & SB_DIRSYNC)
		seq_puts(m, ",dirsync");
	if (sb->s_flags & SB_MANDLOCK)
		seq_puts(m, ",mand");
	if (sb->s_flags & SB_LAZYTIME)
		seq_puts(m, ",lazytime");
}

static void show_mnt_opts(struct seq_file *m, struct vfsmount *mnt)
{
	static const struct {
		int flag;
		const char *str;
	} mnt_opts[] = {
		{ MNT_NOSUID, ",nosuid" },
		{ MNT_NODEV, ",nodev" },
		{ MNT_NOEXEC, ",noexec" },
		{ MNT_NOATIME, ",noatime" },
		{ MNT_NODIRATIME, ",nodiratime" },
		{ MNT_RELATIME, ",relatime" },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(mnt_opts); i++)
		if (mnt->mnt_flags & mnt_opts[i].flag)
			seq_puts(m, mnt_opts[i].str);
}

static bool mnt_is_readonly(struct vfsmount *mnt)
{
	return (mnt->mnt_flags & MNT_READONLY) ||
	       (mnt->mnt_sb->s_flags & SB_RDONLY);
}

static int show_vfsmnt(struct seq_file *m, void *v)
{
	struct mount *r = list_entry(v, struct mount, mnt_list);
	struct vfsmount *mnt = &r->mnt;
	struct path mnt_path = { .dentry = mnt->mnt_root, .mnt = mnt };
	struct super_block *sb = mnt->mnt_sb;

	mangle(m, r->mnt_devname ?: "none");
	seq_putc(m, ' ');
	seq_path(m, &mnt_path, ESCAPE_CHARS);
	seq_putc(m, ' ');
	show_type(m, sb);
	seq_puts(m, mnt_is_readonly(mnt) ? " ro" : " rw");
	show_sb_opts(m, sb);
	show_mnt_opts(m, mnt);
	if (sb->s_op && sb->s_op->show_options)
		sb->s_op->show_options(m, mnt->mnt_root);
	seq_puts(m, " 0 0\n");
	return 0;
}

/* The path of dentry inside its own filesystem, "/" for its root. */
static void seq_dentry_in_sb(struct seq_file *m, struct dentry *dentry)
{
	if (dentry == dentry->d_sb->s_root || dentry == dentry->d_parent) {
		seq_putc(m, '/');
		return;
	}
	if (dentry->d_parent != dentry->d_sb->s_root)
		seq_dentry_in_sb(m, dentry->d_parent);
	seq_putc(m, '/');
	seq_escape(m, (const char *)dentry->d_name.name, ESCAPE_CHARS);
}

static int show_mountinfo(struct seq_file *m, void *v)
{
	struct mount *r = list_entry(v, struct mount, mnt_list);
	struct vfsmount *mnt = &r->mnt;
	struct path mnt_path = { .dentry = mnt->mnt_root, .mnt = mnt };
	struct super_block *sb = mnt->mnt_sb;
	struct mount *parent = r->mnt_parent ?: r;

	seq_printf(m, "%i %i %u:%u ", r->mnt_id, parent->mnt_id,
		   MAJOR(sb->s_dev), MINOR(sb->s_dev));
	seq_dentry_in_sb(m, mnt->mnt_root);
	seq_putc(m, ' ');
	seq_path(m, &mnt_path, ESCAPE_CHARS);
	seq_puts(m, mnt->mnt_flags & MNT_READONLY ? " ro" : " rw");
	show_mnt_opts(m, mnt);
	seq_puts(m, " - ");
	show_type(m, sb);
	seq_putc(m, ' ');
	mangle(m, r->mnt_devname ?: "none");
	seq_puts(m, sb->s_flags & SB_RDONLY ? " ro" : " rw");
	show_sb_opts(m, sb);
	if (sb->s_op && sb->s_op->show_options)
		sb->s_op->show_options(m, mnt->mnt_root);
	seq_putc(m, '\n');
	return 0;
}

static const struct seq_operations mounts_op = {
	.start	= m_start,
	.next	= m_next,
	.stop	= m_stop,
	.show	= show_vfsmnt,
};

static const struct seq_operations mountinfo_op = {
	.start	= m_start,
	.next	= m_next,
	.stop	= m_stop,
	.show	= show_mountinfo,
};

static int mounts_open(struct inode *inode, struct file *file)
{
	return seq_open(file, &mounts_op);
}

static int mountinfo_open(struct inode *inode, struct file *file)
{
	return seq_open(file, &mountinfo_op);
}

const struct file_operations proc_mounts_operations = {
	.open		= mounts_open,
	.read		= seq_read,
	.splice_read	= generic_file_splice_read,
	.llseek		= seq_lseek,
	.release	= seq_release,
};

const struct file_operations proc_mountinfo_operations = {
	.open		= mountinfo_open,
	.read		= seq_read,
	.splice_read	= generic_file_splice_read,
	.llseek		= seq_lseek,
	.release	= seq_release,
};
