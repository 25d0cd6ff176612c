/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <uapi/asm-generic/errno.h>

/* Never seen by user space: the syscall exit path turns them into EINTR or a restart. */
#define ERESTARTSYS	512
#define ERESTARTNOINTR	513
#define ERESTARTNOHAND	514	/* restart if no handler */
#define ENOIOCTLCMD	515	/* no ioctl command */
#define ERESTART_RESTARTBLOCK 516

#endif
