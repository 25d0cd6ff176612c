// SPDX-License-Identifier: GPL-2.0
/* dump_stack(): who is running, on what, and how it got here. */
#include <generated/compile.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <linux/utsname.h>
#include <linux/workqueue.h>

static char dump_stack_arch_desc_str[128];

/* The "Hardware name:" shown with every stack dump. */
void __init dump_stack_set_arch_desc(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	vsnprintf(dump_stack_arch_desc_str, sizeof(dump_stack_arch_desc_str),
		  fmt, args);
	va_end(args);
}

void dump_stack_print_info(const char *log_lvl)
{
	/* Debian's kernels add their package version after the build number. */
	printk("%sCPU: %d PID: %d Comm: %.20s %s %s %.*s %s\n",
	       log_lvl, raw_smp_processor_id(), current->pid, current->comm,
	       print_tainted(), init_utsname()->release,
	       (int)strcspn(init_utsname()->version, " "),
	       init_utsname()->version, LINUX_PACKAGE_ID);

	if (dump_stack_arch_desc_str[0] != '\0')
		printk("%sHardware name: %s\n",
		       log_lvl, dump_stack_arch_desc_str);

	print_worker_info(log_lvl, current);
}

noinline void dump_stack_lvl(const char *log_lvl)
{
	dump_stack_print_info(log_lvl);
	show_stack(NULL, NULL, log_lvl);
}

void dump_stack(void)
{
	dump_stack_lvl(KERN_DEFAULT);
}
