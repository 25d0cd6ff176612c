// SPDX-License-Identifier: GPL-2.0
/* The registered filesystem types, in registration order. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/seq_file.h>
#include <linux/string.h>

static struct file_system_type *file_systems;

static struct file_system_type **find_filesystem(const char *name, unsigned len)
{
	struct file_system_type **p;

	for (p = &file_systems; *p; p = &(*p)->next)
		if (strlen((*p)->name) == len && !strncmp((*p)->name, name, len))
			break;
	return p;
}

int register_filesystem(struct file_system_type *fs)
{
	struct file_system_type **p;

	if (fs->next)
		return -EBUSY;
	p = find_filesystem(fs->name, strlen(fs->name));
	if (*p)
		return -EBUSY;
	*p = fs;
	return 0;
}

int unregister_filesystem(struct file_system_type *fs)
{
	struct file_system_type **p;

	for (p = &file_systems; *p; p = &(*p)->next) {
		if (*p == fs) {
			*p = fs->next;
			fs->next = NULL;
			return 0;
		}
	}
	return -EINVAL;
}

struct file_system_type *get_fs_type(const char *name)
{
	return *find_filesystem(name, strlen(name));
}

/* The names of the types that need a block device, NUL separated; their count. */
int list_bdev_fs_names(char *buf, size_t size)
{
	struct file_system_type *p;
	size_t len;
	int count = 0;

	for (p = file_systems; p; p = p->next) {
		if (!(p->fs_flags & FS_REQUIRES_DEV))
			continue;
		len = strlen(p->name) + 1;
		if (len > size)
			break;
		memcpy(buf, p->name, len);
		buf += len;
		size -= len;
		count++;
	}
	return count;
}

int filesystems_proc_show(struct seq_file *m, void *v)
{
	struct file_system_type *p;

	for (p = file_systems; p; p = p->next)
		seq_printf(m, "%s\t%s\n",
			   (p->fs_flags & FS_REQUIRES_DEV) ? "" : "nodev",
			   p->name);
	return 0;
}
