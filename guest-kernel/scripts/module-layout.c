// SPDX-License-Identifier: GPL-2.0
/*
 * Where Debian's kernel keeps the fields that module code reaches
 * inline (current->pid, wait_event()'s wait queue entry, an rb_node's
 * links, a kfifo's indices...). Compiled by kbuild against Debian's
 * headers, as Linux's asm-offsets.c is; the Makefile turns the
 * "->NAME value" markers into include/generated/module-layout.h, and
 * our headers check their structures against it (<linux/module_abi.h>).
 */
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/wait.h>
#include <linux/swait.h>
#include <linux/completion.h>
#include <linux/rwsem.h>
#include <linux/semaphore.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/rwlock.h>
#include <linux/rbtree.h>
#include <linux/idr.h>
#include <linux/xarray.h>
#include <linux/kfifo.h>
#include <linux/refcount.h>
#include <linux/rcupdate.h>
#include <linux/kbuild.h>

#define TASK(f)		DEFINE(TSK_##f, offsetof(struct task_struct, f))
#define OFF(s, f)	DEFINE(ABI_##s##__##f, offsetof(struct s, f))
#define SIZE(s)		DEFINE(ABI_SIZEOF_##s, sizeof(struct s))
#define TSIZE(t)	DEFINE(ABI_SIZEOF_##t, sizeof(t))

int main(void)
{
	SIZE(thread_info);
	OFF(thread_info, flags);
	OFF(thread_info, preempt_count);
	OFF(thread_info, cpu);

	/* task_struct, in Debian's order */
	TASK(__state);
	TASK(stack);
	TASK(usage);
	TASK(flags);
	TASK(prio);
	TASK(static_prio);
	TASK(normal_prio);
	TASK(tasks);
	TASK(mm);
	TASK(active_mm);
	TASK(exit_state);
	TASK(exit_code);
	TASK(exit_signal);
	TASK(pid);
	TASK(tgid);
	TASK(stack_canary);
	TASK(real_parent);
	TASK(parent);
	TASK(children);
	TASK(sibling);
	TASK(group_leader);
	TASK(set_child_tid);
	TASK(clear_child_tid);
	TASK(utime);
	TASK(stime);
	TASK(nvcsw);
	TASK(nivcsw);
	TASK(start_time);
	TASK(start_boottime);
	TASK(min_flt);
	TASK(maj_flt);
	TASK(comm);
	TASK(fs);
	TASK(files);
	TASK(signal);
	TASK(sighand);
	TASK(blocked);
	TASK(real_blocked);
	TASK(saved_sigmask);
	TASK(pending);
	TASK(sas_ss_sp);
	TASK(sas_ss_size);
	TASK(sas_ss_flags);

	/* sleeping and waking */
	SIZE(wait_queue_head);
	OFF(wait_queue_head, lock);
	OFF(wait_queue_head, head);
	SIZE(wait_queue_entry);
	OFF(wait_queue_entry, flags);
	OFF(wait_queue_entry, private);
	OFF(wait_queue_entry, func);
	OFF(wait_queue_entry, entry);
	SIZE(swait_queue_head);
	OFF(swait_queue_head, lock);
	OFF(swait_queue_head, task_list);
	SIZE(swait_queue);
	OFF(swait_queue, task);
	OFF(swait_queue, task_list);
	SIZE(completion);
	OFF(completion, done);
	OFF(completion, wait);

	/* locks */
	TSIZE(spinlock_t);
	TSIZE(rwlock_t);
	TSIZE(refcount_t);
	SIZE(mutex);
	SIZE(rw_semaphore);
	OFF(rw_semaphore, count);
	OFF(rw_semaphore, owner);
	OFF(rw_semaphore, wait_lock);
	OFF(rw_semaphore, wait_list);
	SIZE(semaphore);
	OFF(semaphore, lock);
	OFF(semaphore, count);
	OFF(semaphore, wait_list);
	SIZE(callback_head);
	OFF(callback_head, next);
	OFF(callback_head, func);

	/* data structures */
	SIZE(rb_node);
	OFF(rb_node, __rb_parent_color);
	OFF(rb_node, rb_right);
	OFF(rb_node, rb_left);
	SIZE(rb_root_cached);
	OFF(rb_root_cached, rb_leftmost);
	SIZE(xarray);
	OFF(xarray, xa_lock);
	OFF(xarray, xa_flags);
	OFF(xarray, xa_head);
	SIZE(idr);
	OFF(idr, idr_rt);
	OFF(idr, idr_base);
	OFF(idr, idr_next);
	SIZE(ida);
	SIZE(__kfifo);
	OFF(__kfifo, in);
	OFF(__kfifo, out);
	OFF(__kfifo, mask);
	OFF(__kfifo, esize);
	OFF(__kfifo, data);
	return 0;
}
