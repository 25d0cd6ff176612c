// SPDX-License-Identifier: GPL-2.0
/*
 * The OOM killer, as Linux's: when an allocation that may sleep finds
 * no free page, out_of_memory() picks the task with the most memory
 * (never init or a kernel thread), reports it (dump_header(), at most
 * ten times in five seconds) and kills it with SIGKILL. The victim's
 * anonymous and private pages are reaped at once (the oom_reaper), so
 * memory comes back even before it gets to run its exit. While a victim
 * still holds memory, no other task is chosen: each is killed once.
 */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/oom.h>
#include <linux/ratelimit.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>

#define K(x)	((x) << (PAGE_SHIFT - 10))

struct oom_control {
	gfp_t gfp_mask;
	int order;
	struct task_struct *chosen;	/* OOM_ABORT: a victim is still dying */
	long chosen_points;
};

#define OOM_ABORT	((struct task_struct *)-1UL)

bool tsk_is_oom_victim(struct task_struct *tsk)
{
	return tsk->signal && tsk->signal->oom_mm;
}

static bool oom_unkillable_task(struct task_struct *p)
{
	return is_global_init(p) || (p->flags & PF_KTHREAD);
}

/* How much memory killing p would free: rss and page tables, in pages. */
static long oom_badness(struct task_struct *p)
{
	struct mm_struct *mm = p->mm;

	if (oom_unkillable_task(p) || !mm || p->exit_state ||
	    (mm->flags & MMF_OOM_SKIP))
		return LONG_MIN;
	return get_mm_rss(mm) + mm->pgtables_bytes / PAGE_SIZE;
}

/* The last task of the most points wins, as in Linux's task list walk. */
static void select_bad_process(struct oom_control *oc)
{
	struct task_struct *p;

	oc->chosen_points = LONG_MIN;
	for_each_process(p) {
		long points;

		if (oom_unkillable_task(p))
			continue;
		if (tsk_is_oom_victim(p)) {
			if (p->signal->oom_mm->flags & MMF_OOM_SKIP)
				continue;
			oc->chosen = OOM_ABORT;
			return;
		}
		points = oom_badness(p);
		if (points == LONG_MIN || points < oc->chosen_points)
			continue;
		oc->chosen = p;
		oc->chosen_points = points;
	}
}

static void dump_tasks(void)
{
	struct task_struct *p;

	pr_info("Tasks state (memory values in pages):\n");
	pr_info("[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name\n");
	for_each_process(p) {
		if (oom_unkillable_task(p) || !p->mm)
			continue;
		pr_info("[%7d] %5d %5d %8lu %8lu %8lu %8lu         %5hd %s\n",
			task_pid_nr(p), 0, task_tgid_nr(p), p->mm->total_vm,
			get_mm_rss(p->mm), p->mm->pgtables_bytes, 0UL,
			(short)0, p->comm);
	}
}

/*
 * Linux's report, less show_mem()'s page counts by zone and LRU list,
 * which this allocator does not keep.
 */
static void dump_header(struct oom_control *oc, struct task_struct *victim)
{
	pr_warn("%s invoked oom-killer: gfp_mask=%#x(%pGg), order=%d, oom_score_adj=%hd\n",
		current->comm, oc->gfp_mask, &oc->gfp_mask, oc->order, (short)0);
	dump_stack();
	dump_tasks();
	if (victim)
		pr_info("oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/,task=%s,pid=%d,uid=%d\n",
			victim->comm, task_pid_nr(victim), 0);
}

static void mark_oom_victim(struct task_struct *tsk)
{
	struct mm_struct *mm = tsk->mm;

	if (tsk->signal->oom_mm)
		return;
	tsk->signal->oom_mm = mm;
	mmgrab(mm);
	mm->flags |= MMF_OOM_VICTIM;
}

/* The victim's memory that can go without its help: anonymous and private. */
static void oom_reap_task_mm(struct task_struct *tsk, struct mm_struct *mm)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (!(vma->vm_flags & VM_SHARED))
			zap_page_range(vma, vma->vm_start, vma->vm_end);
	mm->flags |= MMF_OOM_SKIP;
	pr_info("oom_reaper: reaped process %d (%s), now anon-rss:%lukB, file-rss:%lukB, shmem-rss:%lukB\n",
		task_pid_nr(tsk), tsk->comm,
		K(get_mm_counter(mm, MM_ANONPAGES)),
		K(get_mm_counter(mm, MM_FILEPAGES)),
		K(get_mm_counter(mm, MM_SHMEMPAGES)));
}

