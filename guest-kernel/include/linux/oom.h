/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __INCLUDE_LINUX_OOM_H
#define __INCLUDE_LINUX_OOM_H

#include <linux/types.h>

struct mm_struct;
struct task_struct;

/* mm->flags: chosen by the OOM killer; no longer worth choosing (freed, reaped) */
#define MMF_OOM_SKIP		(1UL << 21)
#define MMF_OOM_VICTIM		(1UL << 25)

bool out_of_memory(gfp_t gfp_mask, int order);
bool oom_reap_victims(void);
void exit_oom_victim(struct mm_struct *mm);
bool tsk_is_oom_victim(struct task_struct *tsk);

#endif
