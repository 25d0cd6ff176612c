// SPDX-License-Identifier: GPL-2.0
/* Finding tasks by pid, and the ids and state /proc shows for them. */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/string.h>

struct task_struct *find_task_by_vpid(pid_t nr)
{
	struct task_struct *p;

	if (nr <= 0)
		return NULL;
	for_each_process(p)
		if (p->pid == nr)
			return p;
	return NULL;
}

pid_t task_ppid_nr(struct task_struct *tsk)
{
	if (!tsk->real_parent || tsk->real_parent == &init_task)
		return 0;
	return tsk->real_parent->tgid;
}

pid_t task_pgrp_nr(struct task_struct *tsk)
{
	return tsk->signal ? tsk->signal->pgrp : 0;
}

pid_t task_session_nr(struct task_struct *tsk)
{
	return tsk->signal ? tsk->signal->session : 0;
}

char *get_task_comm(char *buf, struct task_struct *tsk)
{
	strscpy(buf, tsk->comm, TASK_COMM_LEN);
	return buf;
}

void __set_task_comm(struct task_struct *tsk, const char *from)
{
	strscpy(tsk->comm, from, sizeof(tsk->comm));
}

/* The index into "R (running)", "S (sleeping)", ... as fs/proc/array.c has them. */
unsigned int task_state_index(struct task_struct *tsk)
{
	unsigned int state = tsk->__state;

	if (tsk->exit_state == EXIT_DEAD)
		return 5;	/* X */
	if (tsk->exit_state == EXIT_ZOMBIE)
		return 6;	/* Z */
	if (state & TASK_INTERRUPTIBLE)
		return 1;	/* S */
	if (state & TASK_UNINTERRUPTIBLE)
		return (state & TASK_NOLOAD) ? 8 : 2;	/* I, D */
	if (state & __TASK_STOPPED)
		return 3;	/* T */
	return 0;		/* R */
}

char task_state_to_char(struct task_struct *tsk)
{
	static const char state_char[] = "RSDTtXZPI";

	return state_char[task_state_index(tsk)];
}
