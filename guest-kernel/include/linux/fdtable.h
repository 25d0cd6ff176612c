/* SPDX-License-Identifier: GPL-2.0 */
/* A process's open files: a table of struct file pointers and the close-on-exec bits. */
#ifndef _LINUX_FDTABLE_H
#define _LINUX_FDTABLE_H

#include <linux/types.h>
#include <linux/fs.h>

#define NR_OPEN_DEFAULT	64
#define NR_OPEN_MAX	4096

struct fdtable {
	unsigned int max_fds;
	struct file **fd;
	unsigned long *close_on_exec;
	unsigned long *open_fds;
};

struct files_struct {
	int count;
	struct fdtable *fdt;
	struct fdtable fdtab;
	unsigned int next_fd;
	unsigned long close_on_exec_init[NR_OPEN_DEFAULT / 64];
	unsigned long open_fds_init[NR_OPEN_DEFAULT / 64];
	struct file *fd_array[NR_OPEN_DEFAULT];
};

#define files_fdtable(files)	((files)->fdt)

static inline bool close_on_exec(unsigned int fd, const struct fdtable *fdt)
{
	return fdt->close_on_exec[fd / 64] & (1UL << (fd % 64));
}

static inline struct file *files_lookup_fd_raw(struct files_struct *files,
					       unsigned int fd)
{
	struct fdtable *fdt = files->fdt;

	return fd < fdt->max_fds ? fdt->fd[fd] : NULL;
}

#define fcheck_files(files, fd)	files_lookup_fd_raw(files, fd)

struct files_struct *dup_fd(struct files_struct *oldf, int *errorp);
void put_files_struct(struct files_struct *fs);
void exit_files(struct task_struct *tsk);
void do_close_on_exec(struct files_struct *files);
extern struct files_struct init_files;

#endif
