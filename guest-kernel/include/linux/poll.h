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
#define EPOLLPRI	POLLPRI
#define EPOLLOUT	POLLOUT
#define EPOLLERR	POLLERR
#define EPOLLHUP	POLLHUP
#define EPOLLNVAL	POLLNVAL
#define EPOLLRDNORM	POLLRDNORM
#define EPOLLRDBAND	POLLRDBAND
#define EPOLLWRNORM	POLLWRNORM
#define EPOLLWRBAND	POLLWRBAND
#define EPOLLMSG	POLLMSG
#define EPOLLRDHUP	POLLRDHUP

#define DEFAULT_POLLMASK (EPOLLIN | EPOLLOUT | EPOLLRDNORM | EPOLLWRNORM)

/*
 * What a driver's ->poll() is handed, in Debian's layout: poll_wait()
 * (inline in module code too) calls _qproc to put the poller on each wait
 * queue that will announce a change; _key is what the poller waits for.
 * _qproc is NULL once the poller has its queues (later passes).
 */
struct poll_table_struct;
typedef void (*poll_queue_proc)(struct file *, struct wait_queue_head *,
				struct poll_table_struct *);

typedef struct poll_table_struct {
	poll_queue_proc _qproc;
	__poll_t _key;
} poll_table;

static inline void poll_wait(struct file *filp,
			     struct wait_queue_head *wait_address,
			     poll_table *p)
{
	if (p && p->_qproc && wait_address)
		p->_qproc(filp, wait_address, p);
}

static inline bool poll_does_not_wait(const poll_table *p)
{
	return !p || !p->_qproc;
}

static inline __poll_t poll_requested_events(const poll_table *p)
{
	return p ? p->_key : ~(__poll_t)0;
}

static inline void init_poll_funcptr(poll_table *pt, poll_queue_proc qproc)
{
	pt->_qproc = qproc;
	pt->_key = ~(__poll_t)0;
}

/* One wait queue a poller sleeps on, and the file that named it. */
struct poll_table_entry {
	struct file *filp;
	__poll_t key;
	struct wait_queue_entry wait;
	struct wait_queue_head *wait_address;
};

struct poll_table_page;

/* A poll()/select() call's state: its table, who sleeps, whether woken. */
struct poll_wqueues {
	poll_table pt;
	struct poll_table_page *table;
	struct task_struct *polling_task;
	int triggered;
	int error;
};

void poll_initwait(struct poll_wqueues *pwq);
void poll_freewait(struct poll_wqueues *pwq);
__poll_t vfs_poll(struct file *file, poll_table *pt);

struct pollfd {
	int fd;
	short events;
	short revents;
};

#endif
