// SPDX-License-Identifier: GPL-2.0
/* Rate limiting: allow a burst of events per interval, count the rest. */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/module_abi.h>
#include <linux/ratelimit.h>

abi_check_size(ratelimit_state);
abi_check_field(ratelimit_state, interval);
abi_check_field(ratelimit_state, burst);
abi_check_field(ratelimit_state, printed);
abi_check_field(ratelimit_state, missed);
abi_check_field(ratelimit_state, begin);
abi_check_field(ratelimit_state, flags);

/*
 * 1: go ahead; 0: over the limit. When a new interval starts after
 * misses, Linux says how many callbacks it suppressed (unless the owner
 * asked to say it on release). A state someone else is checking right
 * now counts as over the limit, as Linux's trylock makes it.
 */
int ___ratelimit(struct ratelimit_state *rs, const char *func)
{
	int interval = READ_ONCE(rs->interval);
	int burst = READ_ONCE(rs->burst);
	unsigned long flags;
	int ret;

	if (!interval)
		return 1;
	local_irq_save(flags);
	if (!raw_spin_trylock(&rs->lock)) {
		local_irq_restore(flags);
		return 0;
	}
	if (!rs->begin)
		rs->begin = jiffies;
	if ((long)(jiffies - (rs->begin + interval)) > 0) {	/* time_after() */
		if (rs->missed && !(rs->flags & RATELIMIT_MSG_ON_RELEASE)) {
			printk(KERN_WARNING "%s: %d callbacks suppressed\n",
			       func, rs->missed);
			rs->missed = 0;
		}
		rs->begin = jiffies;
		rs->printed = 0;
	}
	if (burst && burst > rs->printed) {
		rs->printed++;
		ret = 1;
	} else {
		rs->missed++;
		ret = 0;
	}
	raw_spin_unlock_irqrestore(&rs->lock, flags);
	return ret;
}
EXPORT_SYMBOL(___ratelimit);
