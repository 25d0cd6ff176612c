/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_PGTABLE_TYPES_H
#define __ASM_PGTABLE_TYPES_H

#include <linux/types.h>

typedef u32 pteval_t;
typedef pteval_t pgprot_t;	/* the attribute bits of a small-page descriptor */
typedef struct { pteval_t pgd; } pgd_t;	/* one first-level descriptor */

#endif
