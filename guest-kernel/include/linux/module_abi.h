/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Structures that module code reaches inline must sit where Debian's
 * kernel has them. include/generated/module-layout.h holds Debian's
 * offsets and sizes (scripts/module-layout.c); these check ours
 * against them at build time.
 */
#ifndef _LINUX_MODULE_ABI_H
#define _LINUX_MODULE_ABI_H

#include <linux/stddef.h>
#include <generated/module-layout.h>

#define abi_check_field(s, f)						\
	_Static_assert(offsetof(struct s, f) == ABI_##s##__##f,	\
		       "struct " #s ": " #f " is not where Debian's modules find it")
#define abi_check_size(s)						\
	_Static_assert(sizeof(struct s) == ABI_SIZEOF_##s,		\
		       "struct " #s " is not the size Debian's modules give it")
#define abi_check_type_size(t)						\
	_Static_assert(sizeof(t) == ABI_SIZEOF_##t,			\
		       #t " is not the size Debian's modules give it")

/*
 * Room in our struct s between field prev (size bytes) and field next,
 * to put next where Debian's headers have it on this architecture.
 */
#define abi_pad(s, prev, size, next)					\
	u8 __PASTE(__abi_pad_, __LINE__)[ABI_##s##__##next - ABI_##s##__##prev - (size)]
/* ... and from prev to the end of Debian's struct s */
#define abi_pad_end(s, prev, size)					\
	u8 __PASTE(__abi_pad_, __LINE__)[ABI_SIZEOF_##s - ABI_##s##__##prev - (size)]

#endif
