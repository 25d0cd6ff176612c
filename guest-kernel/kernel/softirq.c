// SPDX-License-Identifier: GPL-2.0
/*
 * Softirqs and tasklets, as Linux's kernel/softirq.c: work raised by
 * interrupt handlers (timers, tasklets) and run with interrupts enabled
 * on the way out of the outermost interrupt (irq_exit()), or when a task
 * re-enables bottom halves (local_bh_enable()). After ten rounds that
 * keep raising more, Linux hands the rest to ksoftirqd; this kernel has
 * no kernel threads, so what is left runs at the next chance: the next
 * interrupt's exit, the scheduler, the idle loop or a return to user
 * space (the points where ksoftirqd would get the CPU).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/export.h>
#include <linux/hardirq.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/tick.h>
#include <linux/timer.h>
#include <asm/irq.h>
#include <asm/irqflags.h>

#define MAX_SOFTIRQ_TIME	msecs_to_jiffies(2)
#define MAX_SOFTIRQ_RESTART	10

const char * const softirq_to_name[NR_SOFTIRQS] = {
	"HI", "TIMER", "NET_TX", "NET_RX", "BLOCK", "IRQ_POLL",
	"TASKLET", "SCHED", "HRTIMER", "RCU"
};

static struct softirq_action softirq_vec[NR_SOFTIRQS];
static unsigned long softirq_pending;
static unsigned long softirq_count_of[NR_SOFTIRQS];

unsigned long local_softirq_pending(void)
{
	return READ_ONCE(softirq_pending);
}

unsigned long kstat_softirqs_cpu(unsigned int irq, int cpu)
{
	return irq < NR_SOFTIRQS ? softirq_count_of[irq] : 0;
}

void open_softirq(int nr, void (*action)(struct softirq_action *))
{
	softirq_vec[nr].action = action;
}

void __raise_softirq_irqoff(unsigned int nr)
{
	softirq_pending |= 1UL << nr;
}

/* Called with interrupts off. Outside interrupts it runs at the next chance (see above). */
void raise_softirq_irqoff(unsigned int nr)
{
	__raise_softirq_irqoff(nr);
}

void raise_softirq(unsigned int nr)
{
	unsigned long flags;

	local_irq_save(flags);
	raise_softirq_irqoff(nr);
	local_irq_restore(flags);
}

static void __do_softirq(struct pt_regs *unused)
{
	unsigned long end = jiffies + MAX_SOFTIRQ_TIME;
	int max_restart = MAX_SOFTIRQ_RESTART;
	unsigned long pending = local_softirq_pending();

	preempt_count_add(SOFTIRQ_OFFSET);
restart:
	softirq_pending = 0;
	local_irq_enable();
	while (pending) {
		unsigned int nr = __builtin_ctzl(pending);
		struct softirq_action *h = &softirq_vec[nr];
		int prev_count = preempt_count();

		softirq_count_of[nr]++;
		if (h->action)
			h->action(h);
		if (unlikely(prev_count != preempt_count())) {
			pr_err("huh, entered softirq %u %s %p with preempt_count %08x, exited with %08x?\n",
			       nr, softirq_to_name[nr], h->action, prev_count, preempt_count());
			preempt_count_set(prev_count);
		}
		pending &= ~(1UL << nr);
	}
	local_irq_disable();
	pending = local_softirq_pending();
	if (pending && time_before(jiffies, end) && !need_resched() && --max_restart)
		goto restart;
	preempt_count_sub(SOFTIRQ_OFFSET);
}

/* Softirqs run on the interrupt stack, as arm64's do_softirq_own_stack(). */
static void do_softirq_own_stack(void)
{
	call_on_irq_stack(NULL, __do_softirq);
}

void do_softirq(void)
{
	unsigned long flags;

	if (in_interrupt())
		return;
	local_irq_save(flags);
	if (local_softirq_pending())
		do_softirq_own_stack();
	local_irq_restore(flags);
}

void irq_enter(void)
{
	tick_irq_enter();
	preempt_count_add(HARDIRQ_OFFSET);
}

void irq_exit(void)
{
	preempt_count_sub(HARDIRQ_OFFSET);
	if (!in_interrupt() && local_softirq_pending())
		do_softirq_own_stack();
}

void _local_bh_enable(void)
{
	WARN_ON_ONCE(in_hardirq());
	preempt_count_sub(SOFTIRQ_DISABLE_OFFSET);
}
EXPORT_SYMBOL(_local_bh_enable);

/*
 * local_bh_enable() and spin_unlock_bh() (module code adds
 * SOFTIRQ_DISABLE_OFFSET to the preempt count inline): run what was
 * raised meanwhile.
 */
void __local_bh_enable_ip(unsigned long ip, unsigned int cnt)
{
	WARN_ON_ONCE(in_hardirq());
	preempt_count_sub(cnt - 1);
	if (unlikely(!in_interrupt() && local_softirq_pending()))
		do_softirq();
	preempt_count_sub(1);
}
EXPORT_SYMBOL(__local_bh_enable_ip);

/* ---- tasklets ---- */

struct tasklet_head {
	struct tasklet_struct *head;
	struct tasklet_struct **tail;
};

static struct tasklet_head tasklet_vec, tasklet_hi_vec;

/* The bit operations modules do atomically; one CPU: with interrupts off. */
bool tasklet_test_and_set_bit(int nr, unsigned long *word)
{
	unsigned long flags, old;

	local_irq_save(flags);
	old = *word;
	*word = old | (1UL << nr);
	local_irq_restore(flags);
	return old & (1UL << nr);
}

