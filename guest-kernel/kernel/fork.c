// SPDX-License-Identifier: GPL-2.0
/*
 * Creating tasks. So far only kernel_init() is started this way, as
 * PID 1: a task_struct, a 16K kernel stack, and a first context that
 * enters fn(arg) through ret_from_fork.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>

static pid_t last_pid;

static struct task_struct *copy_process(int (*fn)(void *), void *arg)
{
	struct task_struct *p;

	p = kzalloc(sizeof(*p), GFP_KERNEL);
	if (!p)
		return NULL;
	p->stack = (void *)__get_free_pages(GFP_KERNEL | __GFP_ZERO,
					    THREAD_SIZE_ORDER);
	if (!p->stack)
		goto free_task;

	p->pid = ++last_pid;
	memcpy(p->comm, current->comm, sizeof(p->comm));
	p->mm = NULL;
	p->active_mm = current->active_mm;
	INIT_LIST_HEAD(&p->run_list);
	copy_thread(p, fn, arg);
	return p;

free_task:
	kfree(p);
	return NULL;
}

/* A thread that will one day exec a user program: PID 1's kind. */
pid_t user_mode_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct task_struct *p = copy_process(fn, arg);

	if (!p)
		return -ENOMEM;
	wake_up_new_task(p);
	return p->pid;
}
