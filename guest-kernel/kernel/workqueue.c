// SPDX-License-Identifier: GPL-2.0
/*
 * Workqueues, shaped as Linux's concurrency-managed ones on one CPU.
 *
 * A work item is queued on a workqueue_struct; the workqueue reaches a
 * worker_pool through its pool_workqueue (one per workqueue here: one
 * CPU). Pools are the per-CPU one ("kworker/0:N"), the per-CPU high
 * priority one ("kworker/0:NH", nice -20) and unbound ones, one per
 * nice level ("kworker/uID:N"). A pool's kworkers take items off its
 * worklist. The scheduler tells the pool when a busy worker sleeps
 * (wq_worker_sleeping) so that another starts the next item: a bound
 * pool runs one item at a time unless items sleep; an unbound pool
 * starts every item at once. When a pool has work and no idle worker,
 * the worker that is about to run becomes the manager and creates one.
 *
 * work->data holds the pool_workqueue (and a flush colour) while the
 * item is queued, and the id of the last pool it ran on after;
 * PENDING (bit 0) is set from queueing until the item starts, as
 * modules test it inline. flush_work() queues a barrier item behind
 * the target (linked to it, or first on the worker running it) and
 * waits for it; __flush_workqueue() waits for every item of the
 * current flush colour; cancelling grabs PENDING (from the timer, the
 * worklist or idle) and then flushes a running instance.
 *
 * Not here: CPU hotplug, NUMA, workqueue attributes and sysfs, freezing,
 * the rescuers' mayday timer, reaping idle workers after 5 minutes.
 */
#include <linux/kernel.h>
#include <linux/completion.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/kthread.h>
#include <linux/mutex.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/stdarg.h>
#include <linux/string.h>
#include <linux/workqueue.h>

enum {
	WORKER_DIE		= 1 << 1,
	WORKER_IDLE		= 1 << 2,
	WORKER_PREP		= 1 << 3,
	WORKER_CPU_INTENSIVE	= 1 << 6,
	WORKER_UNBOUND		= 1 << 7,
	/* a worker with one of these is not counted in nr_running */
	WORKER_NOT_RUNNING	= WORKER_PREP | WORKER_CPU_INTENSIVE | WORKER_UNBOUND,

	NR_STD_WORKER_POOLS	= 2,		/* normal and highpri per CPU */
	NR_WORKER_POOLS		= 4,		/* and two unbound */
	HIGHPRI_NICE_LEVEL	= -20,
	/* the colour barriers get: never flushed, never counted */
	WORK_NO_COLOR		= WORK_NR_COLORS - 1,
	WQ_NAME_LEN		= 24,
};

struct worker_pool {
	spinlock_t		lock;
	int			cpu;		/* -1: unbound */
	int			id;
	int			nice;
	struct list_head	worklist;
	int			nr_workers;
	int			nr_idle;
	int			nr_running;	/* busy workers not asleep */
	struct list_head	idle_list;
	struct list_head	workers;
	bool			managing;
};

struct pool_workqueue {
	struct worker_pool	*pool;
	struct workqueue_struct	*wq;
	int			work_color;	/* colour of newly queued items */
	int			flush_color;	/* colour being flushed, or -1 */
	int			nr_in_flight[WORK_NR_COLORS];
	int			nr_active;
	int			max_active;
	struct list_head	inactive_works;
} __aligned(1 << WORK_STRUCT_FLAG_BITS);

struct worker {
	struct list_head	node;		/* on pool->idle_list when idle */
	struct list_head	list;		/* on pool->workers */
	struct work_struct	*current_work;
	work_func_t		current_func;
	struct pool_workqueue	*current_pwq;
	struct list_head	scheduled;	/* linked items to run next */
	struct task_struct	*task;
	struct worker_pool	*pool;		/* NULL: a rescuer at rest */
	unsigned int		flags;
	int			id;
	int			sleeping;
	char			desc[WORKER_DESC_LEN];
	struct workqueue_struct	*rescue_wq;
};

struct workqueue_struct {
	struct list_head	list;		/* on workqueues */
	struct pool_workqueue	*pwq;		/* one CPU: one pwq */
	struct mutex		mutex;		/* one flusher at a time */
	struct completion	flush_done;
	int			work_color;
	int			nr_drainers;
	int			saved_max_active;
	struct worker		*rescuer;
	unsigned int		flags;
	char			name[WQ_NAME_LEN];
};

struct wq_barrier {
	struct work_struct	work;
	struct completion	done;
};

static struct worker_pool worker_pools[NR_WORKER_POOLS];
static int nr_worker_pools;
static LIST_HEAD(workqueues);
static DEFINE_MUTEX(wq_pool_mutex);
static bool wq_online;			/* workers can be created */

struct workqueue_struct *system_wq;
EXPORT_SYMBOL(system_wq);
struct workqueue_struct *system_highpri_wq;
EXPORT_SYMBOL_GPL(system_highpri_wq);
struct workqueue_struct *system_long_wq;
EXPORT_SYMBOL_GPL(system_long_wq);
struct workqueue_struct *system_unbound_wq;
EXPORT_SYMBOL_GPL(system_unbound_wq);
struct workqueue_struct *system_freezable_wq;
EXPORT_SYMBOL_GPL(system_freezable_wq);
struct workqueue_struct *system_power_efficient_wq;
EXPORT_SYMBOL_GPL(system_power_efficient_wq);
struct workqueue_struct *system_freezable_power_efficient_wq;
EXPORT_SYMBOL_GPL(system_freezable_power_efficient_wq);

static int worker_thread(void *__worker);

/* work->data */

static void set_work_data(struct work_struct *work, unsigned long data,
			  unsigned long flags)
{
	atomic_long_set(&work->data, data | flags);
}

