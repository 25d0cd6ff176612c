// SPDX-License-Identifier: GPL-2.0
/*
 * Out of memory: a page fault found no free page. As Linux's OOM
 * killer, pick the task using the most memory (init only as a last
 * resort), say so, and kill it.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>

#define K(x)	((x) << (PAGE_SHIFT - 10))

static unsigned long badness(struct task_struct *p)
{
	struct mm_struct *mm = p->mm;

	if (!mm || p->exit_state || (p->flags & PF_EXITING))
		return 0;
	return get_mm_rss(mm) + mm->pgtables_bytes / PAGE_SIZE;
}

static struct task_struct *select_bad_process(void)
{
	struct task_struct *p, *chosen = NULL;
	unsigned long points, best = 0;

	for_each_process(p) {
		if (is_global_init(p))
			continue;
		points = badness(p);
		if (points > best) {
			best = points;
			chosen = p;
		}
	}
	return chosen ? chosen : current;
}

void pagefault_out_of_memory(void)
{
	struct task_struct *victim = select_bad_process();
	struct mm_struct *mm = victim->mm;

	if (mm)
		pr_err("Out of memory: Killed process %d (%s) total-vm:%lukB, anon-rss:%lukB, file-rss:%lukB, shmem-rss:%lukB, UID:%u pgtables:%lukB oom_score_adj:%hd\n",
		       task_pid_nr(victim), victim->comm, K(mm->total_vm),
		       K(get_mm_counter(mm, MM_ANONPAGES)),
		       K(get_mm_counter(mm, MM_FILEPAGES)),
		       K(get_mm_counter(mm, MM_SHMEMPAGES)), 0,
		       mm->pgtables_bytes >> 10, (short)0);
	send_sig(SIGKILL, victim, 1);
}
