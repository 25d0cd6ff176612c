// SPDX-License-Identifier: GPL-2.0
/*
 * FP/SIMD state, switched eagerly: the outgoing task's registers are
 * saved and the incoming task's loaded on every task switch. The live
 * registers always belong to current.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <asm/fpsimd.h>
#include <asm/neon.h>

void fpsimd_thread_switch(struct task_struct *next)
{
	fpsimd_save_state(&current->thread.uw.fpsimd_state);
	fpsimd_load_state(&next->thread.uw.fpsimd_state);
}

/* Make current's saved copy up to date (before fork or a signal frame). */
void fpsimd_preserve_current_state(void)
{
	fpsimd_save_state(&current->thread.uw.fpsimd_state);
}

/* Replace current's registers (sigreturn). */
void fpsimd_update_current_state(const struct user_fpsimd_state *state)
{
	current->thread.uw.fpsimd_state = *state;
	fpsimd_load_state(state);
}

/* exec: a new program starts with zeroed registers and default FPCR. */
void fpsimd_flush_thread(void)
{
	memset(&current->thread.uw.fpsimd_state, 0,
	       sizeof(current->thread.uw.fpsimd_state));
	fpsimd_load_state(&current->thread.uw.fpsimd_state);
}

static bool kernel_neon_busy;

bool may_use_simd(void)
{
	return !kernel_neon_busy;
}

/* Lend the registers to the kernel: current's values wait in its saved state. */
void kernel_neon_begin(void)
{
	kernel_neon_busy = true;
	fpsimd_save_state(&current->thread.uw.fpsimd_state);
}

void kernel_neon_end(void)
{
	fpsimd_load_state(&current->thread.uw.fpsimd_state);
	kernel_neon_busy = false;
}
