/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A minimal reader for flattened device trees (lib/fdt.c), with
 * libfdt-like names. Node offsets are byte offsets into the structure
 * block; negative values are errors.
 */
#ifndef _LINUX_LIBFDT_H
#define _LINUX_LIBFDT_H

#include <linux/types.h>

#define FDT_ERR_NOTFOUND	1
#define FDT_ERR_BADMAGIC	9
#define FDT_ERR_BADVERSION	10
#define FDT_ERR_BADSTRUCTURE	11

int fdt_check_header(const void *fdt);
u32 fdt_totalsize(const void *fdt);
int fdt_next_node(const void *fdt, int offset, int *depth);
const char *fdt_get_name(const void *fdt, int nodeoffset, int *lenp);
const void *fdt_getprop(const void *fdt, int nodeoffset, const char *name,
			int *lenp);
int fdt_first_property_offset(const void *fdt, int nodeoffset);
int fdt_next_property_offset(const void *fdt, int offset);
const void *fdt_getprop_by_offset(const void *fdt, int offset,
				  const char **namep, int *lenp);
int fdt_nop_property(void *fdt, int nodeoffset, const char *name);
int fdt_subnode_offset(const void *fdt, int parent, const char *name,
		       int namelen);
int fdt_path_offset(const void *fdt, const char *path);
int fdt_node_check_compatible(const void *fdt, int nodeoffset,
			      const char *compatible);
int fdt_node_offset_by_compatible(const void *fdt, int startoffset,
				  const char *compatible);
int fdt_num_mem_rsv(const void *fdt);
int fdt_get_mem_rsv(const void *fdt, int n, u64 *address, u64 *size);

static inline u32 fdt32_to_cpu(u32 x)
{
	return __builtin_bswap32(x);
}

static inline u64 fdt64_to_cpu(u64 x)
{
	return __builtin_bswap64(x);
}

#endif
