/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_PANIC_H
#define _LINUX_PANIC_H

#include <linux/compiler.h>
#include <linux/types.h>

struct pt_regs;

__printf(1, 2) void panic(const char *fmt, ...) __noreturn __cold;
void nmi_panic(struct pt_regs *regs, const char *msg);
void __stack_chk_fail(void) __noreturn;
bool panic_in_progress(void);

extern int oops_in_progress;
extern int panic_on_oops;
extern unsigned int oops_count, warn_count;
extern struct atomic_notifier_head panic_notifier_list;

void oops_exit(void);
void __warn(const char *file, int line, void *caller, unsigned int taint,
	    struct pt_regs *regs);
extern int panic_on_warn;
void bust_spinlocks(int yes);

#define TAINT_PROPRIETARY_MODULE	0
#define TAINT_FORCED_MODULE		1
#define TAINT_CPU_OUT_OF_SPEC		2
#define TAINT_FORCED_RMMOD		3
#define TAINT_MACHINE_CHECK		4
#define TAINT_BAD_PAGE			5
#define TAINT_USER			6
#define TAINT_DIE			7
#define TAINT_OVERRIDDEN_ACPI_TABLE	8
#define TAINT_WARN			9
#define TAINT_CRAP			10
#define TAINT_FIRMWARE_WORKAROUND	11
#define TAINT_OOT_MODULE		12
#define TAINT_UNSIGNED_MODULE		13
#define TAINT_SOFTLOCKUP		14
#define TAINT_LIVEPATCH			15
#define TAINT_AUX			16
#define TAINT_RANDSTRUCT		17
#define TAINT_TEST			18
#define TAINT_FLAGS_COUNT		19

#define LOCKDEP_STILL_OK		0
#define LOCKDEP_NOW_UNRELIABLE		1

void add_taint(unsigned int flag, int lockdep_ok);
int debug_locks_off(void);
bool test_taint(unsigned int flag);
unsigned long get_taint(void);
const char *print_tainted(void);

#endif
