/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_STRING_H
#define _ASM_STRING_H

/* In assembly (arch/arm64/lib/memcpy.S, memset.S): lib/string.c leaves them out. */
#define __HAVE_ARCH_MEMCPY
#define __HAVE_ARCH_MEMSET

#endif
