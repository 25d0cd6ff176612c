// SPDX-License-Identifier: GPL-2.0
/*
 * Mutexes and spinlocks from a module: a static mutex (DEFINE_MUTEX),
 * one embedded in kzalloc()ed memory (mutex_init), trylock while held,
 * and spinlocks taken plain, with interrupts saved and with bottom
 * halves off, their state read back inline (spin_is_locked).
 */
#include <linux/init.h>
#include <linux/delay.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

struct counter {
	struct mutex lock;
	spinlock_t spin;
	int value;
};

static DEFINE_MUTEX(global_lock);
static DEFINE_SPINLOCK(global_spin);
static struct counter *counter;

/* Writing N takes global_lock for N ms: a second writer meanwhile sleeps. */
static int hold_set(const char *val, const struct kernel_param *kp)
{
	int ms, err = kstrtoint(val, 0, &ms);
	bool was_locked;

	if (err)
		return err;
	was_locked = mutex_is_locked(&global_lock);
	if (mutex_lock_interruptible(&global_lock))
		return -EINTR;
	pr_info("locks: hold %d ms, found it %s\n", ms,
		was_locked ? "locked" : "free");
	msleep(ms);
	*(int *)kp->arg = ms;
	mutex_unlock(&global_lock);
	return 0;
}

static const struct kernel_param_ops hold_ops = {
	.set = hold_set,
	.get = param_get_int,
};

static int hold;
module_param_cb(hold, &hold_ops, &hold, 0644);

static int __init locks_init(void)
{
	unsigned long flags;
	int got;

	counter = kzalloc(sizeof(*counter), GFP_KERNEL);
	if (!counter)
		return -ENOMEM;
	mutex_init(&counter->lock);
	spin_lock_init(&counter->spin);

	mutex_lock(&global_lock);
	got = mutex_trylock(&global_lock);
	pr_info("locks: global held %d, trylock while held %d\n",
		mutex_is_locked(&global_lock), got);
	mutex_unlock(&global_lock);
	pr_info("locks: global after unlock %d\n", mutex_is_locked(&global_lock));

	if (mutex_lock_interruptible(&counter->lock))
		return -EINTR;
	counter->value++;
	got = mutex_trylock(&counter->lock);
	mutex_unlock(&counter->lock);
	got += 2 * mutex_trylock(&counter->lock);
	pr_info("locks: embedded trylock results %d, held %d\n", got,
		mutex_is_locked(&counter->lock));
	mutex_unlock(&counter->lock);

	spin_lock(&global_spin);
	pr_info("locks: spin held %d\n", spin_is_locked(&global_spin));
	spin_unlock(&global_spin);
	spin_lock_irqsave(&counter->spin, flags);
	counter->value++;
	spin_unlock_irqrestore(&counter->spin, flags);
	spin_lock_bh(&counter->spin);
	counter->value++;
	spin_unlock_bh(&counter->spin);
	pr_info("locks: spin free %d, value %d\n",
		!spin_is_locked(&counter->spin) && !spin_is_locked(&global_spin),
		counter->value);
	return 0;
}

static void __exit locks_exit(void)
{
	mutex_lock(&counter->lock);
	pr_info("locks: exit value %d\n", counter->value);
	mutex_unlock(&counter->lock);
	kfree(counter);
}

module_init(locks_init);
module_exit(locks_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("mutexes and spinlocks taken from a module");