static bool test_and_clear_bit(int nr, unsigned long *word)
{
	unsigned long flags, old;

	local_irq_save(flags);
	old = *word;
	*word = old & ~(1UL << nr);
	local_irq_restore(flags);
	return old & (1UL << nr);
}

static void __tasklet_schedule_common(struct tasklet_struct *t, struct tasklet_head *head,
				      unsigned int softirq_nr)
{
	unsigned long flags;

	local_irq_save(flags);
	t->next = NULL;
	*head->tail = t;
	head->tail = &t->next;
	raise_softirq_irqoff(softirq_nr);
	local_irq_restore(flags);
}

void __tasklet_schedule(struct tasklet_struct *t)
{
	__tasklet_schedule_common(t, &tasklet_vec, TASKLET_SOFTIRQ);
}
EXPORT_SYMBOL(__tasklet_schedule);

void __tasklet_hi_schedule(struct tasklet_struct *t)
{
	__tasklet_schedule_common(t, &tasklet_hi_vec, HI_SOFTIRQ);
}
EXPORT_SYMBOL(__tasklet_hi_schedule);

static bool tasklet_clear_sched(struct tasklet_struct *t)
{
	if (test_and_clear_bit(TASKLET_STATE_SCHED, &t->state))
		return true;
	WARN_ONCE(1, "tasklet SCHED state not set: %s %pS\n",
		  t->use_callback ? "callback" : "func",
		  t->use_callback ? (void *)t->callback : (void *)t->func);
	return false;
}

static void tasklet_action_common(struct tasklet_head *tl_head, unsigned int softirq_nr)
{
	struct tasklet_struct *list;

	local_irq_disable();
	list = tl_head->head;
	tl_head->head = NULL;
	tl_head->tail = &tl_head->head;
	local_irq_enable();

	while (list) {
		struct tasklet_struct *t = list;

		list = list->next;
		if (!tasklet_test_and_set_bit(TASKLET_STATE_RUN, &t->state)) {
			if (!READ_ONCE(t->count.counter)) {
				if (tasklet_clear_sched(t)) {
					if (t->use_callback)
						t->callback(t);
					else
						t->func(t->data);
				}
				tasklet_unlock(t);
				continue;
			}
			tasklet_unlock(t);
		}
		/* disabled: back on the list for later */
		local_irq_disable();
		t->next = NULL;
		*tl_head->tail = t;
		tl_head->tail = &t->next;
		__raise_softirq_irqoff(softirq_nr);
		local_irq_enable();
	}
}

static void tasklet_action(struct softirq_action *a)
{
	tasklet_action_common(&tasklet_vec, TASKLET_SOFTIRQ);
}

static void tasklet_hi_action(struct softirq_action *a)
{
	tasklet_action_common(&tasklet_hi_vec, HI_SOFTIRQ);
}

void tasklet_setup(struct tasklet_struct *t, void (*callback)(struct tasklet_struct *))
{
	t->next = NULL;
	t->state = 0;
	t->count.counter = 0;
	t->callback = callback;
	t->use_callback = true;
	t->data = 0;
}
EXPORT_SYMBOL(tasklet_setup);

void tasklet_init(struct tasklet_struct *t, void (*func)(unsigned long), unsigned long data)
{
	t->next = NULL;
	t->state = 0;
	t->count.counter = 0;
	t->func = func;
	t->use_callback = false;
	t->data = data;
}
EXPORT_SYMBOL(tasklet_init);

void tasklet_unlock(struct tasklet_struct *t)
{
	test_and_clear_bit(TASKLET_STATE_RUN, &t->state);
}
EXPORT_SYMBOL_GPL(tasklet_unlock);

/* One CPU: a tasklet can only be running here if we interrupted it. */
void tasklet_unlock_wait(struct tasklet_struct *t)
{
	while (READ_ONCE(t->state) & (1UL << TASKLET_STATE_RUN))
		cpu_relax();
}
EXPORT_SYMBOL_GPL(tasklet_unlock_wait);

void tasklet_unlock_spin_wait(struct tasklet_struct *t)
{
	tasklet_unlock_wait(t);
}
EXPORT_SYMBOL(tasklet_unlock_spin_wait);

/*
 * Wait until the tasklet is neither scheduled nor running. Where Linux
 * waits for ksoftirqd to run it, this kernel runs the pending softirqs
 * itself, and sleeps a tick at a time while it stays scheduled (disabled).
 */
void tasklet_kill(struct tasklet_struct *t)
{
	if (in_interrupt())
		pr_notice("Attempt to kill tasklet from interrupt\n");
	while (tasklet_test_and_set_bit(TASKLET_STATE_SCHED, &t->state)) {
		do_softirq();
		if (READ_ONCE(t->state) & (1UL << TASKLET_STATE_SCHED))
			schedule_timeout_uninterruptible(1);
	}
	tasklet_unlock_wait(t);
	tasklet_clear_sched(t);
}
EXPORT_SYMBOL(tasklet_kill);

void __init softirq_init(void)
{
	tasklet_vec.tail = &tasklet_vec.head;
	tasklet_hi_vec.tail = &tasklet_hi_vec.head;
	open_softirq(TASKLET_SOFTIRQ, tasklet_action);
	open_softirq(HI_SOFTIRQ, tasklet_hi_action);
}
