// SPDX-License-Identifier: GPL-2.0
/*
 * System calls in the table that another part of the kernel may or may
 * not provide: until a strong SYSCALL_DEFINE appears, -ENOSYS.
 */
#include <linux/syscalls.h>

COND_SYSCALL(mount)
COND_SYSCALL(syslog)
