/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/list.h>
#include <asm/current.h>
#include <asm/processor.h>
#include <asm/thread_info.h>

#define TASK_COMM_LEN		16

#define TASK_RUNNING		0x0000

struct mm_struct;

struct task_struct {
	/* First, so that code reading it through sp_el0 finds it at offset 0. */
	struct thread_info	thread_info;
	unsigned int		__state;
	void			*stack;
	pid_t			pid;
	char			comm[TASK_COMM_LEN];
	struct mm_struct	*mm;
	struct mm_struct	*active_mm;
	struct list_head	run_list;
	struct thread_struct	thread;
};

extern struct task_struct init_task;
extern unsigned long init_stack[THREAD_SIZE / sizeof(unsigned long)];

static inline pid_t task_pid_nr(struct task_struct *tsk)
{
	return tsk->pid;
}

static inline bool is_global_init(struct task_struct *tsk)
{
	return tsk->pid == 1;
}

static inline void *task_stack_page(const struct task_struct *tsk)
{
	return tsk->stack;
}

#define task_pt_regs(p) \
	((struct pt_regs *)((unsigned long)task_stack_page(p) + THREAD_SIZE) - 1)

/* kernel/sched/core.c */
void schedule(void);
void wake_up_new_task(struct task_struct *p);
void cpu_startup_entry(void) __noreturn;

/* kernel/fork.c */
pid_t user_mode_thread(int (*fn)(void *), void *arg, unsigned long flags);

/* kernel/exit.c */
void make_task_dead(int signr) __noreturn;
void do_exit(long code) __noreturn;

/* arch */
struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next);
int copy_thread(struct task_struct *p, int (*fn)(void *), void *arg);
void show_regs(struct pt_regs *regs);
void show_stack(struct task_struct *tsk, unsigned long *sp, const char *loglvl);

#endif
