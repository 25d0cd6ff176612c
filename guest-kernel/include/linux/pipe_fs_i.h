/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_PIPE_FS_I_H
#define _LINUX_PIPE_FS_I_H

#include <linux/wait.h>

#define PIPE_DEF_BUFFERS	16
#define PIPE_BUF		4096

/* A pipe: a ring of PIPE_DEF_BUFFERS pages (64 KiB), readers and writers. */
struct pipe_inode_info {
	struct wait_queue_head rd_wait, wr_wait;
	char *bufs[PIPE_DEF_BUFFERS];
	unsigned int head, tail;	/* byte positions; used = head - tail */
	unsigned int size;		/* capacity in bytes */
	unsigned int readers;
	unsigned int writers;
	unsigned int files;
	unsigned int r_counter, w_counter;
};

struct pipe_inode_info *alloc_pipe_info(void);
void free_pipe_info(struct pipe_inode_info *pipe);
extern const struct file_operations pipefifo_fops;
int create_pipe_files(struct file **res, int flags);

#endif
