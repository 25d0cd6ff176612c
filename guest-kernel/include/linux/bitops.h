/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Bit operations: atomic set_bit() and friends on unsigned long words
 * (the builtins' LL/SC loops), non-atomic __set_bit() ones, and the bit
 * searches and weights of lib/find_bit.c and lib/hweight.c.
 */
#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/const.h>

#define BITS_PER_LONG		(8 * __SIZEOF_LONG__)
#define BITS_PER_BYTE		8
#define BIT_MASK(nr)		(1UL << ((nr) % BITS_PER_LONG))
#define BIT_WORD(nr)		((nr) / BITS_PER_LONG)
#define BITS_TO_LONGS(nr)	(((nr) + BITS_PER_LONG - 1) / BITS_PER_LONG)
#define GENMASK(h, l)		(((~0UL) << (l)) & (~0UL >> (BITS_PER_LONG - 1 - (h))))

static inline void set_bit(unsigned int nr, volatile unsigned long *addr)
{
	__atomic_fetch_or(&addr[BIT_WORD(nr)], BIT_MASK(nr), __ATOMIC_RELAXED);
}

static inline void clear_bit(unsigned int nr, volatile unsigned long *addr)
{
	__atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr), __ATOMIC_RELAXED);
}

static inline bool test_and_set_bit(unsigned int nr, volatile unsigned long *addr)
{
	return __atomic_fetch_or(&addr[BIT_WORD(nr)], BIT_MASK(nr),
				 __ATOMIC_SEQ_CST) & BIT_MASK(nr);
}

static inline bool test_and_clear_bit(unsigned int nr, volatile unsigned long *addr)
{
	return __atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr),
				  __ATOMIC_SEQ_CST) & BIT_MASK(nr);
}

static inline bool test_bit(unsigned int nr, const volatile unsigned long *addr)
{
	return 1UL & (addr[BIT_WORD(nr)] >> (nr & (BITS_PER_LONG - 1)));
}

static inline void __set_bit(unsigned int nr, unsigned long *addr)
{
	addr[BIT_WORD(nr)] |= BIT_MASK(nr);
}

static inline void __clear_bit(unsigned int nr, unsigned long *addr)
{
	addr[BIT_WORD(nr)] &= ~BIT_MASK(nr);
}

static inline void __change_bit(unsigned int nr, unsigned long *addr)
{
	addr[BIT_WORD(nr)] ^= BIT_MASK(nr);
}

/* Index of the lowest / highest set bit of a non-zero word. */
static inline unsigned long __ffs(unsigned long word)
{
	return __builtin_ctzl(word);
}

static inline unsigned long __fls(unsigned long word)
{
	return BITS_PER_LONG - 1 - __builtin_clzl(word);
}

static inline unsigned long ffz(unsigned long word)
{
	return __ffs(~word);
}

/* 1-based; 0 for no bit set. */
static inline int fls(unsigned int x)
{
	return x ? 32 - __builtin_clz(x) : 0;
}

static inline int fls64(u64 x)
{
	return x ? 64 - __builtin_clzll(x) : 0;
}

unsigned int __sw_hweight8(unsigned int w);
unsigned int __sw_hweight16(unsigned int w);
unsigned int __sw_hweight32(unsigned int w);
unsigned long __sw_hweight64(u64 w);
#define hweight8(w)	__sw_hweight8(w)
#define hweight16(w)	__sw_hweight16(w)
#define hweight32(w)	__sw_hweight32(w)
#define hweight64(w)	__sw_hweight64(w)
#define hweight_long(w)	__sw_hweight64(w)

unsigned long _find_first_bit(const unsigned long *addr, unsigned long size);
unsigned long _find_first_zero_bit(const unsigned long *addr, unsigned long size);
unsigned long _find_next_bit(const unsigned long *addr, unsigned long nbits,
			     unsigned long start);
unsigned long _find_next_zero_bit(const unsigned long *addr, unsigned long nbits,
				  unsigned long start);
unsigned long _find_last_bit(const unsigned long *addr, unsigned long size);

#define find_first_bit(addr, size)		_find_first_bit(addr, size)
#define find_first_zero_bit(addr, size)		_find_first_zero_bit(addr, size)
#define find_next_bit(addr, size, off)		_find_next_bit(addr, size, off)
#define find_next_zero_bit(addr, size, off)	_find_next_zero_bit(addr, size, off)
#define find_last_bit(addr, size)		_find_last_bit(addr, size)

#define for_each_set_bit(bit, addr, size)				\
	for ((bit) = find_first_bit((addr), (size));			\
	     (bit) < (size);						\
	     (bit) = find_next_bit((addr), (size), (bit) + 1))

#endif
