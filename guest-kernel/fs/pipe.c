// SPDX-License-Identifier: GPL-2.0
/*
 * Pipes and FIFOs: a 64 KiB ring of pages between writers and readers.
 * A reader sleeps while the pipe is empty and some writer is left (no
 * writers: end of file); a writer sleeps while it is full, and gets
 * SIGPIPE and -EPIPE once no reader is left. Writes of up to PIPE_BUF
 * bytes are never interleaved with others.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/pipe_fs_i.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <uapi/asm-generic/ioctls.h>

#define PIPEFS_MAGIC	0x50495045

static struct vfsmount *pipe_mnt;

struct pipe_inode_info *alloc_pipe_info(void)
{
	struct pipe_inode_info *pipe = kzalloc(sizeof(*pipe), GFP_KERNEL);

	if (!pipe)
		return NULL;
	init_waitqueue_head(&pipe->rd_wait);
	init_waitqueue_head(&pipe->wr_wait);
	pipe->size = PIPE_DEF_BUFFERS * PAGE_SIZE;
	return pipe;
}

void free_pipe_info(struct pipe_inode_info *pipe)
{
	int i;

	for (i = 0; i < PIPE_DEF_BUFFERS; i++)
		free_page((unsigned long)pipe->bufs[i]);
	kfree(pipe);
}

static unsigned int pipe_used(struct pipe_inode_info *pipe)
{
	return pipe->head - pipe->tail;
}

/* The page holding byte position pos, allocated on first use. */
static char *pipe_buf(struct pipe_inode_info *pipe, unsigned int pos)
{
	unsigned int slot = (pos / PAGE_SIZE) % PIPE_DEF_BUFFERS;

	if (!pipe->bufs[slot])
		pipe->bufs[slot] = (char *)__get_free_page(GFP_KERNEL);
	return pipe->bufs[slot];
}

static ssize_t pipe_read(struct file *filp, char __user *buf, size_t total_len,
			 loff_t *ppos)
{
	struct pipe_inode_info *pipe = filp->private_data;
	size_t done = 0;
	int err;

	if (!total_len)
		return 0;
	for (;;) {
		while (done < total_len && pipe_used(pipe)) {
			unsigned int off = pipe->tail % PAGE_SIZE;
			size_t chunk = min3(total_len - done, (size_t)pipe_used(pipe),
					    (size_t)(PAGE_SIZE - off));
			char *page = pipe_buf(pipe, pipe->tail);

			if (copy_to_user(buf + done, page + off, chunk)) {
				if (!done)
					done = -EFAULT;
				goto out;
			}
			pipe->tail += chunk;
			done += chunk;
		}
		if (done)
			break;
		if (!pipe->writers)
			break;
		if (filp->f_flags & O_NONBLOCK)
			return -EAGAIN;
		err = wait_event_interruptible(pipe->rd_wait,
					       pipe_used(pipe) || !pipe->writers);
		if (err)
			return err;
	}
out:
	if (done)
		wake_up_interruptible(&pipe->wr_wait);
	return done;
}

static ssize_t pipe_write(struct file *filp, const char __user *buf,
			  size_t total_len, loff_t *ppos)
{
	struct pipe_inode_info *pipe = filp->private_data;
	size_t done = 0;
	int err;

	if (!total_len)
		return 0;
	for (;;) {
		size_t room;

		if (!pipe->readers) {
			send_sig(SIGPIPE, current, 0);
			return done ? done : -EPIPE;
		}
		room = pipe->size - pipe_used(pipe);
		/* small writes go in one piece */
		if (room && (total_len - done > PIPE_BUF || room >= total_len - done)) {
			while (done < total_len && pipe_used(pipe) < pipe->size) {
				unsigned int off = pipe->head % PAGE_SIZE;
				size_t chunk = min3(total_len - done,
						    (size_t)(pipe->size - pipe_used(pipe)),
						    (size_t)(PAGE_SIZE - off));
				char *page = pipe_buf(pipe, pipe->head);

				if (!page)
					return done ? done : -ENOMEM;
				if (copy_from_user(page + off, buf + done, chunk))
					return done ? done : -EFAULT;
				pipe->head += chunk;
				done += chunk;
			}
			wake_up_interruptible(&pipe->rd_wait);
		}
		if (done == total_len)
			return done;
		if (filp->f_flags & O_NONBLOCK)
			return done ? done : -EAGAIN;
		err = wait_event_interruptible(pipe->wr_wait,
			!pipe->readers || pipe->size - pipe_used(pipe) >=
			min(total_len - done, (size_t)PIPE_BUF));
		if (err)
			return done ? done : err;
	}
}

