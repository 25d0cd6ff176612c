/* SPDX-License-Identifier: GPL-2.0 */
/* Between the VFS files (not for filesystems). */
#ifndef _FS_INTERNAL_H
#define _FS_INTERNAL_H

#include <linux/fs.h>

char *getname(const char __user *filename);
char *getname_flags(const char __user *filename, int flags);
void putname(const char *name);
int filename_lookup(int dfd, const char *name, unsigned int flags,
		    struct path *path);
struct file *do_filp_open(int dfd, const char *name, int flags, umode_t mode);
void mnt_init(void);
void truncate_inode_pages(struct address_space *mapping, loff_t lstart);
long do_sys_ftruncate(unsigned int fd, loff_t length);

#endif
