// SPDX-License-Identifier: GPL-2.0
/* Root, working directory and umask: shared with CLONE_FS, else copied. */
#include <linux/kernel.h>
#include <linux/fs_struct.h>
#include <linux/path.h>
#include <linux/sched.h>
#include <linux/slab.h>

struct fs_struct init_fs = {
	.users = 1,
	.umask = 0022,
};

void set_fs_root(struct fs_struct *fs, const struct path *path)
{
	struct path old = fs->root;

	path_get(path);
	fs->root = *path;
	if (old.dentry)
		path_put(&old);
}

void set_fs_pwd(struct fs_struct *fs, const struct path *path)
{
	struct path old = fs->pwd;

	path_get(path);
	fs->pwd = *path;
	if (old.dentry)
		path_put(&old);
}

void get_fs_root(struct fs_struct *fs, struct path *root)
{
	*root = fs->root;
	path_get(root);
}

void get_fs_pwd(struct fs_struct *fs, struct path *pwd)
{
	*pwd = fs->pwd;
	path_get(pwd);
}

struct fs_struct *copy_fs_struct(struct fs_struct *old)
{
	struct fs_struct *fs = kzalloc(sizeof(*fs), GFP_KERNEL);

	if (!fs)
		return NULL;
	fs->users = 1;
	fs->umask = old->umask;
	fs->root = old->root;
	fs->pwd = old->pwd;
	path_get(&fs->root);
	path_get(&fs->pwd);
	return fs;
}

void free_fs_struct(struct fs_struct *fs)
{
	path_put(&fs->root);
	path_put(&fs->pwd);
	kfree(fs);
}

void exit_fs(struct task_struct *tsk)
{
	struct fs_struct *fs = tsk->fs;

	if (!fs)
		return;
	tsk->fs = NULL;
	if (--fs->users == 0 && fs != &init_fs)
		free_fs_struct(fs);
}

int current_umask(void)
{
	return current->fs->umask;
}