static __poll_t pipe_poll(struct file *filp, poll_table *wait)
{
	struct pipe_inode_info *pipe = filp->private_data;
	__poll_t mask = 0;

	if (filp->f_mode & FMODE_READ)
		poll_wait(filp, &pipe->rd_wait, wait);
	if (filp->f_mode & FMODE_WRITE)
		poll_wait(filp, &pipe->wr_wait, wait);
	if (filp->f_mode & FMODE_READ) {
		if (pipe_used(pipe))
			mask |= EPOLLIN | EPOLLRDNORM;
		if (!pipe->writers && filp->f_version != pipe->w_counter)
			mask |= EPOLLHUP;
	}
	if (filp->f_mode & FMODE_WRITE) {
		if (pipe->size - pipe_used(pipe) >= PIPE_BUF)
			mask |= EPOLLOUT | EPOLLWRNORM;
		if (!pipe->readers)
			mask |= EPOLLERR;
	}
	return mask;
}

static long pipe_ioctl(struct file *filp, unsigned int cmd, unsigned long arg)
{
	struct pipe_inode_info *pipe = filp->private_data;

	if (cmd == FIONREAD)
		return put_user((int)pipe_used(pipe), (int __user *)arg);
	return -ENOIOCTLCMD;
}

static int pipe_release(struct inode *inode, struct file *file)
{
	struct pipe_inode_info *pipe = inode->i_pipe;

	if (file->f_mode & FMODE_READ)
		pipe->readers--;
	if (file->f_mode & FMODE_WRITE)
		pipe->writers--;
	wake_up_interruptible(&pipe->rd_wait);
	wake_up_interruptible(&pipe->wr_wait);
	if (!--pipe->files) {
		inode->i_pipe = NULL;
		free_pipe_info(pipe);
	}
	return 0;
}

/* Opening a FIFO: readers wait for a writer and the other way round. */
static int fifo_open(struct inode *inode, struct file *filp)
{
	struct pipe_inode_info *pipe = inode->i_pipe;
	int ret;

	if (!pipe) {
		pipe = alloc_pipe_info();
		if (!pipe)
			return -ENOMEM;
		inode->i_pipe = pipe;
	}
	filp->private_data = pipe;
	pipe->files++;
	filp->f_mode &= ~(FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE);
	filp->f_mode |= FMODE_STREAM;
	switch (filp->f_mode & (FMODE_READ | FMODE_WRITE)) {
	case FMODE_READ:
		pipe->r_counter++;
		if (pipe->readers++ == 0)
			wake_up_interruptible(&pipe->wr_wait);
		if (!pipe->writers && !(filp->f_flags & O_NONBLOCK)) {
			unsigned int w = pipe->w_counter;

			ret = wait_event_interruptible(pipe->rd_wait,
						       pipe->w_counter != w);
			if (ret)
				goto err_rd;
		}
		break;
	case FMODE_WRITE:
		ret = -ENXIO;
		if ((filp->f_flags & O_NONBLOCK) && !pipe->readers)
			goto err;
		pipe->w_counter++;
		if (!pipe->writers++)
			wake_up_interruptible(&pipe->rd_wait);
		if (!pipe->readers) {
			unsigned int r = pipe->r_counter;

			ret = wait_event_interruptible(pipe->wr_wait,
						       pipe->r_counter != r);
			if (ret)
				goto err_wr;
		}
		break;
	default:
		pipe->readers++;
		pipe->writers++;
		pipe->r_counter++;
		pipe->w_counter++;
		wake_up_interruptible(&pipe->rd_wait);
		wake_up_interruptible(&pipe->wr_wait);
	}
	return 0;

err_rd:
	pipe->readers--;
	goto err;
err_wr:
	pipe->writers--;
err:
	if (!--pipe->files) {
		inode->i_pipe = NULL;
		free_pipe_info(pipe);
	}
	return ret;
}

const struct file_operations pipefifo_fops = {
	.open		= fifo_open,
	.llseek		= no_llseek,
	.read		= pipe_read,
	.write		= pipe_write,
	.poll		= pipe_poll,
	.unlocked_ioctl	= pipe_ioctl,
	.release	= pipe_release,
	.splice_write	= iter_file_splice_write,
	.splice_read	= generic_file_splice_read,
};

