// SPDX-License-Identifier: GPL-2.0
/*
 * File descriptor tables: the lowest free descriptor first, the table
 * growing past its first 64 slots on demand (up to RLIMIT_NOFILE), and
 * the close-on-exec bits beside it.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <uapi/linux/fcntl.h>

struct files_struct init_files = {
	.count = 1,
	.fdt = &init_files.fdtab,
	.fdtab = {
		.max_fds = NR_OPEN_DEFAULT,
		.fd = &init_files.fd_array[0],
		.close_on_exec = init_files.close_on_exec_init,
		.open_fds = init_files.open_fds_init,
	},
};

#define BITS_WORDS(n)	(((n) + 63) / 64)

static void set_bit_in(unsigned long *map, unsigned int nr, bool on)
{
	if (on)
		map[nr / 64] |= 1UL << (nr % 64);
	else
		map[nr / 64] &= ~(1UL << (nr % 64));
}

static bool test_bit_in(const unsigned long *map, unsigned int nr)
{
	return map[nr / 64] & (1UL << (nr % 64));
}

static void init_fdtab(struct files_struct *f)
{
	f->count = 1;
	f->fdt = &f->fdtab;
	f->fdtab.max_fds = NR_OPEN_DEFAULT;
	f->fdtab.fd = f->fd_array;
	f->fdtab.close_on_exec = f->close_on_exec_init;
	f->fdtab.open_fds = f->open_fds_init;
}

static void free_fdtable(struct files_struct *f, struct fdtable *fdt)
{
	if (fdt == &f->fdtab)
		return;
	kfree(fdt->fd);
	kfree(fdt->close_on_exec);
	kfree(fdt->open_fds);
	kfree(fdt);
}

/* Room for descriptor nr: the table doubles until it fits. */
static int expand_files_for(struct files_struct *files, unsigned int nr)
{
	struct fdtable *old = files->fdt, *new;
	unsigned int n = old->max_fds;

	if (nr < n)
		return 0;
	while (n <= nr)
		n *= 2;
	new = kzalloc(sizeof(*new), GFP_KERNEL);
	if (!new)
		return -ENOMEM;
	new->max_fds = n;
	new->fd = kzalloc(n * sizeof(struct file *), GFP_KERNEL);
	new->close_on_exec = kzalloc(BITS_WORDS(n) * sizeof(long), GFP_KERNEL);
	new->open_fds = kzalloc(BITS_WORDS(n) * sizeof(long), GFP_KERNEL);
	if (!new->fd || !new->close_on_exec || !new->open_fds) {
		free_fdtable(files, new);
		return -ENOMEM;
	}
	memcpy(new->fd, old->fd, old->max_fds * sizeof(struct file *));
	memcpy(new->close_on_exec, old->close_on_exec,
	       BITS_WORDS(old->max_fds) * sizeof(long));
	memcpy(new->open_fds, old->open_fds, BITS_WORDS(old->max_fds) * sizeof(long));
	files->fdt = new;
	free_fdtable(files, old);
	return 0;
}

static int expand_files(struct files_struct *files, unsigned int nr)
{
	if (nr >= rlimit(RLIMIT_NOFILE))
		return -EMFILE;
	return expand_files_for(files, nr);
}

static int alloc_fd(unsigned int start, unsigned int end, unsigned flags)
{
	struct files_struct *files = current->files;
	unsigned int fd = max(start, files->next_fd);
	int err;

	if (start > files->next_fd)
		fd = start;
	for (;; fd++) {
		if (fd >= end)
			return -EMFILE;
		if (fd >= files->fdt->max_fds) {
			err = expand_files(files, fd);
			if (err)
				return err;
		}
		if (!test_bit_in(files->fdt->open_fds, fd))
			break;
	}
	set_bit_in(files->fdt->open_fds, fd, true);
	set_bit_in(files->fdt->close_on_exec, fd, flags & O_CLOEXEC);
	if (start <= files->next_fd)
		files->next_fd = fd + 1;
	return fd;
}

int get_unused_fd_flags(unsigned flags)
{
	return alloc_fd(0, rlimit(RLIMIT_NOFILE), flags);
}

static void __put_unused_fd(struct files_struct *files, unsigned int fd)
{
	set_bit_in(files->fdt->open_fds, fd, false);
	if (fd < files->next_fd)
		files->next_fd = fd;
}

void put_unused_fd(unsigned int fd)
{
	__put_unused_fd(current->files, fd);
}

void fd_install(unsigned int fd, struct file *file)
{
	current->files->fdt->fd[fd] = file;
}

struct file *fget(unsigned int fd)
{
	struct file *file = files_lookup_fd_raw(current->files, fd);

	if (!file || (file->f_mode & FMODE_PATH))
		return NULL;
	return get_file(file);
}

struct file *fget_raw(unsigned int fd)
{
	struct file *file = files_lookup_fd_raw(current->files, fd);

	return file ? get_file(file) : NULL;
}

/*
 * fdget(): a task whose fd table nobody shares uses the file without a
 * reference (nothing can close it under it); otherwise it takes one,
 * which fdput() drops: FDPUT_FPUT in the low bit says so. O_PATH files
 * are not found.
 */
unsigned long __fdget(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct file *file;

	if (files->count == 1) {
		file = files_lookup_fd_raw(files, fd);
		if (!file || (file->f_mode & FMODE_PATH))
			return 0;
		return (unsigned long)file;
	}
	file = fget(fd);
	if (!file)
		return 0;
	return FDPUT_FPUT | (unsigned long)file;
}
EXPORT_SYMBOL(__fdget);

