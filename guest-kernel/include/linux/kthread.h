/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel threads: created by kthreadd (PID 2) on request, each runs a
 * function until it returns or kthread_stop() asks it to. kthread_run()
 * and kthread_create() are macros that module code expands inline.
 */
#ifndef _LINUX_KTHREAD_H
#define _LINUX_KTHREAD_H

#include <linux/err.h>
#include <linux/sched.h>

#define NUMA_NO_NODE	(-1)

__printf(4, 5)
struct task_struct *kthread_create_on_node(int (*threadfn)(void *data),
					   void *data, int node,
					   const char namefmt[], ...);

#define kthread_create(threadfn, data, namefmt, arg...) \
	kthread_create_on_node(threadfn, data, NUMA_NO_NODE, namefmt, ##arg)

struct task_struct *kthread_create_on_cpu(int (*threadfn)(void *data),
					  void *data, unsigned int cpu,
					  const char *namefmt);

#define kthread_run(threadfn, data, namefmt, ...)			   \
({									   \
	struct task_struct *__k						   \
		= kthread_create(threadfn, data, namefmt, ## __VA_ARGS__); \
	if (!IS_ERR(__k))						   \
		wake_up_process(__k);					   \
	__k;								   \
})

void free_kthread_struct(struct task_struct *k);
bool set_kthread_struct(struct task_struct *p);
void kthread_bind(struct task_struct *k, unsigned int cpu);
int kthread_stop(struct task_struct *k);
bool kthread_should_stop(void);
bool is_kthread_should_stop(void);
bool kthread_should_park(void);
bool __kthread_should_park(struct task_struct *k);
void kthread_parkme(void);
int kthread_park(struct task_struct *k);
void kthread_unpark(struct task_struct *k);
void *kthread_data(struct task_struct *k);
void *kthread_func(struct task_struct *k);
void __noreturn kthread_exit(long result);
void __noreturn kthread_complete_and_exit(struct completion *comp, long code);
/* /proc/<pid>/comm, stat and status show a kthread's whole name. */
void get_kthread_comm(char *buf, size_t buf_size, struct task_struct *tsk);

int kthreadd(void *unused);
extern struct task_struct *kthreadd_task;

#endif