static void set_work_pwq(struct work_struct *work, struct pool_workqueue *pwq,
			 unsigned long extra_flags)
{
	set_work_data(work, (unsigned long)pwq,
		      WORK_STRUCT_PENDING | WORK_STRUCT_PWQ | extra_flags);
}

static void set_work_pool_and_keep_pending(struct work_struct *work, int pool_id)
{
	set_work_data(work, (unsigned long)pool_id << WORK_OFFQ_POOL_SHIFT,
		      WORK_STRUCT_PENDING);
}

static void set_work_pool_and_clear_pending(struct work_struct *work, int pool_id)
{
	barrier();	/* one CPU: the compiler is the only reorderer */
	set_work_data(work, (unsigned long)pool_id << WORK_OFFQ_POOL_SHIFT, 0);
	barrier();
}

static void clear_work_data(struct work_struct *work)
{
	set_work_data(work, WORK_STRUCT_NO_POOL, 0);
}

static struct pool_workqueue *get_work_pwq(struct work_struct *work)
{
	unsigned long data = atomic_long_read(&work->data);

	if (data & WORK_STRUCT_PWQ)
		return (void *)(data & WORK_STRUCT_WQ_DATA_MASK);
	return NULL;
}

static struct worker_pool *get_work_pool(struct work_struct *work)
{
	unsigned long data = atomic_long_read(&work->data);
	unsigned long pool_id;

	if (data & WORK_STRUCT_PWQ)
		return ((struct pool_workqueue *)(data & WORK_STRUCT_WQ_DATA_MASK))->pool;
	pool_id = data >> WORK_OFFQ_POOL_SHIFT;
	if (pool_id >= nr_worker_pools)
		return NULL;
	return &worker_pools[pool_id];
}

static int get_work_color(unsigned long work_data)
{
	return (work_data >> WORK_STRUCT_COLOR_SHIFT) & ((1 << WORK_STRUCT_COLOR_BITS) - 1);
}

static unsigned long work_color_to_flags(int color)
{
	return (unsigned long)color << WORK_STRUCT_COLOR_SHIFT;
}

static int work_next_color(int color)
{
	return (color + 1) % WORK_NO_COLOR;
}

static bool work_is_canceling(struct work_struct *work)
{
	unsigned long data = atomic_long_read(&work->data);

	return !(data & WORK_STRUCT_PWQ) && (data & WORK_OFFQ_CANCELING);
}

/* pools and their workers */

static bool need_more_worker(struct worker_pool *pool)
{
	return !list_empty(&pool->worklist) && !pool->nr_running;
}

static bool may_start_working(struct worker_pool *pool)
{
	return pool->nr_idle;
}

static bool keep_working(struct worker_pool *pool)
{
	return !list_empty(&pool->worklist) && pool->nr_running <= 1;
}

static bool need_to_create_worker(struct worker_pool *pool)
{
	return need_more_worker(pool) && !may_start_working(pool);
}

static void wake_up_worker(struct worker_pool *pool)
{
	struct worker *worker;

	if (list_empty(&pool->idle_list))
		return;
	worker = list_first_entry(&pool->idle_list, struct worker, node);
	wake_up_process(worker->task);
}

static void worker_set_flags(struct worker *worker, unsigned int flags)
{
	if ((flags & WORKER_NOT_RUNNING) && !(worker->flags & WORKER_NOT_RUNNING))
		worker->pool->nr_running--;
	worker->flags |= flags;
}

static void worker_clr_flags(struct worker *worker, unsigned int flags)
{
	unsigned int oflags = worker->flags;

	worker->flags &= ~flags;
	if ((flags & WORKER_NOT_RUNNING) && (oflags & WORKER_NOT_RUNNING) &&
	    !(worker->flags & WORKER_NOT_RUNNING))
		worker->pool->nr_running++;
}

static void worker_enter_idle(struct worker *worker)
{
	struct worker_pool *pool = worker->pool;

	worker->flags |= WORKER_IDLE;
	pool->nr_idle++;
	list_add(&worker->node, &pool->idle_list);
}

static void worker_leave_idle(struct worker *worker)
{
	if (!(worker->flags & WORKER_IDLE))
		return;
	worker_clr_flags(worker, WORKER_IDLE);
	worker->pool->nr_idle--;
	list_del_init(&worker->node);
}

static struct worker *find_worker_executing_work(struct worker_pool *pool,
						 struct work_struct *work)
{
	struct worker *worker;

	list_for_each_entry(worker, &pool->workers, list)
		if (worker->current_work == work &&
		    worker->current_func == work->func)
			return worker;
	return NULL;
}

/* The lowest id no worker of the pool has, as Linux's ida gives. */
static int worker_pool_free_id(struct worker_pool *pool)
{
	struct worker *worker;
	int id = 0;

again:
	list_for_each_entry(worker, &pool->workers, list) {
		if (worker->id == id) {
			id++;
			goto again;
		}
	}
	return id;
}

static struct worker *alloc_worker(void)
{
	struct worker *worker = kzalloc(sizeof(*worker), GFP_KERNEL);

	if (!worker)
		return NULL;
	INIT_LIST_HEAD(&worker->node);
	INIT_LIST_HEAD(&worker->list);
	INIT_LIST_HEAD(&worker->scheduled);
	worker->flags = WORKER_PREP;
	return worker;
}

/* A new kworker, idle in pool: kworker/CPU:ID[H] or kworker/uPOOL:ID. */
static struct worker *create_worker(struct worker_pool *pool)
{
	struct worker *worker;
	char id_buf[16];
	int id;

	worker = alloc_worker();
	if (!worker)
		goto fail;
	spin_lock_irq(&pool->lock);
	id = worker_pool_free_id(pool);
	worker->id = id;
	worker->pool = pool;
	list_add_tail(&worker->list, &pool->workers);
	pool->nr_workers++;
	if (pool->cpu < 0)
		worker->flags |= WORKER_UNBOUND;
	spin_unlock_irq(&pool->lock);

