/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * siginfo_t as the Linux ABI lays it out: 128 bytes, the union after three
 * ints (at 16 on 64-bit, 12 on 32-bit: nothing in it is wider than a word).
 */
#ifndef _UAPI_ASM_GENERIC_SIGINFO_H
#define _UAPI_ASM_GENERIC_SIGINFO_H

#include <linux/types.h>

#define SI_MAX_SIZE	128

union __sifields {
	struct {			/* kill() */
		pid_t _pid;
		uid_t _uid;
	} _kill;
	struct {			/* POSIX.1b timers */
		int _tid;
		int _overrun;
		union {
			int sival_int;
			void __user *sival_ptr;
		} _sigval;
		int _sys_private;
	} _timer;
	struct {			/* SIGCHLD */
		pid_t _pid;
		uid_t _uid;
		int _status;
		long _utime;
		long _stime;
	} _sigchld;
	struct {			/* SIGILL, SIGFPE, SIGSEGV, SIGBUS */
		void __user *_addr;
	} _sigfault;
	struct {			/* SIGPOLL (and F_SETSIG's signal) */
		long _band;
		int _fd;
	} _sigpoll;
};

#define __SIGINFO			\
struct {				\
	int si_signo;			\
	int si_errno;			\
	int si_code;			\
	union __sifields _sifields;	\
}

typedef struct siginfo {
	union {
		__SIGINFO;
		int _si_pad[SI_MAX_SIZE / sizeof(int)];
	};
} siginfo_t;

#define si_pid		_sifields._kill._pid
#define si_uid		_sifields._kill._uid
#define si_status	_sifields._sigchld._status
#define si_utime	_sifields._sigchld._utime
#define si_stime	_sifields._sigchld._stime
#define si_addr		_sifields._sigfault._addr
#define si_band		_sifields._sigpoll._band
#define si_fd		_sifields._sigpoll._fd

#define SI_USER		0
#define SI_KERNEL	0x80
#define SI_QUEUE	-1
#define SI_TIMER	-2
#define SI_TKILL	-6
#define SI_SIGIO	-5

/* SIGPOLL si_codes: why the file is ready (kill_fasync()'s band) */
#define POLL_IN		1
#define POLL_OUT	2
#define POLL_MSG	3
#define POLL_ERR	4
#define POLL_PRI	5
#define POLL_HUP	6
#define NSIGPOLL	6

#define ILL_ILLOPC	1
#define ILL_ILLOPN	2
#define ILL_ILLTRP	4
#define FPE_INTDIV	1
#define SEGV_MAPERR	1
#define SEGV_ACCERR	2
#define BUS_ADRALN	1
#define BUS_ADRERR	2
#define BUS_OBJERR	3
#define TRAP_BRKPT	1
#define CLD_EXITED	1
#define CLD_KILLED	2
#define CLD_DUMPED	3
#define CLD_TRAPPED	4
#define CLD_STOPPED	5
#define CLD_CONTINUED	6

#endif
