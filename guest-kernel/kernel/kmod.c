// SPDX-License-Identifier: GPL-2.0
/*
 * request_module(), as Linux 6.1's kernel/kmod.c: run
 * "modprobe -q -- NAME" (modprobe_path, /proc/sys/kernel/modprobe,
 * Debian's CONFIG_MODPROBE_PATH) as a usermode helper and return what
 * the wait gives: 0 when modprobe succeeded, its wait status when it
 * failed (256 for an exit with 1), a negative error when it could not
 * run. At most 50 run at once; more wait for a slot.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/atomic.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kmod.h>
#include <linux/module.h>
#include <linux/ratelimit.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/wait.h>

/* printk_ratelimited(), as Linux's: 10 messages per 5 s from one place */
#define pr_warn_ratelimited(fmt, ...)					\
({									\
	static DEFINE_RATELIMIT_STATE(_rs, DEFAULT_RATELIMIT_INTERVAL,	\
				      DEFAULT_RATELIMIT_BURST);		\
									\
	if (__ratelimit(&_rs))						\
		pr_warn(fmt, ##__VA_ARGS__);				\
})

#define MAX_KMOD_CONCURRENT 50
static atomic_t kmod_concurrent_max = ATOMIC_INIT(MAX_KMOD_CONCURRENT);
static DECLARE_WAIT_QUEUE_HEAD(kmod_wq);

char modprobe_path[KMOD_PATH_LEN] = "/sbin/modprobe";

static void free_modprobe_argv(struct subprocess_info *info)
{
	kfree(info->argv[3]);	/* the module name */
	kfree(info->argv);
}

static int call_modprobe(char *module_name, int wait)
{
	static char *envp[] = {
		"HOME=/",
		"TERM=linux",
		"PATH=/sbin:/usr/sbin:/bin:/usr/bin",
		NULL
	};
	struct subprocess_info *info;
	char **argv;

	argv = kmalloc(sizeof(char *[5]), GFP_KERNEL);
	if (!argv)
		goto out;
	module_name = kstrdup(module_name, GFP_KERNEL);
	if (!module_name)
		goto free_argv;

	argv[0] = modprobe_path;
	argv[1] = "-q";
	argv[2] = "--";
	argv[3] = module_name;
	argv[4] = NULL;

	info = call_usermodehelper_setup(modprobe_path, argv, envp, GFP_KERNEL,
					 NULL, free_modprobe_argv, NULL);
	if (!info)
		goto free_module_name;
	return call_usermodehelper_exec(info, wait | UMH_KILLABLE);

free_module_name:
	kfree(module_name);
free_argv:
	kfree(argv);
out:
	return -ENOMEM;
}

/* Take a slot if one is free (the count stays >= 0). */
static bool kmod_take_slot(void)
{
	int c = atomic_read(&kmod_concurrent_max);

	while (c > 0) {
		int old = atomic_cmpxchg(&kmod_concurrent_max, c, c - 1);

		if (old == c)
			return true;
		c = old;
	}
	return false;
}

int __request_module(bool wait, const char *fmt, ...)
{
	char module_name[MODULE_NAME_LEN];
	va_list args;
	int ret;

	if (!modprobe_path[0])
		return -ENOENT;

	va_start(args, fmt);
	ret = vsnprintf(module_name, MODULE_NAME_LEN, fmt, args);
	va_end(args);
	if (ret >= MODULE_NAME_LEN)
		return -ENAMETOOLONG;

	if (!kmod_take_slot()) {
		pr_warn_ratelimited("request_module: kmod_concurrent_max (%u) close to 0 (max_modprobes: %u), for module %s, throttling...",
				    atomic_read(&kmod_concurrent_max),
				    MAX_KMOD_CONCURRENT, module_name);
		ret = wait_event_killable(kmod_wq, kmod_take_slot());
		if (ret) {
			pr_warn_ratelimited("request_module: sigkill sent for modprobe %s, giving up",
					    module_name);
			return ret;
		}
	}

	ret = call_modprobe(module_name, wait ? UMH_WAIT_PROC : UMH_WAIT_EXEC);

	atomic_inc(&kmod_concurrent_max);
	wake_up(&kmod_wq);
	return ret;
}
EXPORT_SYMBOL(__request_module);
