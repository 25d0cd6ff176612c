/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ID allocators in Debian 6.1's layout: an IDR maps ids (from idr_base)
 * to pointers, an IDA only hands out ids. Module code initialises them
 * inline (DEFINE_IDR, idr_init(): the root flags IDR_RT_MARKER) and tests
 * idr_is_empty()/ida_is_empty() there; lib/idr.c does the rest.
 */
#ifndef _LINUX_IDR_H
#define _LINUX_IDR_H

#include <linux/xarray.h>

struct idr {
	struct xarray	idr_rt;
	unsigned int	idr_base;
	unsigned int	idr_next;
};

struct ida {
	struct xarray xa;
};

abi_check_size(idr);
abi_check_field(idr, idr_rt);
abi_check_field(idr, idr_base);
abi_check_field(idr, idr_next);
abi_check_size(ida);

#define ROOT_IS_IDR		4U
#define IDR_FREE		0	/* the radix tree tag of free slots */
#define IDR_RT_MARKER		(ROOT_IS_IDR | (1U << (__GFP_BITS_SHIFT + IDR_FREE)))
#define IDA_BITMAP_BITS		1024	/* a 128-byte leaf */

int idr_alloc(struct idr *idr, void *ptr, int start, int end, gfp_t gfp);
int idr_alloc_u32(struct idr *idr, void *ptr, u32 *nextid, unsigned long max,
		  gfp_t gfp);
int idr_alloc_cyclic(struct idr *idr, void *ptr, int start, int end, gfp_t gfp);
void *idr_find(const struct idr *idr, unsigned long id);
void *idr_remove(struct idr *idr, unsigned long id);
void *idr_replace(struct idr *idr, void *ptr, unsigned long id);
void *idr_get_next(struct idr *idr, int *nextid);
void *idr_get_next_ul(struct idr *idr, unsigned long *nextid);
int idr_for_each(const struct idr *idr,
		 int (*fn)(int id, void *p, void *data), void *data);
void idr_destroy(struct idr *idr);
void idr_preload(gfp_t gfp_mask);

int ida_alloc_range(struct ida *ida, unsigned int min, unsigned int max,
		    gfp_t gfp);
void ida_free(struct ida *ida, unsigned int id);
void ida_destroy(struct ida *ida);

#endif
