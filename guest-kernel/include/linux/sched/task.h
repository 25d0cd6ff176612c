/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_TASK_H
#define _LINUX_SCHED_TASK_H

#include <linux/sched.h>
#include <uapi/linux/sched.h>

void exit_mm(void);
void exit_thread(struct task_struct *tsk);
void mm_release(struct task_struct *tsk, struct mm_struct *mm);

#endif
