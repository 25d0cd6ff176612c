/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Modules compiled against Debian's headers reach some fields of our
 * structs inline (file->private_data, inode->i_private, kset->kobj ...).
 * include/generated/abi-offsets.h gives the offsets Debian's headers
 * give them (scripts/abi-offsets.c); our structs place those fields
 * there, filling Debian's fields we do not have with ABI_GAP padding,
 * and ABI_FIELD() checks each at build time.
 */
#ifndef _LINUX_ABI_H
#define _LINUX_ABI_H

#include <linux/stddef.h>
#include <generated/abi-offsets.h>

/* Padding from the end of field prev (of type ptype) to field next. */
#define ABI_GAP(s, prev, ptype, next)					\
	unsigned char __abi_gap_##next[ABI_OFFSET_##s##__##next -	\
				       ABI_OFFSET_##s##__##prev -	\
				       sizeof(ptype)]

#define ABI_FIELD(s, f)							\
	_Static_assert(offsetof(struct s, f) == ABI_OFFSET_##s##__##f,	\
		       "struct " #s "." #f " is not where Debian's headers put it")

#define ABI_SIZE(s)							\
	_Static_assert(sizeof(struct s) == ABI_SIZE_##s,		\
		       "struct " #s " is not the size Debian's headers give it")

#endif
