/* SPDX-License-Identifier: MIT */
/*
 * The few Linux system calls and string helpers kobox's guest tools use,
 * without a libc: a static program of a few kilobytes that starts in a
 * handful of instructions, on the board as on Debian's kernel. Built for
 * arm64, or for 32-bit ARM (EABI, Debian's armhf): only the system call
 * numbers and the calling sequence differ.
 */
#ifndef KOBOX_SYSCALLS_H
#define KOBOX_SYSCALLS_H

#if defined(__aarch64__)
/* include/uapi/asm-generic/unistd.h */
#define __NR_dup3	24
#define __NR_ioctl	29
#define __NR_mknodat	33
#define __NR_mkdirat	34
#define __NR_unlinkat	35
#define __NR_symlinkat	36
#define __NR_chdir	49
#define __NR_fchmodat	53
#define __NR_fchownat	54
#define __NR_openat	56
#define __NR_close	57
#define __NR_lseek	62
#define __NR_read	63
#define __NR_write	64
#define __NR_utimensat	88
#define __NR_exit_group	94
#define __NR_syslog	116
#define __NR_clone	220
#define __NR_execve	221
#define __NR_wait4	260
#elif defined(__arm__) && defined(__ARM_EABI__)
/* arch/arm/tools/syscall.tbl, EABI (no __NR_SYSCALL_BASE offset) */
#define __NR_read	3
#define __NR_write	4
#define __NR_close	6
#define __NR_execve	11
#define __NR_chdir	12
#define __NR_lseek	19
#define __NR_ioctl	54
#define __NR_syslog	103
#define __NR_wait4	114
#define __NR_clone	120
#define __NR_exit_group	248
#define __NR_openat	322
#define __NR_mkdirat	323
#define __NR_mknodat	324
#define __NR_fchownat	325
#define __NR_unlinkat	328
#define __NR_symlinkat	331
#define __NR_fchmodat	333
#define __NR_utimensat	348
#define __NR_dup3	358
#else
#error "kobox's guest tools are built for arm64 or 32-bit ARM EABI"
#endif

#define AT_FDCWD	-100
#define O_RDONLY	00
#define O_WRONLY	01
#define O_CREAT		0100
#define O_EXCL		0200
#define O_TRUNC		01000
#define O_NONBLOCK	04000
#define O_DIRECTORY	040000	/* arm64 and ARM both */
#define O_CLOEXEC	02000000
#define EINTR		4
#define EIO		5
#define EEXIST		17
#define EINVAL		22
#define EPIPE		32
#define ENAMETOOLONG	36
#define AT_SYMLINK_NOFOLLOW	0x100
#define S_IFMT		0170000
#define S_IFDIR		0040000
#define S_IFREG		0100000
#define S_IFLNK		0120000
#define SEEK_END	2
#define SEEK_DATA	3
#define SIGCHLD		17

#define SYSLOG_ACTION_READ		2
#define SYSLOG_ACTION_READ_ALL		3
#define SYSLOG_ACTION_CONSOLE_LEVEL	8
#define SYSLOG_ACTION_SIZE_UNREAD	9

#define TCGETS		0x5401
#define TCSETS		0x5402
#define ECHO		0000010

/* utimensat()'s times: 32-bit on armhf's utimensat (not utimensat_time64). */
struct timespec {
	long tv_sec, tv_nsec;
};

struct termios {
	unsigned int c_iflag, c_oflag, c_cflag, c_lflag;
	unsigned char c_line;
	unsigned char c_cc[19];
};

/*
 * The number in x8 and arguments in x0-x5 (arm64), or the number in r7 and
 * arguments in r0-r5 (EABI); the result in the first argument's register.
 */
#if defined(__aarch64__)
#define SYSCALL_NR_REG	"x8"
#define SYSCALL_REG(n)	"x" #n
#else
#define SYSCALL_NR_REG	"r7"
#define SYSCALL_REG(n)	"r" #n
#endif

static inline long syscall6(long nr, long a, long b, long c, long d, long e,
			    long f)
{
	register long n __asm__(SYSCALL_NR_REG) = nr;
	register long arg0 __asm__(SYSCALL_REG(0)) = a;
	register long arg1 __asm__(SYSCALL_REG(1)) = b;
	register long arg2 __asm__(SYSCALL_REG(2)) = c;
	register long arg3 __asm__(SYSCALL_REG(3)) = d;
	register long arg4 __asm__(SYSCALL_REG(4)) = e;
	register long arg5 __asm__(SYSCALL_REG(5)) = f;

	__asm__ volatile("svc #0"
			 : "+r"(arg0)
			 : "r"(n), "r"(arg1), "r"(arg2), "r"(arg3), "r"(arg4),
			   "r"(arg5)
			 : "memory");
	return arg0;
}

