/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_INIT_SYSCALLS_H
#define _LINUX_INIT_SYSCALLS_H

#include <linux/types.h>

struct file;
struct kstat;
struct timespec64;

int init_chdir(const char *filename);
int init_mkdir(const char *pathname, umode_t mode);
int init_mknod(const char *filename, umode_t mode, unsigned int dev);
int init_symlink(const char *oldname, const char *newname);
int init_link(const char *oldname, const char *newname);
int init_chown(const char *filename, uid_t user, gid_t group, int flags);
int init_chmod(const char *filename, umode_t mode);
int init_utimes(const char *filename, struct timespec64 *ts);
int init_eaccess(const char *filename);
int init_stat(const char *filename, struct kstat *stat, int flags);
int init_unlink(const char *pathname);
int init_rmdir(const char *pathname);
int init_dup(struct file *file);
int init_chroot(const char *filename);

#endif
