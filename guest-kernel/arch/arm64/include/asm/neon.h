/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_NEON_H
#define __ASM_NEON_H

#include <linux/types.h>

/*
 * The kernel's own use of the FP/SIMD registers, between kernel_neon_begin()
 * and kernel_neon_end(), where may_use_simd() allows it (not inside another
 * such use, which an interrupt could be in).
 */
bool may_use_simd(void);
void kernel_neon_begin(void);
void kernel_neon_end(void);

#endif