	if (pool->cpu >= 0)
		snprintf(id_buf, sizeof(id_buf), "%d:%d%s", pool->cpu, id,
			 pool->nice < 0 ? "H" : "");
	else
		snprintf(id_buf, sizeof(id_buf), "u%d:%d", pool->id, id);
	worker->task = kthread_create_on_node(worker_thread, worker, 0,
					      "kworker/%s", id_buf);
	if (IS_ERR(worker->task))
		goto fail_unlist;
	set_user_nice(worker->task, pool->nice);
	if (pool->cpu >= 0)
		kthread_bind(worker->task, pool->cpu);

	spin_lock_irq(&pool->lock);
	worker_enter_idle(worker);
	wake_up_process(worker->task);
	spin_unlock_irq(&pool->lock);
	return worker;

fail_unlist:
	spin_lock_irq(&pool->lock);
	list_del(&worker->list);
	pool->nr_workers--;
	spin_unlock_irq(&pool->lock);
	kfree(worker);
fail:
	return NULL;
}

/*
 * Called with the pool locked when it has work and no idle worker:
 * create workers until one is idle. Returns with the lock held.
 */
static void maybe_create_worker(struct worker_pool *pool)
{
	spin_unlock_irq(&pool->lock);
	while (true) {
		if (create_worker(pool) || !need_to_create_worker(pool))
			break;
		schedule_timeout_interruptible(HZ / 10);	/* CREATE_COOLDOWN */
		if (!need_to_create_worker(pool))
			break;
	}
	spin_lock_irq(&pool->lock);
	if (need_more_worker(pool))
		wake_up_worker(pool);
}

static bool manage_workers(struct worker *worker)
{
	struct worker_pool *pool = worker->pool;

	if (pool->managing)
		return false;
	pool->managing = true;
	maybe_create_worker(pool);
	pool->managing = false;
	return true;
}

/* pool_workqueues: a workqueue's share of a pool */

static void pwq_activate_inactive_work(struct pool_workqueue *pwq)
{
	struct work_struct *work = list_first_entry(&pwq->inactive_works,
						    struct work_struct, entry);

	list_move_tail(&work->entry, &pwq->pool->worklist);
	__clear_bit(WORK_STRUCT_INACTIVE_BIT, work_data_bits(work));
	pwq->nr_active++;
}

/* An item of pwq left it (ran, or was taken back): count it out. */
static void pwq_dec_nr_in_flight(struct pool_workqueue *pwq, unsigned long work_data)
{
	int color = get_work_color(work_data);

	if (!(work_data & WORK_STRUCT_INACTIVE)) {
		pwq->nr_active--;
		if (!list_empty(&pwq->inactive_works) &&
		    pwq->nr_active < pwq->max_active)
			pwq_activate_inactive_work(pwq);
	}
	if (color == WORK_NO_COLOR)
		return;
	pwq->nr_in_flight[color]--;
	if (color == pwq->flush_color && !pwq->nr_in_flight[color]) {
		pwq->flush_color = -1;
		complete(&pwq->wq->flush_done);
	}
}

static void insert_work(struct pool_workqueue *pwq, struct work_struct *work,
			struct list_head *head, unsigned int extra_flags)
{
	struct worker_pool *pool = pwq->pool;

	set_work_pwq(work, pwq, extra_flags);
	list_add_tail(&work->entry, head);
	if (need_more_worker(pool))
		wake_up_worker(pool);
}

/* Is the running work item one of wq's (queueing while wq drains)? */
static bool is_chained_work(struct workqueue_struct *wq)
{
	struct worker *worker;

	if (!(current->flags & PF_WQ_WORKER))
		return false;
	worker = kthread_data(current);
	return worker->current_pwq && worker->current_pwq->wq == wq;
}

/* Debian's 6.1 kernel/workqueue.c: __queue_work()'s check for a draining workqueue */
#define QUEUE_WORK_DRAINING_WARN_LINE	1441

/*
 * noipa: one CPU leaves cpu unused, and a .constprop clone would change the
 * name a warning from here reports.
 */
static void __attribute__((__noipa__)) __sibling_calls __queue_work(int cpu, struct workqueue_struct *wq,
			 struct work_struct *work)
{
	struct pool_workqueue *pwq = wq->pwq;
	struct worker_pool *last_pool;
	unsigned int work_flags;

	if (unlikely(wq->flags & __WQ_DRAINING) &&
	    WARN_ON_ONCE_AT_LINE(QUEUE_WORK_DRAINING_WARN_LINE, !is_chained_work(wq)))
		return;

	/* still running on another pool: queue behind it there (non-reentrant) */
	last_pool = get_work_pool(work);
	if (last_pool && last_pool != pwq->pool) {
		struct worker *worker;

		spin_lock(&last_pool->lock);
		worker = find_worker_executing_work(last_pool, work);
		if (worker && worker->current_pwq->wq == wq) {
			pwq = worker->current_pwq;
		} else {
			spin_unlock(&last_pool->lock);
			spin_lock(&pwq->pool->lock);
		}
	} else {
		spin_lock(&pwq->pool->lock);
	}

	if (WARN_ON(!list_empty(&work->entry))) {
		spin_unlock(&pwq->pool->lock);
		return;
	}
	pwq->nr_in_flight[pwq->work_color]++;
	work_flags = work_color_to_flags(pwq->work_color);
	if (likely(pwq->nr_active < pwq->max_active)) {
		pwq->nr_active++;
		insert_work(pwq, work, &pwq->pool->worklist, work_flags);
	} else {
		work_flags |= WORK_STRUCT_INACTIVE;
		insert_work(pwq, work, &pwq->inactive_works, work_flags);
	}
	spin_unlock(&pwq->pool->lock);
}