static struct file *pick_file(struct files_struct *files, unsigned int fd)
{
	struct fdtable *fdt = files->fdt;
	struct file *file;

	if (fd >= fdt->max_fds)
		return NULL;
	file = fdt->fd[fd];
	if (file) {
		fdt->fd[fd] = NULL;
		__put_unused_fd(files, fd);
	}
	return file;
}

int filp_close(struct file *filp, fl_owner_t id)
{
	int retval = 0;

	if (filp->f_op && filp->f_op->flush)
		retval = filp->f_op->flush(filp, id);
	fput(filp);
	return retval;
}

int close_fd(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct file *file = pick_file(files, fd);

	if (!file)
		return -EBADF;
	return filp_close(file, files);
}

void set_close_on_exec(unsigned int fd, int flag)
{
	set_bit_in(current->files->fdt->close_on_exec, fd, flag);
}

bool get_close_on_exec(unsigned int fd)
{
	return close_on_exec(fd, current->files->fdt);
}

/* dup2/dup3/F_DUPFD: put file at fd, closing what was there. */
static int do_dup2(struct files_struct *files, struct file *file,
		   unsigned int fd, unsigned int flags)
{
	struct fdtable *fdt = files->fdt;
	struct file *tofree = fdt->fd[fd];

	fdt->fd[fd] = get_file(file);
	set_bit_in(fdt->open_fds, fd, true);
	set_bit_in(fdt->close_on_exec, fd, flags & O_CLOEXEC);
	if (tofree)
		filp_close(tofree, files);
	return fd;
}

int replace_fd(unsigned fd, struct file *file, unsigned flags)
{
	struct files_struct *files = current->files;
	int err;

	if (!file)
		return close_fd(fd);
	if (fd >= rlimit(RLIMIT_NOFILE))
		return -EBADF;
	err = expand_files(files, fd);
	if (err)
		return err;
	return do_dup2(files, file, fd, flags);
}

int f_dupfd(unsigned int from, struct file *file, unsigned flags)
{
	int fd;

	if (from >= rlimit(RLIMIT_NOFILE))
		return -EINVAL;
	fd = alloc_fd(from, rlimit(RLIMIT_NOFILE), flags);
	if (fd >= 0)
		fd_install(fd, get_file(file));
	return fd;
}

long ksys_dup3(unsigned int oldfd, unsigned int newfd, int flags)
{
	struct files_struct *files = current->files;
	struct file *file;
	int err;

	if ((flags & ~O_CLOEXEC) != 0)
		return -EINVAL;
	if (oldfd == newfd)
		return -EINVAL;
	if (newfd >= rlimit(RLIMIT_NOFILE))
		return -EBADF;
	file = files_lookup_fd_raw(files, oldfd);
	if (!file)
		return -EBADF;
	err = expand_files(files, newfd);
	if (err)
		return err;
	return do_dup2(files, file, newfd, flags);
}

SYSCALL_DEFINE3(dup3, unsigned int, oldfd, unsigned int, newfd, int, flags)
{
	return ksys_dup3(oldfd, newfd, flags);
}

SYSCALL_DEFINE1(dup, unsigned int, fildes)
{
	struct file *file = fget_raw(fildes);
	int ret;

	if (!file)
		return -EBADF;
	ret = get_unused_fd_flags(0);
	if (ret >= 0)
		fd_install(ret, file);
	else
		fput(file);
	return ret;
}

/* fork without CLONE_FILES: the same open files, each with one more user. */
struct files_struct *dup_fd(struct files_struct *oldf, int *errorp)
{
	struct files_struct *newf = kzalloc(sizeof(*newf), GFP_KERNEL);
	struct fdtable *old = oldf->fdt;
	unsigned int i;

	*errorp = -ENOMEM;
	if (!newf)
		return NULL;
	init_fdtab(newf);
	if (old->max_fds > NR_OPEN_DEFAULT && expand_files_for(newf, old->max_fds - 1)) {
		kfree(newf);
		return NULL;
	}
	for (i = 0; i < old->max_fds; i++) {
		struct file *f = old->fd[i];

		if (!f)
			continue;
		newf->fdt->fd[i] = get_file(f);
		set_bit_in(newf->fdt->open_fds, i, true);
		set_bit_in(newf->fdt->close_on_exec, i, close_on_exec(i, old));
	}
	newf->next_fd = oldf->next_fd;
	*errorp = 0;
	return newf;
}

static void close_files(struct files_struct *files)
{
	struct fdtable *fdt = files->fdt;
	unsigned int i;

	for (i = 0; i < fdt->max_fds; i++) {
		struct file *f = fdt->fd[i];

		if (f) {
			fdt->fd[i] = NULL;
			filp_close(f, files);
		}
	}
}

void put_files_struct(struct files_struct *files)
{
	if (--files->count)
		return;
	close_files(files);
	free_fdtable(files, files->fdt);
	if (files != &init_files)
		kfree(files);
}

void exit_files(struct task_struct *tsk)
{
	struct files_struct *files = tsk->files;

	if (!files)
		return;
	tsk->files = NULL;
	put_files_struct(files);
}

/* exec: close what was marked close-on-exec. */
void do_close_on_exec(struct files_struct *files)
{
	struct fdtable *fdt = files->fdt;
	unsigned int i;

	for (i = 0; i < fdt->max_fds; i++) {
		struct file *f = fdt->fd[i];

		if (f && close_on_exec(i, fdt)) {
			fdt->fd[i] = NULL;
			__put_unused_fd(files, i);
			set_bit_in(fdt->close_on_exec, i, false);
			filp_close(f, files);
		}
	}
}
