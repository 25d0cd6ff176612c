/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_CACHE_H
#define __ASM_CACHE_H

/* Debian's armmp: CONFIG_ARM_L1_CACHE_SHIFT=6, DMA alignment one cache line */
#define L1_CACHE_BYTES		64
#define ARCH_DMA_MINALIGN	L1_CACHE_BYTES
#define KMALLOC_SHIFT_LOW	6

#endif
