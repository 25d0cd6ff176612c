/* SPDX-License-Identifier: GPL-2.0 */
/*
 * SYSCALL_DEFINEn(name, type, arg, ...) defines the system call table's
 * entry: the architecture's wrapper where it has one (arm64's
 * __arm64_sys_<name>(regs)), else sys_<name>(args).
 */
#ifndef _LINUX_SYSCALLS_H
#define _LINUX_SYSCALLS_H

#include <linux/kernel.h>
#include <linux/errno.h>
#include <asm/ptrace.h>

#define __MAP0(m, ...)
#define __MAP1(m, t, a, ...) m(t, a)
#define __MAP2(m, t, a, ...) m(t, a), __MAP1(m, __VA_ARGS__)
#define __MAP3(m, t, a, ...) m(t, a), __MAP2(m, __VA_ARGS__)
#define __MAP4(m, t, a, ...) m(t, a), __MAP3(m, __VA_ARGS__)
#define __MAP5(m, t, a, ...) m(t, a), __MAP4(m, __VA_ARGS__)
#define __MAP6(m, t, a, ...) m(t, a), __MAP5(m, __VA_ARGS__)
#define __MAP(n, ...) __MAP##n(__VA_ARGS__)

#define __SC_DECL(t, a)	t a
#define __SC_LONG(t, a)	long a
#define __SC_CAST(t, a)	(__force t) a
#define __SC_ARGS(t, a)	a

#ifdef CONFIG_ARCH_HAS_SYSCALL_WRAPPER
#include <asm/syscall_wrapper.h>
#else
/*
 * No wrapper (32-bit ARM): the table calls sys_<name> with the
 * arguments where the EABI puts them (r0-r3, then the stack; a 64-bit
 * one in an even/odd pair), as the caller left them.
 */
#define SYSCALL_DEFINE0(sname)						\
	asmlinkage long sys_##sname(void);				\
	asmlinkage long sys_##sname(void)

#define SYSCALL_DEFINEx(x, name, ...)					\
	asmlinkage long sys_##name(__MAP(x, __SC_DECL, __VA_ARGS__));	\
	static inline long __do_sys_##name(__MAP(x, __SC_DECL, __VA_ARGS__)); \
	asmlinkage long sys_##name(__MAP(x, __SC_DECL, __VA_ARGS__))	\
	{								\
		return __do_sys_##name(__MAP(x, __SC_ARGS, __VA_ARGS__)); \
	}								\
	static inline long __do_sys_##name(__MAP(x, __SC_DECL, __VA_ARGS__))

#define COND_SYSCALL(name)						\
	asmlinkage long __weak sys_##name(void)				\
	{								\
		return sys_ni_syscall();				\
	}

typedef long (*syscall_fn_t)(void);
#endif

#define SYSCALL_DEFINE1(name, ...) SYSCALL_DEFINEx(1, name, __VA_ARGS__)
#define SYSCALL_DEFINE2(name, ...) SYSCALL_DEFINEx(2, name, __VA_ARGS__)
#define SYSCALL_DEFINE3(name, ...) SYSCALL_DEFINEx(3, name, __VA_ARGS__)
#define SYSCALL_DEFINE4(name, ...) SYSCALL_DEFINEx(4, name, __VA_ARGS__)
#define SYSCALL_DEFINE5(name, ...) SYSCALL_DEFINEx(5, name, __VA_ARGS__)
#define SYSCALL_DEFINE6(name, ...) SYSCALL_DEFINEx(6, name, __VA_ARGS__)

asmlinkage long sys_ni_syscall(void);

struct sigaction;
struct pollfd;
struct rusage;
long ksys_write(unsigned int fd, const char __user *buf, size_t count);
long ksys_read(unsigned int fd, char __user *buf, size_t count);
long ksys_dup3(unsigned int oldfd, unsigned int newfd, int flags);
long do_sys_open(int dfd, const char __user *filename, int flags, umode_t mode);
long ksys_chdir(const char *filename);
int do_execve(const char *filename, const char __user *const __user *argv,
	      const char __user *const __user *envp);
long kernel_clone(unsigned long clone_flags, unsigned long stack,
		  int __user *parent_tid, int __user *child_tid,
		  unsigned long tls);
int kernel_wait(pid_t pid, int *stat);
long kernel_wait4(pid_t upid, int __user *stat_addr, int options,
		  struct rusage *ru);
char *strndup_user(const char __user *s, long n);
long ksys_umount(char __user *name, int flags);
int kernel_reboot_cmd(int cmd);

#endif