/* queue_work_on - queue work; false if it was already pending. */
bool queue_work_on(int cpu, struct workqueue_struct *wq, struct work_struct *work)
{
	unsigned long flags;
	bool ret = false;

	local_irq_save(flags);
	if (!test_and_set_bit(WORK_STRUCT_PENDING_BIT, work_data_bits(work))) {
		__queue_work(cpu, wq, work);
		ret = true;
	}
	local_irq_restore(flags);
	return ret;
}
EXPORT_SYMBOL(queue_work_on);

/* The timer of a delayed work item: queue it now (softirq context). */
void delayed_work_timer_fn(struct timer_list *t)
{
	struct delayed_work *dwork = from_timer(dwork, t, timer);

	__queue_work(dwork->cpu, dwork->wq, &dwork->work);
}
EXPORT_SYMBOL(delayed_work_timer_fn);

static void __queue_delayed_work(int cpu, struct workqueue_struct *wq,
				 struct delayed_work *dwork, unsigned long delay)
{
	struct timer_list *timer = &dwork->timer;
	struct work_struct *work = &dwork->work;

	WARN_ON_ONCE(timer->function != delayed_work_timer_fn);
	WARN_ON_ONCE(timer_pending(timer));
	WARN_ON_ONCE(!list_empty(&work->entry));

	if (!delay) {
		__queue_work(cpu, wq, &dwork->work);
		return;
	}
	dwork->wq = wq;
	dwork->cpu = cpu;
	timer->expires = jiffies + delay;
	if (unlikely(cpu != WORK_CPU_UNBOUND))
		add_timer_on(timer, cpu);
	else
		add_timer(timer);
}

bool queue_delayed_work_on(int cpu, struct workqueue_struct *wq,
			   struct delayed_work *dwork, unsigned long delay)
{
	struct work_struct *work = &dwork->work;
	unsigned long flags;
	bool ret = false;

	local_irq_save(flags);
	if (!test_and_set_bit(WORK_STRUCT_PENDING_BIT, work_data_bits(work))) {
		__queue_delayed_work(cpu, wq, dwork, delay);
		ret = true;
	}
	local_irq_restore(flags);
	return ret;
}
EXPORT_SYMBOL(queue_delayed_work_on);

/*
 * Take PENDING from whoever has it, with interrupts off (*flags):
 * 1 if the item was pending (its timer or worklist gave it up), 0 if it
 * was idle, -EAGAIN if someone else is in the middle of queueing it,
 * -ENOENT if it is being cancelled.
 */
static int try_to_grab_pending(struct work_struct *work, bool is_dwork,
			       unsigned long *flags)
{
	struct worker_pool *pool;
	struct pool_workqueue *pwq;

	local_irq_save(*flags);
	if (is_dwork && likely(timer_delete(&to_delayed_work(work)->timer)))
		return 1;
	if (!test_and_set_bit(WORK_STRUCT_PENDING_BIT, work_data_bits(work)))
		return 0;

	pool = get_work_pool(work);
	if (!pool)
		goto fail;
	spin_lock(&pool->lock);
	pwq = get_work_pwq(work);
	if (pwq && pwq->pool == pool) {
		unsigned long data = atomic_long_read(&work->data);

		/* off an inactive list, it never counted in nr_active */
		list_del_init(&work->entry);
		pwq_dec_nr_in_flight(pwq, data);
		set_work_pool_and_keep_pending(work, pool->id);
		spin_unlock(&pool->lock);
		return 1;
	}
	spin_unlock(&pool->lock);
fail:
	local_irq_restore(*flags);
	if (work_is_canceling(work))
		return -ENOENT;
	cpu_relax();
	return -EAGAIN;
}

bool mod_delayed_work_on(int cpu, struct workqueue_struct *wq,
			 struct delayed_work *dwork, unsigned long delay)
{
	unsigned long flags;
	int ret;

	do {
		ret = try_to_grab_pending(&dwork->work, true, &flags);
	} while (unlikely(ret == -EAGAIN));

	if (likely(ret >= 0)) {
		__queue_delayed_work(cpu, wq, dwork, delay);
		local_irq_restore(flags);
	}
	/* -ENOENT from try_to_grab_pending() becomes %true */
	return ret;
}
EXPORT_SYMBOL_GPL(mod_delayed_work_on);

/* running work */

/* Move work and the items linked behind it (barriers) to head. */
static void move_linked_works(struct work_struct *work, struct list_head *head)
{
	struct work_struct *next;
	bool linked;

	do {
		next = list_next_entry(work, entry);
		linked = *work_data_bits(work) & WORK_STRUCT_LINKED;
		list_move_tail(&work->entry, head);
		work = next;
	} while (linked);
}

static void process_one_work(struct worker *worker, struct work_struct *work)
{
	struct pool_workqueue *pwq = get_work_pwq(work);
	struct worker_pool *pool = worker->pool;
	bool cpu_intensive = pwq->wq->flags & WQ_CPU_INTENSIVE;
	unsigned long work_data;
	struct worker *collision;

	/* the same item already runs on another worker: run it after */
	collision = find_worker_executing_work(pool, work);
	if (unlikely(collision)) {
		move_linked_works(work, &collision->scheduled);
		return;
	}
	worker->current_work = work;
	worker->current_func = work->func;
	worker->current_pwq = pwq;
	work_data = *work_data_bits(work);
	strscpy(worker->desc, pwq->wq->name, WORKER_DESC_LEN);
	list_del_init(&work->entry);
	if (unlikely(cpu_intensive))
		worker_set_flags(worker, WORKER_CPU_INTENSIVE);
	if (need_more_worker(pool))
		wake_up_worker(pool);
	set_work_pool_and_clear_pending(work, pool->id);
	spin_unlock_irq(&pool->lock);

	worker->current_func(work);

	if (unlikely(in_atomic())) {
		pr_err("BUG: workqueue leaked lock or atomic: %s/0x%08x/%d\n"
		       "     last function: %ps\n",
		       current->comm, preempt_count(), task_pid_nr(current),
		       worker->current_func);
		dump_stack();
	}
	cond_resched();

	spin_lock_irq(&pool->lock);
	if (unlikely(cpu_intensive))
		worker_clr_flags(worker, WORKER_CPU_INTENSIVE);
	worker->current_work = NULL;
	worker->current_func = NULL;
	worker->current_pwq = NULL;
	pwq_dec_nr_in_flight(pwq, work_data);
}

