/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_CACHE_H
#define __ASM_CACHE_H

/* Debian's arm64: kmalloc() and crypto contexts aligned for non-coherent DMA */
#define ARCH_DMA_MINALIGN	128
#define KMALLOC_SHIFT_LOW	7

#endif
