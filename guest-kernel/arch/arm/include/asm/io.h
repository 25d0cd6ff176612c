/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_IO_H
#define __ASM_IO_H

#include <linux/types.h>
#include <linux/compiler.h>

static inline u32 readl(const volatile void __iomem *addr)
{
	u32 val;

	asm volatile("ldr %0, %1" : "=r" (val) : "Qo" (*(volatile u32 __force *)addr));
	return val;
}

static inline void writel(u32 val, volatile void __iomem *addr)
{
	asm volatile("str %1, %0" : : "Qo" (*(volatile u32 __force *)addr), "r" (val));
}

static inline u8 readb(const volatile void __iomem *addr)
{
	u8 val;

	asm volatile("ldrb %0, %1" : "=r" (val) : "Qo" (*(volatile u8 __force *)addr));
	return val;
}

static inline void writeb(u8 val, volatile void __iomem *addr)
{
	asm volatile("strb %1, %0" : : "Qo" (*(volatile u8 __force *)addr), "r" (val));
}

/* Two word reads, low first (Linux's io-64-nonatomic-lo-hi) */
static inline u64 readq(const volatile void __iomem *addr)
{
	u32 lo = readl(addr);

	return lo | (u64)readl(addr + 4) << 32;
}

void memcpy_fromio(void *to, const volatile void __iomem *from, size_t count);

#endif
