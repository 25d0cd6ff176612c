/* SPDX-License-Identifier: GPL-2.0 */
/* A process's root, working directory and umask. */
#ifndef _LINUX_FS_STRUCT_H
#define _LINUX_FS_STRUCT_H

#include <linux/path.h>
#include <linux/types.h>

struct task_struct;

struct fs_struct {
	int users;
	int umask;
	struct path root, pwd;
};

extern struct fs_struct init_fs;

struct fs_struct *copy_fs_struct(struct fs_struct *old);
void free_fs_struct(struct fs_struct *fs);
void exit_fs(struct task_struct *tsk);
void set_fs_root(struct fs_struct *fs, const struct path *path);
void set_fs_pwd(struct fs_struct *fs, const struct path *path);
void get_fs_root(struct fs_struct *fs, struct path *root);
void get_fs_pwd(struct fs_struct *fs, struct path *pwd);
int current_umask(void);

#endif