static char *pipefs_dname(struct dentry *dentry, char *buffer, int buflen)
{
	return dynamic_dname(buffer, buflen, "pipe:[%lu]",
			     d_inode(dentry)->i_ino);
}

static const struct dentry_operations pipefs_dentry_operations = {
	.d_dname	= pipefs_dname,
};

static struct inode *get_pipe_inode(void)
{
	struct inode *inode = new_inode(pipe_mnt->mnt_sb);
	struct pipe_inode_info *pipe;

	if (!inode)
		return NULL;
	inode->i_ino = get_next_ino();
	pipe = alloc_pipe_info();
	if (!pipe) {
		iput(inode);
		return NULL;
	}
	inode->i_pipe = pipe;
	pipe->files = 2;
	pipe->readers = pipe->writers = 1;
	pipe->r_counter = pipe->w_counter = 1;
	inode->i_fop = &pipefifo_fops;
	inode->i_mode = S_IFIFO | S_IRUSR | S_IWUSR;
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_time(inode);
	return inode;
}

int create_pipe_files(struct file **res, int flags)
{
	struct inode *inode = get_pipe_inode();
	struct file *f;

	if (!inode)
		return -ENFILE;
	f = alloc_file_pseudo(inode, pipe_mnt, "",
			      O_WRONLY | (flags & (O_NONBLOCK | O_DIRECT)),
			      &pipefifo_fops);
	if (IS_ERR(f)) {
		free_pipe_info(inode->i_pipe);
		iput(inode);
		return PTR_ERR(f);
	}
	f->private_data = inode->i_pipe;
	f->f_mode |= FMODE_STREAM;
	f->f_mode &= ~(FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE);
	res[1] = f;

	ihold(inode);
	res[0] = alloc_file_pseudo(inode, pipe_mnt, "", O_RDONLY |
				   (flags & O_NONBLOCK), &pipefifo_fops);
	if (IS_ERR(res[0])) {
		iput(inode);
		fput(res[1]);
		return PTR_ERR(res[0]);
	}
	res[0]->private_data = inode->i_pipe;
	res[0]->f_mode |= FMODE_STREAM;
	res[0]->f_mode &= ~(FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE);
	return 0;
}

SYSCALL_DEFINE2(pipe2, int __user *, fildes, int, flags)
{
	struct file *files[2];
	int fd[2], error;

	if (flags & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT))
		return -EINVAL;
	error = create_pipe_files(files, flags);
	if (error)
		return error;
	fd[0] = get_unused_fd_flags(flags);
	if (fd[0] < 0) {
		error = fd[0];
		goto err_files;
	}
	fd[1] = get_unused_fd_flags(flags);
	if (fd[1] < 0) {
		error = fd[1];
		goto err_fd0;
	}
	if (copy_to_user(fildes, fd, sizeof(fd))) {
		error = -EFAULT;
		put_unused_fd(fd[1]);
		goto err_fd0;
	}
	fd_install(fd[0], files[0]);
	fd_install(fd[1], files[1]);
	return 0;

err_fd0:
	put_unused_fd(fd[0]);
err_files:
	fput(files[0]);
	fput(files[1]);
	return error;
}

static int pipefs_fill_super(struct super_block *sb, void *data, int silent)
{
	struct inode *root = new_inode(sb);

	if (!root)
		return -ENOMEM;
	root->i_ino = 1;
	root->i_mode = S_IFDIR | 0755;
	sb->s_magic = PIPEFS_MAGIC;
	sb->s_d_op = &pipefs_dentry_operations;
	sb->s_root = d_make_root(root);
	return sb->s_root ? 0 : -ENOMEM;
}

static struct dentry *pipefs_mount(struct file_system_type *fs_type, int flags,
				   const char *dev_name, void *data)
{
	return mount_nodev(fs_type, flags, data, pipefs_fill_super);
}

static struct file_system_type pipe_fs_type = {
	.name		= "pipefs",
	.mount		= pipefs_mount,
	.kill_sb	= kill_anon_super,
};

static int __init init_pipe_fs_initcall(void)
{
	int err = register_filesystem(&pipe_fs_type);

	if (err)
		return err;
	pipe_mnt = kern_mount(&pipe_fs_type);
	if (IS_ERR(pipe_mnt)) {
		err = PTR_ERR(pipe_mnt);
		unregister_filesystem(&pipe_fs_type);
	}
	return err;
}
fs_initcall(init_pipe_fs_initcall);
