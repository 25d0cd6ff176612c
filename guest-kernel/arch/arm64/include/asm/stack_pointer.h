/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_STACK_POINTER_H
#define __ASM_STACK_POINTER_H

/* How deep the stack is now, read straight from sp. */
register unsigned long current_stack_pointer asm ("sp");

#endif
