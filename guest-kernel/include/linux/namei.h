/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_NAMEI_H
#define _LINUX_NAMEI_H

#include <linux/fs.h>
#include <linux/path.h>

#define MAXSYMLINKS	40

#define LOOKUP_FOLLOW		0x0001
#define LOOKUP_DIRECTORY	0x0002
#define LOOKUP_AUTOMOUNT	0x0004
#define LOOKUP_EMPTY		0x4000
#define LOOKUP_PARENT		0x0010
#define LOOKUP_REVAL		0x0020
#define LOOKUP_OPEN		0x0100
#define LOOKUP_CREATE		0x0200
#define LOOKUP_EXCL		0x0400
#define LOOKUP_RENAME_TARGET	0x0800

enum { LAST_NORM, LAST_ROOT, LAST_DOT, LAST_DOTDOT };

int kern_path(const char *name, unsigned int flags, struct path *path);
int user_path_at(int dfd, const char __user *name, unsigned int flags,
		 struct path *path);
int user_path_at_empty(int dfd, const char __user *name, unsigned int flags,
		       struct path *path, int *empty);
struct dentry *kern_path_create(int dfd, const char *pathname,
				struct path *path, unsigned int lookup_flags);
void done_path_create(struct path *path, struct dentry *dentry);
void nd_jump_link(const struct path *path);
struct dentry *lookup_one_len(const char *name, struct dentry *base, int len);
int follow_down_one(struct path *path);
int follow_up(struct path *path);

#endif
