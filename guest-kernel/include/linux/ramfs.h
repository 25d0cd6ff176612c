/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_RAMFS_H
#define _LINUX_RAMFS_H

struct super_block;

/* fill_super for an in-memory tree (tmpfs-like unless the type is "ramfs"). */
int ramfs_fill_super(struct super_block *sb, void *data, int silent);
/* its kill_sb: frees what ramfs_fill_super allocated */
void ramfs_kill_sb(struct super_block *sb);

#endif