static void process_scheduled_works(struct worker *worker)
{
	while (!list_empty(&worker->scheduled)) {
		struct work_struct *work = list_first_entry(&worker->scheduled,
							    struct work_struct, entry);

		process_one_work(worker, work);
	}
}

static void worker_detach_and_free(struct worker *worker)
{
	struct worker_pool *pool = worker->pool;

	spin_lock_irq(&pool->lock);
	list_del(&worker->list);
	pool->nr_workers--;
	spin_unlock_irq(&pool->lock);
	kfree(worker);
}

static int worker_thread(void *__worker)
{
	struct worker *worker = __worker;
	struct worker_pool *pool = worker->pool;

	current->flags |= PF_WQ_WORKER;
woke_up:
	spin_lock_irq(&pool->lock);
	if (unlikely(worker->flags & WORKER_DIE)) {
		spin_unlock_irq(&pool->lock);
		current->flags &= ~PF_WQ_WORKER;
		worker_detach_and_free(worker);
		return 0;
	}
	worker_leave_idle(worker);
recheck:
	if (!need_more_worker(pool))
		goto sleep;
	if (unlikely(!may_start_working(pool)) && manage_workers(worker))
		goto recheck;

	worker_clr_flags(worker, WORKER_PREP);
	do {
		struct work_struct *work = list_first_entry(&pool->worklist,
							    struct work_struct, entry);

		if (likely(!(*work_data_bits(work) & WORK_STRUCT_LINKED))) {
			process_one_work(worker, work);
			if (unlikely(!list_empty(&worker->scheduled)))
				process_scheduled_works(worker);
		} else {
			move_linked_works(work, &worker->scheduled);
			process_scheduled_works(worker);
		}
	} while (keep_working(pool));
	worker_set_flags(worker, WORKER_PREP);
sleep:
	worker_enter_idle(worker);
	__set_current_state(TASK_IDLE);
	spin_unlock_irq(&pool->lock);
	schedule();
	goto woke_up;
}

/* The scheduler's hook: a busy worker goes to sleep; start another. */
void wq_worker_sleeping(struct task_struct *task)
{
	struct worker *worker = kthread_data(task);
	struct worker_pool *pool = worker->pool;
	unsigned long flags;

	if ((worker->flags & WORKER_NOT_RUNNING) || worker->sleeping || !pool)
		return;
	worker->sleeping = 1;
	spin_lock_irqsave(&pool->lock, flags);
	pool->nr_running--;
	if (need_more_worker(pool))
		wake_up_worker(pool);
	spin_unlock_irqrestore(&pool->lock, flags);
}

void wq_worker_running(struct task_struct *task)
{
	struct worker *worker = kthread_data(task);
	unsigned long flags;

	if (!worker->sleeping)
		return;
	local_irq_save(flags);
	if (!(worker->flags & WORKER_NOT_RUNNING))
		worker->pool->nr_running++;
	local_irq_restore(flags);
	worker->sleeping = 0;
}

/* flushing */

static void wq_barrier_func(struct work_struct *work)
{
	struct wq_barrier *barr = container_of(work, struct wq_barrier, work);

	complete(&barr->done);
}

/*
 * Queue barr to run right after target: first on the worker running
 * it, or linked behind it where it waits. Pool locked.
 */
static void insert_wq_barrier(struct pool_workqueue *pwq, struct wq_barrier *barr,
			      struct work_struct *target, struct worker *worker)
{
	unsigned int work_flags = WORK_STRUCT_INACTIVE;	/* not in nr_active */
	unsigned int work_color = WORK_NO_COLOR;
	struct list_head *head;

	INIT_WORK(&barr->work, wq_barrier_func);
	__set_bit(WORK_STRUCT_PENDING_BIT, work_data_bits(&barr->work));
	init_completion(&barr->done);

	if (worker) {
		head = worker->scheduled.next;
	} else {
		unsigned long *bits = work_data_bits(target);

		head = target->entry.next;
		work_flags |= *bits & WORK_STRUCT_LINKED;
		work_color = get_work_color(*bits);
		__set_bit(WORK_STRUCT_LINKED_BIT, bits);
	}
	if (work_color != WORK_NO_COLOR)
		pwq->nr_in_flight[work_color]++;
	work_flags |= work_color_to_flags(work_color);
	insert_work(pwq, &barr->work, head, work_flags);
}

static bool start_flush_work(struct work_struct *work, struct wq_barrier *barr)
{
	struct worker *worker = NULL;
	struct worker_pool *pool;
	struct pool_workqueue *pwq;

	cond_resched();		/* might_sleep(): a voluntary preemption point */
	pool = get_work_pool(work);
	if (!pool)
		return false;
	spin_lock_irq(&pool->lock);
	pwq = get_work_pwq(work);
	if (pwq) {
		if (unlikely(pwq->pool != pool))
			goto already_gone;
	} else {
		worker = find_worker_executing_work(pool, work);
		if (!worker)
			goto already_gone;
		pwq = worker->current_pwq;
	}
	insert_wq_barrier(pwq, barr, work, worker);
	spin_unlock_irq(&pool->lock);
	return true;
already_gone:
	spin_unlock_irq(&pool->lock);
	return false;
}

static bool __flush_work(struct work_struct *work)
{
	struct wq_barrier barr;

	if (WARN_ON(!wq_online))
		return false;
	if (WARN_ON(!work->func))
		return false;
	if (start_flush_work(work, &barr)) {
		wait_for_completion(&barr.done);
		return true;
	}
	return false;
}

