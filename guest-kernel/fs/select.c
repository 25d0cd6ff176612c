// SPDX-License-Identifier: GPL-2.0
/*
 * ppoll() and pselect6(): ask each file what is ready (->poll), and if
 * nothing is, sleep on the wait queues the files named until one of
 * them changes, a signal comes, or the timeout passes.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/gfp.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

static unsigned long rlimit_nofile(void)
{
	return rlimit(RLIMIT_NOFILE);
}

/* Entries of a poll table beyond what fits in one allocation come in pages. */
struct poll_table_page {
	struct poll_table_page *next;
	struct poll_table_entry *entry;
	struct poll_table_entry entries[];
};

#define POLL_TABLE_FULL(table) \
	((unsigned long)((table)->entry + 1) > PAGE_SIZE + (unsigned long)(table))

/* A poller was woken: wake its task, which checks the files again. */
static int __pollwake(struct wait_queue_entry *wait, unsigned int mode,
		      int sync, void *key)
{
	struct poll_wqueues *pwq = wait->private;
	struct wait_queue_entry dummy_wait;

	init_waitqueue_entry(&dummy_wait, pwq->polling_task);
	pwq->triggered = 1;
	return default_wake_function(&dummy_wait, mode, sync, key);
}

/* Woken for events the poller does not wait for: not woken at all. */
static int pollwake(struct wait_queue_entry *wait, unsigned int mode, int sync,
		    void *key)
{
	struct poll_table_entry *entry;

	entry = container_of(wait, struct poll_table_entry, wait);
	if (key && !((__poll_t)(unsigned long)key & entry->key))
		return 0;
	return __pollwake(wait, mode, sync, key);
}

static struct poll_table_entry *poll_get_entry(struct poll_wqueues *p)
{
	struct poll_table_page *table = p->table;

	if (!table || POLL_TABLE_FULL(table)) {
		struct poll_table_page *new_table;

		new_table = (struct poll_table_page *)__get_free_page(GFP_KERNEL);
		if (!new_table) {
			p->error = -ENOMEM;
			return NULL;
		}
		new_table->entry = new_table->entries;
		new_table->next = table;
		p->table = new_table;
		table = new_table;
	}
	return table->entry++;
}

/* poll_wait()'s _qproc: the poller waits on this queue until it is done. */
static void __pollwait(struct file *filp, struct wait_queue_head *wait_address,
		       poll_table *p)
{
	struct poll_wqueues *pwq = container_of(p, struct poll_wqueues, pt);
	struct poll_table_entry *entry = poll_get_entry(pwq);

	if (!entry)
		return;
	entry->filp = get_file(filp);
	entry->wait_address = wait_address;
	entry->key = p->_key;
	init_waitqueue_entry(&entry->wait, NULL);
	entry->wait.func = pollwake;
	entry->wait.private = pwq;
	add_wait_queue(wait_address, &entry->wait);
}

void poll_initwait(struct poll_wqueues *pwq)
{
	init_poll_funcptr(&pwq->pt, __pollwait);
	pwq->polling_task = current;
	pwq->triggered = 0;
	pwq->error = 0;
	pwq->table = NULL;
}
EXPORT_SYMBOL(poll_initwait);

static void free_poll_entry(struct poll_table_entry *entry)
{
	remove_wait_queue(entry->wait_address, &entry->wait);
	fput(entry->filp);
}

void poll_freewait(struct poll_wqueues *pwq)
{
	struct poll_table_page *p = pwq->table;

	while (p) {
		struct poll_table_entry *entry = p->entry;
		struct poll_table_page *old;

		while (entry > p->entries) {
			entry--;
			free_poll_entry(entry);
		}
		old = p;
		p = p->next;
		free_page((unsigned long)old);
	}
}
EXPORT_SYMBOL(poll_freewait);

/* Sleep until woken or the deadline; false once the deadline has passed. */
static bool poll_schedule_timeout(struct poll_wqueues *pwq, u64 deadline)
{
	bool in_time = true;

	set_current_state(TASK_INTERRUPTIBLE);
	if (!pwq->triggered) {
		if (ktime_get() >= deadline) {
			__set_current_state(TASK_RUNNING);
			return false;
		}
		schedule_timeout_ns(deadline);
		in_time = ktime_get() < deadline;
	}
	__set_current_state(TASK_RUNNING);
	pwq->triggered = 0;
	return in_time;
}

__poll_t vfs_poll(struct file *file, poll_table *pt)
{
	if (!file->f_op || !file->f_op->poll)
		return DEFAULT_POLLMASK;
	return file->f_op->poll(file, pt);
}

struct poll_list {
	struct pollfd *fds;
	unsigned int nfds;
};

