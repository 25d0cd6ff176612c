/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_THREAD_INFO_H
#define __ASM_THREAD_INFO_H

#include <linux/const.h>

#define THREAD_SHIFT		14
#define THREAD_SIZE		(_AC(1, UL) << THREAD_SHIFT)	/* 16K kernel stacks */
#define THREAD_SIZE_ORDER	(THREAD_SHIFT - 12)

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct thread_info {
	unsigned long flags;
	u64 preempt_count;
};
#endif

#endif