/* flush_work - wait until work has last run; false if it was idle. */
bool flush_work(struct work_struct *work)
{
	return __flush_work(work);
}
EXPORT_SYMBOL_GPL(flush_work);

bool flush_delayed_work(struct delayed_work *dwork)
{
	local_irq_disable();
	if (timer_delete(&dwork->timer))
		__queue_work(dwork->cpu, dwork->wq, &dwork->work);
	local_irq_enable();
	return flush_work(&dwork->work);
}
EXPORT_SYMBOL(flush_delayed_work);

/*
 * __flush_workqueue - wait for every item queued before the call.
 * Items take the workqueue's current colour; the flusher moves new
 * items to the next colour and waits until none of the old is left.
 * Flushers take turns (Linux batches them; the result is the same).
 */
void __flush_workqueue(struct workqueue_struct *wq)
{
	struct pool_workqueue *pwq = wq->pwq;
	struct worker_pool *pool = pwq->pool;
	bool wait = false;
	int color;

	if (WARN_ON(!wq_online))
		return;
	mutex_lock(&wq->mutex);
	spin_lock_irq(&pool->lock);
	color = wq->work_color;
	wq->work_color = pwq->work_color = work_next_color(color);
	if (pwq->nr_in_flight[color]) {
		pwq->flush_color = color;
		reinit_completion(&wq->flush_done);
		wait = true;
	}
	spin_unlock_irq(&pool->lock);
	if (wait)
		wait_for_completion(&wq->flush_done);
	mutex_unlock(&wq->mutex);
}
EXPORT_SYMBOL(__flush_workqueue);

static bool pwq_is_empty(struct pool_workqueue *pwq)
{
	return !pwq->nr_active && list_empty(&pwq->inactive_works);
}

/* Flush until wq is empty; only wq's own items may queue more meanwhile. */
void drain_workqueue(struct workqueue_struct *wq)
{
	unsigned int flush_cnt = 0;
	bool drained;

	mutex_lock(&wq_pool_mutex);
	if (!wq->nr_drainers++)
		wq->flags |= __WQ_DRAINING;
	mutex_unlock(&wq_pool_mutex);
reflush:
	__flush_workqueue(wq);
	spin_lock_irq(&wq->pwq->pool->lock);
	drained = pwq_is_empty(wq->pwq);
	spin_unlock_irq(&wq->pwq->pool->lock);
	if (!drained) {
		if (++flush_cnt == 10 || (flush_cnt % 100 == 0 && flush_cnt <= 1000))
			pr_warn("workqueue %s: %s() isn't complete after %u tries\n",
				wq->name, __func__, flush_cnt);
		goto reflush;
	}
	mutex_lock(&wq_pool_mutex);
	if (!--wq->nr_drainers)
		wq->flags &= ~__WQ_DRAINING;
	mutex_unlock(&wq_pool_mutex);
}
EXPORT_SYMBOL_GPL(drain_workqueue);

/* cancelling */

static bool __cancel_work(struct work_struct *work, bool is_dwork)
{
	unsigned long flags;
	int ret;

	do {
		ret = try_to_grab_pending(work, is_dwork, &flags);
	} while (unlikely(ret == -EAGAIN));
	if (unlikely(ret < 0))
		return false;
	set_work_pool_and_clear_pending(work, get_work_pool(work) ?
					get_work_pool(work)->id : WORK_OFFQ_POOL_NONE);
	local_irq_restore(flags);
	return ret;
}

static DECLARE_WAIT_QUEUE_HEAD(cancel_waitq);

static bool __cancel_work_timer(struct work_struct *work, bool is_dwork)
{
	unsigned long flags, pool_id;
	struct worker_pool *pool;
	int ret;

	do {
		ret = try_to_grab_pending(work, is_dwork, &flags);
		/* another task cancels it: wait until it is done, then retry */
		if (unlikely(ret == -ENOENT))
			wait_event(cancel_waitq, !work_is_canceling(work));
	} while (unlikely(ret < 0));

	/* queueing fails while CANCELING is set */
	pool = get_work_pool(work);
	pool_id = pool ? pool->id : WORK_OFFQ_POOL_NONE;
	set_work_data(work, pool_id << WORK_OFFQ_POOL_SHIFT,
		      WORK_OFFQ_CANCELING | WORK_STRUCT_PENDING);
	local_irq_restore(flags);

	if (wq_online)
		__flush_work(work);
	clear_work_data(work);
	barrier();
	if (waitqueue_active(&cancel_waitq))
		wake_up(&cancel_waitq);
	return ret;
}

bool cancel_work(struct work_struct *work)
{
	return __cancel_work(work, false);
}
EXPORT_SYMBOL(cancel_work);

/* cancel_work_sync - take work off its queue and wait for it to finish. */
bool cancel_work_sync(struct work_struct *work)
{
	return __cancel_work_timer(work, false);
}
EXPORT_SYMBOL_GPL(cancel_work_sync);

bool cancel_delayed_work(struct delayed_work *dwork)
{
	return __cancel_work(&dwork->work, true);
}
EXPORT_SYMBOL(cancel_delayed_work);

bool cancel_delayed_work_sync(struct delayed_work *dwork)
{
	return __cancel_work_timer(&dwork->work, true);
}
EXPORT_SYMBOL(cancel_delayed_work_sync);

/* rescuers: one thread per WQ_MEM_RECLAIM workqueue, named after it */

static int rescuer_thread(void *__rescuer)
{
	/* a worker too, always NOT_RUNNING: it never counts in a pool */
	set_user_nice(current, -20);	/* RESCUER_NICE_LEVEL */
	current->flags |= PF_WQ_WORKER;
	set_current_state(TASK_IDLE);
	while (!kthread_should_stop()) {
		schedule();
		set_current_state(TASK_IDLE);
	}
	__set_current_state(TASK_RUNNING);
	current->flags &= ~PF_WQ_WORKER;
	return 0;
}