/* Dying already (killed, exiting): it frees its memory without our help. */
static bool task_will_free_mem(struct task_struct *p)
{
	return (p->signal->flags & SIGNAL_GROUP_EXIT) ||
	       (p->flags & PF_EXITING) || fatal_signal_pending(p);
}

static void oom_kill_process(struct oom_control *oc)
{
	static DEFINE_RATELIMIT_STATE(oom_rs, DEFAULT_RATELIMIT_INTERVAL,
				      DEFAULT_RATELIMIT_BURST);
	struct task_struct *victim = oc->chosen;
	struct mm_struct *mm = victim->mm;

	/* no need to alarm anyone: let it die, as the victim it is */
	if (task_will_free_mem(victim)) {
		mark_oom_victim(victim);
		return;
	}
	if (__ratelimit(&oom_rs))
		dump_header(oc, victim);
	send_sig(SIGKILL, victim, 1);
	mark_oom_victim(victim);
	pr_err("%s: Killed process %d (%s) total-vm:%lukB, anon-rss:%lukB, file-rss:%lukB, shmem-rss:%lukB, UID:%u pgtables:%lukB oom_score_adj:%hd\n",
	       "Out of memory", task_pid_nr(victim), victim->comm,
	       K(mm->total_vm), K(get_mm_counter(mm, MM_ANONPAGES)),
	       K(get_mm_counter(mm, MM_FILEPAGES)),
	       K(get_mm_counter(mm, MM_SHMEMPAGES)), 0,
	       mm->pgtables_bytes >> 10, (short)0);
}

/*
 * Free some memory by killing a task. True when there is hope (a victim
 * is dying, or was just killed): the allocation may be tried again.
 */
bool out_of_memory(gfp_t gfp_mask, int order)
{
	struct oom_control oc = { .gfp_mask = gfp_mask, .order = order };

	/* A task being killed frees its memory by exiting: let it. */
	if (current->mm && task_will_free_mem(current)) {
		mark_oom_victim(current);
		return true;
	}
	select_bad_process(&oc);
	if (!oc.chosen) {
		dump_header(&oc, NULL);
		pr_warn("Out of memory and no killable processes...\n");
		panic("System is deadlocked on memory\n");
	}
	if (oc.chosen != OOM_ABORT)
		oom_kill_process(&oc);
	return true;
}

/*
 * Linux's oom_reaper thread reaps a victim that has not exited on its
 * own after a while. Here the allocator calls this when it still finds
 * no memory after letting the victims run: a victim that cannot run to
 * its exit (it sleeps uninterruptibly) gives its memory back this way.
 */
bool oom_reap_victims(void)
{
	struct task_struct *p;
	bool reaped = false;

	for_each_process(p) {
		struct mm_struct *mm = tsk_is_oom_victim(p) ? p->signal->oom_mm : NULL;

		if (mm && p->mm == mm && p != current &&
		    !(mm->flags & MMF_OOM_SKIP)) {
			oom_reap_task_mm(p, mm);
			reaped = true;
		}
	}
	return reaped;
}

/* A victim's exit: its memory is gone, the OOM killer may choose again. */
void exit_oom_victim(struct mm_struct *mm)
{
	mm->flags |= MMF_OOM_SKIP;
}

/*
 * A fault found no memory: the allocator has already called the OOM
 * killer, and the task is either being killed or will fault again.
 */
void pagefault_out_of_memory(void)
{
	static DEFINE_RATELIMIT_STATE(pfoom_rs, DEFAULT_RATELIMIT_INTERVAL,
				      DEFAULT_RATELIMIT_BURST);

	if (fatal_signal_pending(current))
		return;
	if (__ratelimit(&pfoom_rs))
		pr_warn("Huh VM_FAULT_OOM leaked out to the #PF handler. Retrying PF\n");
}