static int poll_scan(void *arg, poll_table *pt)
{
	struct poll_list *list = arg;
	struct pollfd *fds = list->fds;
	unsigned int nfds = list->nfds;
	unsigned int i;
	int count = 0;

	for (i = 0; i < nfds; i++) {
		struct pollfd *pfd = &fds[i];
		struct file *f;
		__poll_t mask;

		pfd->revents = 0;
		if (pfd->fd < 0)
			continue;
		f = fget(pfd->fd);
		if (!f) {
			mask = POLLNVAL;
		} else {
			/* the driver is told what is asked for */
			if (pt)
				pt->_key = pfd->events | POLLERR | POLLHUP;
			mask = vfs_poll(f, pt);
			mask &= pfd->events | POLLERR | POLLHUP;
			fput(f);
		}
		pfd->revents = mask;
		if (mask) {
			count++;
			/* one is ready: no need to wait on the rest */
			if (pt)
				pt->_qproc = NULL;
		}
	}
	return count;
}

/*
 * poll and select, as Linux's do_poll(): the first pass puts the poller
 * on the files' wait queues, later passes only look; scan until one is
 * ready, the deadline passes or a signal comes.
 */
static int poll_until(int (*scan)(void *arg, poll_table *pt), void *arg,
		      u64 deadline)
{
	struct poll_wqueues table;
	poll_table *pt = &table.pt;
	bool timed_out = ktime_get() >= deadline;
	int count;

	poll_initwait(&table);
	if (timed_out)
		pt->_qproc = NULL;	/* no waiting at all */
	for (;;) {
		count = scan(arg, pt);
		pt->_qproc = NULL;
		if (count || timed_out)
			break;
		if (table.error) {
			count = table.error;
			break;
		}
		if (signal_pending(current)) {
			count = -ERESTARTNOHAND;
			break;
		}
		if (!poll_schedule_timeout(&table, deadline))
			timed_out = true;
	}
	poll_freewait(&table);
	return count;
}

static int do_poll(struct pollfd *fds, unsigned int nfds, u64 deadline)
{
	struct poll_list list = { fds, nfds };

	return poll_until(poll_scan, &list, deadline);
}

static int set_user_sigmask(const sigset_t __user *umask, size_t sigsetsize)
{
	sigset_t kmask;

	if (!umask)
		return 0;
	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&kmask, umask, sizeof(kmask)))
		return -EFAULT;
	current->saved_sigmask = current->blocked;
	set_tsk_thread_flag(current, TIF_RESTORE_SIGMASK);
	set_current_blocked(&kmask);
	return 0;
}

/* After the call: keep the temporary mask for the handler only if interrupted. */
static void restore_user_sigmask(bool interrupted)
{
	if (!test_tsk_thread_flag(current, TIF_RESTORE_SIGMASK))
		return;
	if (interrupted && signal_pending(current))
		return;
	clear_tsk_thread_flag(current, TIF_RESTORE_SIGMASK);
	set_current_blocked(&current->saved_sigmask);
}

static int deadline_from(const struct __kernel_timespec __user *tsp, u64 *deadline)
{
	struct timespec64 ts;

	*deadline = U64_MAX;
	if (!tsp)
		return 0;
	if (get_timespec64(&ts, tsp))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	*deadline = ktime_get() + timespec64_to_ns(&ts);
	return 0;
}

/* poll() and ppoll(): the fds in, wait until @deadline, their revents back. */
static int do_sys_poll(struct pollfd __user *ufds, unsigned int nfds, u64 deadline,
		       const sigset_t __user *sigmask, size_t sigsetsize)
{
	struct pollfd *fds;
	int ret;

	if (nfds > rlimit_nofile())
		return -EINVAL;
	fds = kmalloc(nfds * sizeof(*fds) + 1, GFP_KERNEL);
	if (!fds)
		return -ENOMEM;
	ret = -EFAULT;
	if (copy_from_user(fds, ufds, nfds * sizeof(*fds)))
		goto out;
	ret = set_user_sigmask(sigmask, sigsetsize);
	if (ret)
		goto out;
	ret = do_poll(fds, nfds, deadline);
	restore_user_sigmask(ret == -ERESTARTNOHAND);
	if (ret >= 0) {
		unsigned int i;

		for (i = 0; i < nfds; i++)
			if (put_user(fds[i].revents, &ufds[i].revents)) {
				ret = -EFAULT;
				break;
			}
	}
out:
	kfree(fds);
	return ret;
}

SYSCALL_DEFINE5(ppoll, struct pollfd __user *, ufds, unsigned int, nfds,
		struct __kernel_timespec __user *, tsp,
		const sigset_t __user *, sigmask, size_t, sigsetsize)
{
	u64 deadline;
	int ret = deadline_from(tsp, &deadline);

	if (ret)
		return ret;
	return do_sys_poll(ufds, nfds, deadline, sigmask, sigsetsize);
}

/*
 * poll(), which 32-bit ARM's table has (arm64's has ppoll only): a timeout
 * in milliseconds, negative for none. A restart after a signal waits the
 * whole timeout again (Linux recomputes what is left).
 */
SYSCALL_DEFINE3(poll, struct pollfd __user *, ufds, unsigned int, nfds,
		int, timeout_msecs)
{
	u64 deadline = U64_MAX;

	if (timeout_msecs >= 0)
		deadline = ktime_get() + (u64)timeout_msecs * NSEC_PER_MSEC;
	return do_sys_poll(ufds, nfds, deadline, NULL, 0);
}

