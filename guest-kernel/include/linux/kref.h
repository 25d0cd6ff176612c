/* SPDX-License-Identifier: GPL-2.0 */
/* A reference count whose last put calls a release function. */
#ifndef _LINUX_KREF_H
#define _LINUX_KREF_H

#include <linux/types.h>

struct kref {
	unsigned int refcount;
};

#define KREF_INIT(n)	{ .refcount = n }

static inline void kref_init(struct kref *kref)
{
	kref->refcount = 1;
}

static inline unsigned int kref_read(const struct kref *kref)
{
	return kref->refcount;
}

static inline void kref_get(struct kref *kref)
{
	kref->refcount++;
}

/* 1 if that was the last reference (and release ran). */
static inline int kref_put(struct kref *kref,
			   void (*release)(struct kref *kref))
{
	if (--kref->refcount)
		return 0;
	release(kref);
	return 1;
}

#endif
