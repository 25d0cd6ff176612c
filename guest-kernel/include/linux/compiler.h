/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#define __section(s)		__attribute__((__section__(s)))
#define __aligned(x)		__attribute__((__aligned__(x)))
#define __used			__attribute__((__used__))
#define __maybe_unused		__attribute__((__unused__))
#define __always_inline		inline __attribute__((__always_inline__))
#define noinline		__attribute__((__noinline__))
#define __noclone		__attribute__((__noclone__))
#define __noreturn		__attribute__((__noreturn__))
#define __packed		__attribute__((__packed__))
#define __weak			__attribute__((__weak__))
#define __cold			__attribute__((__cold__))
/*
 * Built with sibling calls, as Debian's kernel is (ours is not, for its
 * frame-pointer backtraces): for a function whose last call is a WARN,
 * which Linux/arm then reports at the function's caller.
 */
#define __sibling_calls		__attribute__((__optimize__("optimize-sibling-calls")))
#define __printf(a, b)		__attribute__((__format__(printf, a, b)))
#define __scanf(a, b)		__attribute__((__format__(scanf, a, b)))
#define __visible		__attribute__((__externally_visible__))
#define fallthrough		__attribute__((__fallthrough__))
#define asmlinkage
#define notrace
#define __iomem
#define __percpu
#define __user
#define __force

#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)
#define barrier()		__asm__ __volatile__("" : : : "memory")
#define unreachable()		__builtin_unreachable()
#define _THIS_IP_		({ __label__ __here; __here: (unsigned long)&&__here; })

#define READ_ONCE(x)		(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, val)	(*(volatile __typeof__(x) *)&(x) = (val))

#define ___PASTE(a, b)		a##b
#define __PASTE(a, b)		___PASTE(a, b)
#define __UNIQUE_ID(prefix)	__PASTE(__PASTE(__UNIQUE_ID_, prefix), __COUNTER__)

/* Keep a symbol referenced from C so that code naming it only in asm still links. */
#define __ADDRESSABLE(sym)						\
	static void *__section(".discard.addressable") __used		\
		__UNIQUE_ID(__PASTE(__addressable_, sym)) = (void *)&sym;

#endif
