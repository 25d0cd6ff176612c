/* SPDX-License-Identifier: GPL-2.0 */
/*
 * poll/select: ->poll() says what is ready now and, through poll_wait(),
 * which wait queues will announce a change.
 */
#ifndef _LINUX_POLL_H
#define _LINUX_POLL_H

#include <linux/wait.h>
#include <linux/fs.h>

#define POLLIN		0x0001
#define POLLPRI		0x0002
#define POLLOUT		0x0004
#define POLLERR		0x0008
#define POLLHUP		0x0010
#define POLLNVAL	0x0020
#define POLLRDNORM	0x0040
#define POLLRDBAND	0x0080
#define POLLWRNORM	0x0100
#define POLLWRBAND	0x0200
#define POLLMSG		0x0400
#define POLLRDHUP	0x2000

#define EPOLLIN		POLLIN
#define EPOLLOUT	POLLOUT
#define EPOLLERR	POLLERR
#define EPOLLHUP	POLLHUP
#define EPOLLRDNORM	POLLRDNORM
#define EPOLLWRNORM	POLLWRNORM
#define EPOLLPRI	POLLPRI
#define EPOLLNVAL	POLLNVAL
#define EPOLLRDHUP	POLLRDHUP

#define DEFAULT_POLLMASK (EPOLLIN | EPOLLOUT | EPOLLRDNORM | EPOLLWRNORM)

#define POLL_MAX_QUEUES	64

typedef struct poll_table_struct {
	int nr;
	struct wait_queue_head *queues[POLL_MAX_QUEUES];
	struct wait_queue_entry entries[POLL_MAX_QUEUES];
} poll_table;

void poll_wait(struct file *filp, struct wait_queue_head *wait_address,
	       poll_table *p);
__poll_t vfs_poll(struct file *file, poll_table *pt);

struct pollfd {
	int fd;
	short events;
	short revents;
};

#endif
