/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#ifndef __ASSEMBLY__

typedef signed char		s8;
typedef unsigned char		u8;
typedef signed short		s16;
typedef unsigned short		u16;
typedef signed int		s32;
typedef unsigned int		u32;
typedef signed long long	s64;
typedef unsigned long long	u64;

/* The compiler's own: unsigned int on 32-bit ARM, unsigned long on arm64. */
typedef __SIZE_TYPE__		size_t;
#ifdef CONFIG_64BIT
typedef long			ssize_t;
#else
typedef int			ssize_t;
#endif
typedef __PTRDIFF_TYPE__	ptrdiff_t;
typedef unsigned long		uintptr_t;
typedef long long		loff_t;
typedef int			pid_t;
#ifdef CONFIG_PHYS_ADDR_T_64BIT
typedef u64			phys_addr_t;
#else
typedef u32			phys_addr_t;	/* armmp: no LPAE */
#endif
typedef phys_addr_t		resource_size_t;
typedef unsigned long		kernel_ulong_t;
typedef u16			__be16;
typedef u32			__be32;
typedef u64			__be64;
typedef unsigned int		gfp_t;
typedef unsigned short		umode_t;
typedef u32			dev_t;
typedef u32			uid_t;
typedef u32			gid_t;
typedef uid_t			kuid_t;
typedef gid_t			kgid_t;
typedef unsigned long		ino_t;
typedef long			off_t;
typedef s64			time64_t;
typedef u64			blkcnt_t;
typedef unsigned int		fmode_t;
typedef void			*fl_owner_t;
typedef unsigned int		__poll_t;
typedef long			clock_t;
typedef int			clockid_t;

typedef struct {
	int counter;
} atomic_t;

struct timespec64 {
	time64_t tv_sec;
	long tv_nsec;
};

typedef _Bool			bool;
enum { false = 0, true = 1 };

#define NULL ((void *)0)

struct list_head {
	struct list_head *next, *prev;
};

struct hlist_head {
	struct hlist_node *first;
};

struct hlist_node {
	struct hlist_node *next, **pprev;
};

#endif /* __ASSEMBLY__ */
#endif
