/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_FPSIMD_H
#define __ASM_FPSIMD_H

#include <asm/processor.h>

struct task_struct;

/* fpsimd.S: the live registers to and from memory. */
void fpsimd_save_state(struct user_fpsimd_state *state);
void fpsimd_load_state(const struct user_fpsimd_state *state);

/* fpsimd.c */
void fpsimd_thread_switch(struct task_struct *next);
void fpsimd_flush_thread(void);
void fpsimd_preserve_current_state(void);
void fpsimd_update_current_state(const struct user_fpsimd_state *state);

#endif
