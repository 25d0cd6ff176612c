/* SPDX-License-Identifier: GPL-2.0 */
/*
 * As arm64 Linux's syscall wrapper: the table entry is
 * long __arm64_sys_<name>(const struct pt_regs *regs), the arguments
 * taken from x0-x5.
 */
#ifndef __ASM_SYSCALL_WRAPPER_H
#define __ASM_SYSCALL_WRAPPER_H

struct pt_regs;

#define SC_ARM64_REGS_TO_ARGS(x)					\
	__MAP(x, __SC_ARGS, , regs->regs[0], , regs->regs[1],		\
	      , regs->regs[2], , regs->regs[3], , regs->regs[4],	\
	      , regs->regs[5])

#define SYSCALL_DEFINE0(sname)						\
	asmlinkage long __arm64_sys_##sname(const struct pt_regs *__unused); \
	asmlinkage long __arm64_sys_##sname(const struct pt_regs *__unused)

#define SYSCALL_DEFINEx(x, name, ...)					\
	asmlinkage long __arm64_sys_##name(const struct pt_regs *regs);	\
	static long __se_sys_##name(__MAP(x, __SC_LONG, __VA_ARGS__));	\
	static inline long __do_sys_##name(__MAP(x, __SC_DECL, __VA_ARGS__)); \
	asmlinkage long __arm64_sys_##name(const struct pt_regs *regs)	\
	{								\
		return __se_sys_##name(SC_ARM64_REGS_TO_ARGS(x));	\
	}								\
	static long __se_sys_##name(__MAP(x, __SC_LONG, __VA_ARGS__))	\
	{								\
		return __do_sys_##name(__MAP(x, __SC_CAST, __VA_ARGS__)); \
	}								\
	static inline long __do_sys_##name(__MAP(x, __SC_DECL, __VA_ARGS__))

/* A syscall that may be left out: a weak alias of sys_ni_syscall (-ENOSYS). */
#define COND_SYSCALL(name)						\
	asmlinkage long __weak __arm64_sys_##name(const struct pt_regs *regs) \
	{								\
		return sys_ni_syscall();				\
	}

typedef long (*syscall_fn_t)(const struct pt_regs *regs);

#endif
