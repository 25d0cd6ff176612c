// SPDX-License-Identifier: GPL-2.0
/*
 * panic(): report, notify (pvpanic tells the host), and stop.
 *
 * Unlike Linux, which spins forever after "---[ end Kernel panic ...",
 * we then power the board off so the host sees the end promptly. A
 * second panic, or a fault while panicking, powers off at once.
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <asm/ptrace.h>
#include <asm/stacktrace.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/notifier.h>
#include <linux/reboot.h>
#include <linux/string.h>
#include <asm/irqflags.h>

int oops_in_progress;
int panic_on_oops;
unsigned int oops_count;	/* /sys/kernel/oops_count */
unsigned int warn_count;	/* /sys/kernel/warn_count: a WARN() would count */
struct atomic_notifier_head panic_notifier_list;

static unsigned long tainted_mask;
static bool panicking;

struct taint_flag {
	char c_true;
	char c_false;
};

static const struct taint_flag taint_flags[TAINT_FLAGS_COUNT] = {
	[TAINT_PROPRIETARY_MODULE]	= { 'P', 'G' },
	[TAINT_FORCED_MODULE]		= { 'F', ' ' },
	[TAINT_CPU_OUT_OF_SPEC]		= { 'S', ' ' },
	[TAINT_FORCED_RMMOD]		= { 'R', ' ' },
	[TAINT_MACHINE_CHECK]		= { 'M', ' ' },
	[TAINT_BAD_PAGE]		= { 'B', ' ' },
	[TAINT_USER]			= { 'U', ' ' },
	[TAINT_DIE]			= { 'D', ' ' },
	[TAINT_OVERRIDDEN_ACPI_TABLE]	= { 'A', ' ' },
	[TAINT_WARN]			= { 'W', ' ' },
	[TAINT_CRAP]			= { 'C', ' ' },
	[TAINT_FIRMWARE_WORKAROUND]	= { 'I', ' ' },
	[TAINT_OOT_MODULE]		= { 'O', ' ' },
	[TAINT_UNSIGNED_MODULE]		= { 'E', ' ' },
	[TAINT_SOFTLOCKUP]		= { 'L', ' ' },
	[TAINT_LIVEPATCH]		= { 'K', ' ' },
	[TAINT_AUX]			= { 'X', ' ' },
	[TAINT_RANDSTRUCT]		= { 'T', ' ' },
	[TAINT_TEST]			= { 'N', ' ' },
};

/* "Not tainted", or "Tainted: " and one column per flag. */
const char *print_tainted(void)
{
	static char buf[TAINT_FLAGS_COUNT + sizeof("Tainted: ")];
	char *s;
	int i;

	if (!tainted_mask)
		return "Not tainted";
	s = buf + sprintf(buf, "Tainted: ");
	for (i = 0; i < TAINT_FLAGS_COUNT; i++)
		*s++ = (tainted_mask & (1UL << i)) ? taint_flags[i].c_true
						    : taint_flags[i].c_false;
	*s = '\0';
	return buf;
}

/* No lock debugging here: only the flag Linux clears, and its message. */
static int debug_locks = 1;

int debug_locks_off(void)
{
	int was = debug_locks;

	debug_locks = 0;
	return was;
}

void add_taint(unsigned int flag, int lockdep_ok)
{
	if (lockdep_ok == LOCKDEP_NOW_UNRELIABLE && debug_locks_off())
		pr_warn("Disabling lock debugging due to kernel taint\n");
	tainted_mask |= 1UL << flag;
}

bool test_taint(unsigned int flag)
{
	return tainted_mask & (1UL << flag);
}

unsigned long get_taint(void)
{
	return tainted_mask;
}

bool panic_in_progress(void)
{
	return panicking;
}

void bust_spinlocks(int yes)
{
	if (yes)
		++oops_in_progress;
	else if (oops_in_progress)
		--oops_in_progress;
}

static void print_oops_end_marker(void)
{
	pr_warn("---[ end trace %016llx ]---\n", 0ULL);
}

