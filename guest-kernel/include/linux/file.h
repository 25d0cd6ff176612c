/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_FILE_H
#define _LINUX_FILE_H

#include <linux/types.h>

struct file;

struct file *fget(unsigned int fd);
struct file *fget_raw(unsigned int fd);
int get_unused_fd_flags(unsigned flags);
void put_unused_fd(unsigned int fd);
void fd_install(unsigned int fd, struct file *file);
int close_fd(unsigned int fd);
int replace_fd(unsigned fd, struct file *file, unsigned flags);
int f_dupfd(unsigned int from, struct file *file, unsigned flags);
void set_close_on_exec(unsigned int fd, int flag);
bool get_close_on_exec(unsigned int fd);
int receive_fd(struct file *file, unsigned int o_flags);
void fput(struct file *file);

/* fdget()'s answer: the file, and whether fdput() drops a reference */
#define FDPUT_FPUT	1
#define FDPUT_POS_UNLOCK 2

struct fd {
	struct file *file;
	unsigned int flags;
};

unsigned long __fdget(unsigned int fd);

static inline struct fd __to_fd(unsigned long v)
{
	return (struct fd){ (struct file *)(v & ~3), v & 3 };
}

static inline struct fd fdget(unsigned int fd)
{
	return __to_fd(__fdget(fd));
}

static inline void fdput(struct fd fd)
{
	if (fd.flags & FDPUT_FPUT)
		fput(fd.file);
}

#endif
