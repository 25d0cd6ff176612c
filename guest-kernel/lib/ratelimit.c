// SPDX-License-Identifier: GPL-2.0
/* Rate limiting: allow a burst of events per interval, count the rest. */
#include <linux/kernel.h>
#include <linux/ratelimit.h>

/*
 * 1: go ahead; 0: over the limit. When a new interval starts after
 * misses, Linux says how many callbacks it suppressed.
 */
int ___ratelimit(struct ratelimit_state *rs, const char *func)
{
	unsigned long now = jiffies;

	if (!rs->interval)
		return 1;
	if (!rs->begin)
		rs->begin = now;
	if ((long)(now - (rs->begin + rs->interval)) > 0) {	/* time_after() */
		if (rs->missed) {
			printk(KERN_WARNING "%s: %d callbacks suppressed\n",
			       func, rs->missed);
			rs->missed = 0;
		}
		rs->begin = now;
		rs->printed = 0;
	}
	if (rs->burst && rs->burst > rs->printed) {
		rs->printed++;
		return 1;
	}
	rs->missed++;
	return 0;
}