static int init_rescuer(struct workqueue_struct *wq)
{
	struct worker *rescuer;
	int ret;

	if (!(wq->flags & WQ_MEM_RECLAIM))
		return 0;
	rescuer = alloc_worker();
	if (!rescuer)
		return -ENOMEM;
	rescuer->rescue_wq = wq;
	rescuer->task = kthread_create_on_node(rescuer_thread, rescuer, 0, "%s",
					       wq->name);
	if (IS_ERR(rescuer->task)) {
		ret = PTR_ERR(rescuer->task);
		kfree(rescuer);
		return ret;
	}
	wq->rescuer = rescuer;
	wake_up_process(rescuer->task);
	return 0;
}

/* creating and destroying workqueues */

static void init_worker_pool(struct worker_pool *pool, int cpu, int nice)
{
	spin_lock_init(&pool->lock);
	pool->cpu = cpu;
	pool->nice = nice;
	pool->id = nr_worker_pools++;
	INIT_LIST_HEAD(&pool->worklist);
	INIT_LIST_HEAD(&pool->idle_list);
	INIT_LIST_HEAD(&pool->workers);
}

/* The unbound pool with this nice level; made (with a worker) on first use. */
static struct worker_pool *get_unbound_pool(int nice)
{
	struct worker_pool *pool;
	int i;

	for (i = NR_STD_WORKER_POOLS; i < nr_worker_pools; i++)
		if (worker_pools[i].nice == nice)
			return &worker_pools[i];
	if (WARN_ON(nr_worker_pools == NR_WORKER_POOLS))
		return NULL;
	pool = &worker_pools[nr_worker_pools];
	init_worker_pool(pool, -1, nice);
	if (wq_online && !create_worker(pool))
		return NULL;
	return pool;
}

static int wq_clamp_max_active(int max_active, unsigned int flags, const char *name)
{
	int lim = flags & WQ_UNBOUND ? WQ_UNBOUND_MAX_ACTIVE : WQ_MAX_ACTIVE;

	if (max_active < 1 || max_active > lim)
		pr_warn("workqueue: max_active %d requested for %s is out of range, clamping between %d and %d\n",
			max_active, name, 1, lim);
	return clamp(max_active, 1, lim);
}

static int alloc_and_link_pwq(struct workqueue_struct *wq)
{
	bool highpri = wq->flags & WQ_HIGHPRI;
	struct pool_workqueue *pwq;
	struct worker_pool *pool;

	mutex_lock(&wq_pool_mutex);
	if (wq->flags & WQ_UNBOUND)
		pool = get_unbound_pool(highpri ? HIGHPRI_NICE_LEVEL : 0);
	else
		pool = &worker_pools[highpri];
	mutex_unlock(&wq_pool_mutex);
	if (!pool)
		return -ENOMEM;
	pwq = kzalloc(sizeof(*pwq), GFP_KERNEL);
	if (!pwq)
		return -ENOMEM;
	pwq->pool = pool;
	pwq->wq = wq;
	pwq->flush_color = -1;
	pwq->max_active = wq->saved_max_active;
	INIT_LIST_HEAD(&pwq->inactive_works);
	wq->pwq = pwq;
	return 0;
}

struct workqueue_struct *alloc_workqueue(const char *fmt, unsigned int flags,
					 int max_active, ...)
{
	struct workqueue_struct *wq;
	va_list args;

	/* unbound with max_active 1 has always meant ordered */
	if ((flags & WQ_UNBOUND) && max_active == 1)
		flags |= __WQ_ORDERED;

	wq = kzalloc(sizeof(*wq), GFP_KERNEL);
	if (!wq)
		return NULL;
	va_start(args, max_active);
	vsnprintf(wq->name, sizeof(wq->name), fmt, args);
	va_end(args);

	max_active = max_active ?: WQ_DFL_ACTIVE;
	max_active = wq_clamp_max_active(max_active, flags, wq->name);
	wq->flags = flags;
	wq->saved_max_active = max_active;
	mutex_init(&wq->mutex);
	init_completion(&wq->flush_done);

	if (alloc_and_link_pwq(wq))
		goto err_free_wq;
	if (wq_online && init_rescuer(wq) < 0)
		goto err_free_pwq;

	mutex_lock(&wq_pool_mutex);
	list_add_tail(&wq->list, &workqueues);
	mutex_unlock(&wq_pool_mutex);
	return wq;

err_free_pwq:
	kfree(wq->pwq);
err_free_wq:
	kfree(wq);
	return NULL;
}
EXPORT_SYMBOL_GPL(alloc_workqueue);

static bool pwq_busy(struct pool_workqueue *pwq)
{
	int i;

	for (i = 0; i < WORK_NR_COLORS; i++)
		if (pwq->nr_in_flight[i])
			return true;
	return pwq->nr_active || !list_empty(&pwq->inactive_works);
}

void destroy_workqueue(struct workqueue_struct *wq)
{
	struct pool_workqueue *pwq = wq->pwq;

	drain_workqueue(wq);

	if (wq->rescuer) {
		struct worker *rescuer = wq->rescuer;

		wq->rescuer = NULL;
		kthread_stop(rescuer->task);
		kfree(rescuer);
	}

	mutex_lock(&wq_pool_mutex);
	spin_lock_irq(&pwq->pool->lock);
	if (WARN_ON(pwq_busy(pwq))) {
		pr_warn("%s: %s has the following busy pwq\n", __func__, wq->name);
		spin_unlock_irq(&pwq->pool->lock);
		mutex_unlock(&wq_pool_mutex);
		return;
	}
	spin_unlock_irq(&pwq->pool->lock);
	list_del(&wq->list);
	mutex_unlock(&wq_pool_mutex);
	kfree(pwq);
	kfree(wq);
}
EXPORT_SYMBOL_GPL(destroy_workqueue);

