/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_ARM_PATCH_H
#define _ASM_ARM_PATCH_H

void __patch_text(void *addr, unsigned int insn);

#endif
