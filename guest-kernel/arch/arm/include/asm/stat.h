/* SPDX-License-Identifier: GPL-2.0 */
/* Linux/arm's struct stat64 (uapi/asm/stat.h), what stat64() and fstatat64() fill. */
#ifndef __ASM_STAT_H
#define __ASM_STAT_H

#include <linux/types.h>

#define __ARCH_WANT_STAT64

struct stat64 {
	unsigned long long	st_dev;
	unsigned char		__pad0[4];
	unsigned long		__st_ino;	/* the low 32 bits (STAT64_HAS_BROKEN_ST_INO) */
	unsigned int		st_mode;
	unsigned int		st_nlink;
	unsigned long		st_uid;
	unsigned long		st_gid;
	unsigned long long	st_rdev;
	unsigned char		__pad3[4];
	long long		st_size;
	unsigned long		st_blksize;
	unsigned long long	st_blocks;
	unsigned long		st_atime;
	unsigned long		st_atime_nsec;
	unsigned long		st_mtime;
	unsigned long		st_mtime_nsec;
	unsigned long		st_ctime;
	unsigned long		st_ctime_nsec;
	unsigned long long	st_ino;
};

#endif