void oops_exit(void)
{
	oops_count++;
	print_oops_end_marker();
}

/* panic_on_warn=1 on the command line: a warning panics. */
int panic_on_warn;

static int __init panic_on_warn_setup(char *s)
{
	return s ? kstrtoint(s, 0, &panic_on_warn) : -EINVAL;
}
early_param("panic_on_warn", panic_on_warn_setup);

static void check_panic_on_warn(const char *origin)
{
	if (panic_on_warn)
		panic("%s: panic_on_warn set ...\n", origin);
	warn_count++;
}

/* A WARN*() that trapped (lib/bug.c): report, taint, and carry on. */
/* The report of a WARN(): its message (if it has one) right after the WARNING line. */
static void warn_report(const char *file, int line, void *caller, unsigned int taint,
			struct pt_regs *regs, const char *fmt, va_list *args)
{
	pr_warn("WARNING: CPU: %d PID: %d at %s:%d %pS\n",
		raw_smp_processor_id(), current->pid, file, line, caller);
	if (fmt)
		vprintk(fmt, *args);
	print_modules();
	if (regs)
		show_regs(regs);
	check_panic_on_warn("kernel");
	if (!regs)
		dump_stack();
	print_oops_end_marker();
	add_taint(taint, LOCKDEP_STILL_OK);
}

void __warn(const char *file, int line, void *caller, unsigned int taint,
	    struct pt_regs *regs)
{
	warn_report(file, line, caller, taint, regs, NULL, NULL);
}

/* WARN()'s message, before the trap. */
void __warn_printk(const char *fmt, ...)
{
	va_list args;

	pr_warn(CUT_HERE);
	va_start(args, fmt);
	vprintk(fmt, args);
	va_end(args);
}
#ifndef __LINUX_ARM_ARCH__
EXPORT_SYMBOL(__warn_printk);
#else
/*
 * Linux/arm has no __WARN_FLAGS: its modules' WARN()s report through
 * this, the message (if any) after the WARNING line.
 */
void warn_slowpath_fmt(const char *file, int line, unsigned int taint,
		       const char *fmt, ...)
{
	va_list args;

	pr_warn(CUT_HERE);
	va_start(args, fmt);
	warn_report(file, line, __builtin_return_address(0), taint, NULL, fmt, &args);
	va_end(args);
}
EXPORT_SYMBOL(warn_slowpath_fmt);
#endif

void panic(const char *fmt, ...)
{
	static char buf[1024];
	va_list args;
	long len;

	local_irq_disable();
	if (panicking)
		machine_power_off();
	panicking = true;

	console_verbose();
	bust_spinlocks(1);
	va_start(args, fmt);
	len = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (len && buf[len - 1] == '\n')
		buf[len - 1] = '\0';

	pr_emerg("Kernel panic - not syncing: %s\n", buf);
	/* An oops has just dumped the stack: don't do it twice. */
	if (!test_taint(TAINT_DIE) && oops_in_progress <= 1)
		dump_stack();

	atomic_notifier_call_chain(&panic_notifier_list, 0, buf);

	pr_emerg("---[ end Kernel panic - not syncing: %s ]---\n", buf);
	machine_power_off();
}

void nmi_panic(struct pt_regs *regs, const char *msg)
{
	panic("%s", msg);
}

/*
 * Modules are built with -fstack-protector-strong (their canary is the
 * task's stack_canary); the kernel itself is not.
 */
void __stack_chk_fail(void)
{
	panic("stack-protector: Kernel stack is corrupted in: %pB",
	      __builtin_return_address(0));
}
EXPORT_SYMBOL(__stack_chk_fail);

/* oops=panic: an oops panics instead of killing the task. */
static int __init oops_setup(char *s)
{
	if (!s)
		return -EINVAL;
	if (!strcmp(s, "panic"))
		panic_on_oops = 1;
	return 0;
}
early_param("oops", oops_setup);