#define POLLIN_SET	(EPOLLRDNORM | EPOLLRDBAND | EPOLLIN | EPOLLHUP | EPOLLERR)
#define POLLOUT_SET	(EPOLLWRBAND | EPOLLWRNORM | EPOLLOUT | EPOLLERR)
#define POLLEX_SET	(EPOLLPRI)

struct fd_sets {
	int n;
	unsigned long *in, *out, *ex, *res_in, *res_out, *res_ex;
};

/* fd_set is an array of longs, as userspace lays it out: 32 fds a word on 32-bit ARM. */
static bool fd_isset(unsigned long *set, int fd)
{
	return set && (set[fd / BITS_PER_LONG] & (1UL << (fd % BITS_PER_LONG)));
}

static int select_scan(void *arg, poll_table *pt)
{
	struct fd_sets *fds = arg;
	int n = fds->n, fd, count = 0;
	size_t words = DIV_ROUND_UP(n, BITS_PER_LONG);

	memset(fds->res_in, 0, words * sizeof(long));
	memset(fds->res_out, 0, words * sizeof(long));
	memset(fds->res_ex, 0, words * sizeof(long));
	for (fd = 0; fd < n; fd++) {
		bool in = fd_isset(fds->in, fd), out = fd_isset(fds->out, fd);
		bool ex = fd_isset(fds->ex, fd);
		struct file *f;
		__poll_t mask;

		if (!in && !out && !ex)
			continue;
		f = fget(fd);
		if (!f)
			return -EBADF;
		if (pt)
			pt->_key = POLLEX_SET | (in ? POLLIN_SET : 0) |
				   (out ? POLLOUT_SET : 0);
		mask = vfs_poll(f, pt);
		fput(f);
		if (in && (mask & POLLIN_SET)) {
			fds->res_in[fd / BITS_PER_LONG] |= 1UL << (fd % BITS_PER_LONG);
			count++;
		}
		if (out && (mask & POLLOUT_SET)) {
			fds->res_out[fd / BITS_PER_LONG] |= 1UL << (fd % BITS_PER_LONG);
			count++;
		}
		if (ex && (mask & POLLEX_SET)) {
			fds->res_ex[fd / BITS_PER_LONG] |= 1UL << (fd % BITS_PER_LONG);
			count++;
		}
		if (count && pt)
			pt->_qproc = NULL;
	}
	return count;
}

static int do_select(int n, struct fd_sets *fds, u64 deadline)
{
	fds->n = n;
	return poll_until(select_scan, fds, deadline);
}

static int get_fd_set(int n, void __user *ufdset, unsigned long **kset,
		      unsigned long *store)
{
	size_t bytes = DIV_ROUND_UP(n, BITS_PER_LONG) * sizeof(long);

	*kset = NULL;
	if (!ufdset)
		return 0;
	*kset = store;
	return copy_from_user(store, ufdset, bytes) ? -EFAULT : 0;
}

SYSCALL_DEFINE6(pselect6, int, n, void __user *, inp, void __user *, outp,
		void __user *, exp, struct __kernel_timespec __user *, tsp,
		void __user *, sig)
{
	struct fd_sets fds;
	size_t words, bytes;
	unsigned long *bits;
	u64 deadline;
	struct {
		const sigset_t __user *p;
		size_t size;
	} ss = { NULL, 0 };
	int ret;

	if (n < 0)
		return -EINVAL;
	if (n > rlimit_nofile())
		n = rlimit_nofile();
	ret = deadline_from(tsp, &deadline);
	if (ret)
		return ret;
	if (sig && copy_from_user(&ss, sig, sizeof(ss)))
		return -EFAULT;
	words = DIV_ROUND_UP(n, BITS_PER_LONG);
	bytes = words * sizeof(long);
	bits = kzalloc(6 * bytes + sizeof(long), GFP_KERNEL);
	if (!bits)
		return -ENOMEM;
	ret = get_fd_set(n, inp, &fds.in, bits);
	if (!ret)
		ret = get_fd_set(n, outp, &fds.out, bits + words);
	if (!ret)
		ret = get_fd_set(n, exp, &fds.ex, bits + 2 * words);
	if (ret)
		goto out;
	fds.res_in = bits + 3 * words;
	fds.res_out = bits + 4 * words;
	fds.res_ex = bits + 5 * words;
	ret = set_user_sigmask(ss.p, ss.size);
	if (ret)
		goto out;
	ret = do_select(n, &fds, deadline);
	restore_user_sigmask(ret == -ERESTARTNOHAND);
	if (ret < 0)
		goto out;
	if ((inp && copy_to_user(inp, fds.res_in, bytes)) ||
	    (outp && copy_to_user(outp, fds.res_out, bytes)) ||
	    (exp && copy_to_user(exp, fds.res_ex, bytes)))
		ret = -EFAULT;
out:
	kfree(bits);
	return ret;
}
