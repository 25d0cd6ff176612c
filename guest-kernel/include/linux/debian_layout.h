/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Checks that a structure modules share with the kernel is laid out as
 * Debian's headers lay it out (include/generated/debian-layout.h, made
 * from them by scripts/debian-layout.c). A module compiled against those
 * headers reads and writes such fields inline, at those offsets.
 */
#ifndef _LINUX_DEBIAN_LAYOUT_H
#define _LINUX_DEBIAN_LAYOUT_H

#include <linux/stddef.h>
#include <generated/debian-layout.h>

#define DEBIAN_OFFSET(type, member)					\
	_Static_assert(offsetof(struct type, member) ==		\
		       DEBIAN_##type##__##member,			\
		       "struct " #type ": " #member			\
		       " is not where Debian's headers put it")

#define DEBIAN_SIZE(type)						\
	_Static_assert(sizeof(struct type) == DEBIAN_##type##__SIZE,	\
		       "struct " #type " is not the size Debian's headers give it")

#endif