void workqueue_set_max_active(struct workqueue_struct *wq, int max_active)
{
	struct pool_workqueue *pwq = wq->pwq;

	if (WARN_ON(wq->flags & __WQ_ORDERED_EXPLICIT))
		return;
	max_active = wq_clamp_max_active(max_active, wq->flags, wq->name);
	spin_lock_irq(&pwq->pool->lock);
	wq->saved_max_active = pwq->max_active = max_active;
	while (!list_empty(&pwq->inactive_works) && pwq->nr_active < pwq->max_active)
		pwq_activate_inactive_work(pwq);
	if (need_more_worker(pwq->pool))
		wake_up_worker(pwq->pool);
	spin_unlock_irq(&pwq->pool->lock);
}
EXPORT_SYMBOL_GPL(workqueue_set_max_active);

/* what a worker is doing */

struct work_struct *current_work(void)
{
	struct worker *worker;

	if (!(current->flags & PF_WQ_WORKER))
		return NULL;
	worker = kthread_data(current);
	return worker->current_work;
}
EXPORT_SYMBOL(current_work);

bool current_is_workqueue_rescuer(void)
{
	return (current->flags & PF_WQ_WORKER) &&
	       ((struct worker *)kthread_data(current))->rescue_wq;
}

bool workqueue_congested(int cpu, struct workqueue_struct *wq)
{
	return !list_empty(&wq->pwq->inactive_works);
}
EXPORT_SYMBOL_GPL(workqueue_congested);

unsigned int work_busy(struct work_struct *work)
{
	struct worker_pool *pool;
	unsigned long flags;
	unsigned int ret = 0;

	if (work_pending(work))
		ret |= WORK_BUSY_PENDING;
	pool = get_work_pool(work);
	if (pool) {
		spin_lock_irqsave(&pool->lock, flags);
		if (find_worker_executing_work(pool, work))
			ret |= WORK_BUSY_RUNNING;
		spin_unlock_irqrestore(&pool->lock, flags);
	}
	return ret;
}
EXPORT_SYMBOL_GPL(work_busy);

void set_worker_desc(const char *fmt, ...)
{
	struct worker *worker;
	va_list args;

	if (!(current->flags & PF_WQ_WORKER))
		return;
	worker = kthread_data(current);
	if (worker->current_work) {
		va_start(args, fmt);
		vsnprintf(worker->desc, sizeof(worker->desc), fmt, args);
		va_end(args);
	}
}
EXPORT_SYMBOL_GPL(set_worker_desc);

void wq_worker_comm(char *buf, size_t size, struct task_struct *task)
{
	struct worker *worker;
	size_t off;

	strscpy(buf, task->comm, size);
	off = strlen(buf);
	if (!(task->flags & PF_WQ_WORKER))
		return;
	worker = kthread_data(task);
	if (worker->pool && worker->desc[0])
		scnprintf(buf + off, size - off, "%c%s",
			  worker->current_work ? '+' : '-', worker->desc);
}

/*
 * The "Workqueue:" line of a stack dump from a kworker: the item it runs
 * (a bare address when its module is gone) and the workqueue's name.
 */
void print_worker_info(const char *log_lvl, struct task_struct *task)
{
	struct workqueue_struct *wq = NULL;
	const char *name = "", *desc;
	struct worker *worker;

	if (!(task->flags & PF_WQ_WORKER))
		return;
	worker = kthread_data(task);
	if (worker->current_pwq)
		wq = worker->current_pwq->wq;
	if (wq)
		name = wq->name;
	desc = worker->desc;
	if (!worker->current_func && !name[0] && !desc[0])
		return;
	printk("%sWorkqueue: %s %ps", log_lvl, name, worker->current_func);
	if (strcmp(name, desc))
		pr_cont(" (%s)", desc);
	pr_cont("\n");
}

/* boot */

/* start_kernel(): the CPU's pools and the system workqueues, no workers yet. */
void __init workqueue_init_early(void)
{
	init_worker_pool(&worker_pools[0], 0, 0);
	init_worker_pool(&worker_pools[1], 0, HIGHPRI_NICE_LEVEL);

	system_wq = alloc_workqueue("events", 0, 0);
	system_highpri_wq = alloc_workqueue("events_highpri", WQ_HIGHPRI, 0);
	system_long_wq = alloc_workqueue("events_long", 0, 0);
	system_unbound_wq = alloc_workqueue("events_unbound", WQ_UNBOUND,
					    WQ_UNBOUND_MAX_ACTIVE);
	system_freezable_wq = alloc_workqueue("events_freezable", WQ_FREEZABLE, 0);
	system_power_efficient_wq = alloc_workqueue("events_power_efficient",
						    WQ_POWER_EFFICIENT, 0);
	system_freezable_power_efficient_wq =
		alloc_workqueue("events_freezable_power_efficient",
				WQ_FREEZABLE | WQ_POWER_EFFICIENT, 0);
	BUG_ON(!system_wq || !system_highpri_wq || !system_long_wq ||
	       !system_unbound_wq || !system_freezable_wq ||
	       !system_power_efficient_wq || !system_freezable_power_efficient_wq);
}

/* kernel_init(): kthreadd runs, so every pool gets its first worker. */
void __init workqueue_init(void)
{
	struct workqueue_struct *wq;
	int i;

	mutex_lock(&wq_pool_mutex);
	list_for_each_entry(wq, &workqueues, list)
		WARN(init_rescuer(wq), "workqueue: failed to create early rescuer for %s",
		     wq->name);
	mutex_unlock(&wq_pool_mutex);

	for (i = 0; i < nr_worker_pools; i++)
		BUG_ON(!create_worker(&worker_pools[i]));
	wq_online = true;
}