#define syscall3(nr, a, b, c) syscall6(nr, (long)(a), (long)(b), (long)(c), 0, 0, 0)

static inline long sys_read(long fd, void *buf, long n) { return syscall3(__NR_read, fd, buf, n); }
static inline long sys_write(long fd, const void *buf, long n) { return syscall3(__NR_write, fd, buf, n); }
static inline long sys_openat(long dir, const char *path, long flags, long mode)
{
	return syscall6(__NR_openat, dir, (long)path, flags, mode, 0, 0);
}
static inline long sys_lseek(long fd, long off, long whence) { return syscall3(__NR_lseek, fd, off, whence); }
static inline long sys_close(long fd) { return syscall3(__NR_close, fd, 0, 0); }
static inline long sys_dup3(long from, long to, long flags) { return syscall3(__NR_dup3, from, to, flags); }
static inline long sys_chdir(const char *path) { return syscall3(__NR_chdir, path, 0, 0); }
static inline long sys_unlinkat(long dir, const char *path, long flags) { return syscall3(__NR_unlinkat, dir, path, flags); }
static inline long sys_mkdirat(long dir, const char *path, long mode) { return syscall3(__NR_mkdirat, dir, path, mode); }
static inline long sys_mknodat(long dir, const char *path, long mode, long dev)
{
	return syscall6(__NR_mknodat, dir, (long)path, mode, dev, 0, 0);
}
static inline long sys_symlinkat(const char *target, long dir, const char *path)
{
	return syscall3(__NR_symlinkat, target, dir, path);
}
static inline long sys_fchmodat(long dir, const char *path, long mode) { return syscall3(__NR_fchmodat, dir, path, mode); }
static inline long sys_fchownat(long dir, const char *path, long uid, long gid, long flags)
{
	return syscall6(__NR_fchownat, dir, (long)path, uid, gid, flags, 0);
}
static inline long sys_utimensat(long dir, const char *path, const struct timespec *times, long flags)
{
	return syscall6(__NR_utimensat, dir, (long)path, (long)times, flags, 0, 0);
}
static inline long sys_ioctl(long fd, long cmd, void *arg) { return syscall3(__NR_ioctl, fd, cmd, arg); }
static inline long sys_syslog(long type, char *buf, long len) { return syscall3(__NR_syslog, type, buf, len); }
static inline long sys_execve(const char *path, char **argv, char **envp) { return syscall3(__NR_execve, path, argv, envp); }
static inline long sys_wait4(long pid, long *status, long options)
{
	int s = 0;
	long r = syscall6(__NR_wait4, pid, (long)&s, options, 0, 0, 0);

	*status = s;
	return r;
}
/* fork(): a clone that only sends SIGCHLD on exit. */
static inline long sys_fork(void) { return syscall6(__NR_clone, SIGCHLD, 0, 0, 0, 0, 0); }
static inline void __attribute__((noreturn)) sys_exit_group(long status)
{
	for (;;)
		syscall3(__NR_exit_group, status, 0, 0);
}

/* A whole small file into buf: its length, or a negative errno. */
static inline long sys_readfile(const char *path, char *buf, long size)
{
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY, 0), n, len = 0;

	if (fd < 0)
		return fd;
	while (len < size && (n = sys_read(fd, buf + len, size - len)) != 0) {
		if (n == -EINTR)
			continue;
		if (n < 0)
			break;
		len += n;
	}
	sys_close(fd);
	return len;
}

static inline long str_len(const char *s)
{
	long n = 0;

	while (s[n])
		n++;
	return n;
}

static inline int str_starts(const char *s, const char *prefix)
{
	while (*prefix)
		if (*s++ != *prefix++)
			return 0;
	return 1;
}

static inline int str_eq(const char *a, const char *b)
{
	return str_starts(a, b) && !a[str_len(b)];
}

/* Forward byte copy: safe when dst is below src, as when a buffer shifts down. */
static inline void copy(char *dst, const char *src, long n)
{
	while (n-- > 0)
		*dst++ = *src++;
}

#endif
