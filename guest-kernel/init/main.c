// SPDX-License-Identifier: GPL-2.0
/*
 * As in Linux, DEBUG is on here: run_init_process()'s pr_debug() lines
 * ("  with arguments:" ...) are part of every boot log.
 */
#define DEBUG

/*
 * The boot sequence, in the order and with the names of Linux's
 * init/main.c:
 *
 *   start_kernel()            boot task (PID 0), interrupts off
 *     setup_arch()            device tree, memory map, page tables, PSCI
 *     parse_early_param(), parse_args()    the command line
 *     mm_init()               page allocator and kmalloc
 *     rcu_init()              RCU's softirq
 *     workqueue_init_early()  worker pools, the system workqueues
 *     early_irq_init(), init_IRQ()         interrupt descriptors, the GIC
 *     hrtimers_init(), softirq_init(), time_init(), tick_init(), init_timers()
 *                             the generic timer, the tick, the timer wheel;
 *                             then interrupts are enabled
 *     console_init()          consoles (+ their initcalls)
 *     rest_init()             start PID 1, become the idle task
 *     vfs_caches_init()       rootfs, the first mount
 *   kernel_init()             PID 1
 *     kernel_init_freeable()
 *       workqueue_init()                   the first kworkers
 *       do_pre_smp_initcalls()             early initcalls
 *       do_basic_setup() -> do_initcalls() levels pure .. late
 *                                          (rootfs level: the initramfs)
 *       console_on_rootfs()                fds 0, 1, 2 on /dev/console
 *       prepare_namespace() if there is no /init (panics: no root device)
 *     run_init_process()      exec /init (rdinit=), or init=, or the usual
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/rcupdate.h>
#include <linux/percpu.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/moduleparam.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/sched/clock.h>
#include <linux/workqueue.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/utsname.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/init_syscalls.h>
#include <linux/kthread.h>
#include <linux/sched/task.h>
#include <linux/hrtimer.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/tick.h>
#include <linux/timer.h>
#include <linux/nmi.h>
#include <asm/irq.h>
#include <asm/irqflags.h>
#include <asm/setup.h>

#define MAX_INIT_ARGS	32	/* CONFIG_INIT_ENV_ARG_LIMIT */
#define MAX_INIT_ENVS	32

void smp_setup_processor_id(void);
void calibrate_delay(void);
void fork_init(void);
void vfs_caches_init(void);

/* procfs registers here, after the VFS is up (Linux's start_kernel order). */
void __weak __init proc_root_init(void)
{
}

char *saved_command_line;
static char *static_command_line;
static char saved_command_line_buf[COMMAND_LINE_SIZE];
static char static_command_line_buf[COMMAND_LINE_SIZE];

bool initcall_debug;
core_param(initcall_debug, initcall_debug, bool, 0644);

/* Kept for init: what the kernel did not understand goes to userspace. */
static const char *argv_init[MAX_INIT_ARGS + 2] = { "init", NULL, };
const char *envp_init[MAX_INIT_ENVS + 2] = { "HOME=/", "TERM=linux", NULL, };
static const char *panic_later, *panic_param;
static char *execute_command;
static char *ramdisk_execute_command;

/* init= and rdinit=: drop the arguments gathered so far, as Linux does. */
static int __init set_init_command(char **command, char *str)
{
	unsigned int i;

	*command = str;
	for (i = 1; i < MAX_INIT_ARGS; i++)
		argv_init[i] = NULL;
	return 1;
}

static int __init init_setup(char *str)
{
	return set_init_command(&execute_command, str);
}
__setup("init=", init_setup);

static int __init rdinit_setup(char *str)
{
	return set_init_command(&ramdisk_execute_command, str);
}
__setup("rdinit=", rdinit_setup);

static int __init debug_kernel(char *str)
{
	console_loglevel = CONSOLE_LOGLEVEL_DEBUG;
	return 0;
}
early_param("debug", debug_kernel);

static int __init quiet_kernel(char *str)
{
	console_loglevel = CONSOLE_LOGLEVEL_QUIET;
	return 0;
}
early_param("quiet", quiet_kernel);

/* loglevel=N, ignored unless N parses (loglevel=0 would hide everything). */
static int __init loglevel(char *str)
{
	int newlevel;

	if (get_option(&str, &newlevel)) {
		console_loglevel = newlevel;
		return 0;
	}
	return -EINVAL;
}
early_param("loglevel", loglevel);

static int __init do_early_param(char *param, char *val,
				 const char *unused, void *arg)
{
	const struct obs_kernel_param *p;

	for (p = __setup_start; p < __setup_end; p++) {
		if (p->early && parameq(param, p->str) &&
		    p->setup_func(val) != 0)
			pr_warn("Malformed early option '%s'\n", param);
	}
	return 0;	/* everything else waits for parse_args() */
}

void __init parse_early_options(char *cmdline)
{
	parse_args("early options", cmdline, NULL, 0, 0, 0, NULL,
		   do_early_param);
}

/* Done from setup_arch() on arm64; later calls do nothing. */
void __init parse_early_param(void)
{
	static bool done;
	static char tmp_cmdline[COMMAND_LINE_SIZE];

	if (done)
		return;
	strscpy(tmp_cmdline, boot_command_line, COMMAND_LINE_SIZE);
	parse_early_options(tmp_cmdline);
	done = true;
}

/* "console=..." style options registered with __setup(). */
static bool __init obsolete_checksetup(char *line)
{
	const struct obs_kernel_param *p;
	bool had_early_param = false;

	for (p = __setup_start; p < __setup_end; p++) {
		int n = strlen(p->str);

		if (!parameqn(line, p->str, n))
			continue;
		if (p->early) {
			/* done by parse_early_param(), if it matched exactly */
			if (line[n] == '\0' || line[n] == '=')
				had_early_param = true;
		} else if (p->setup_func(line + n)) {
			return true;
		}
	}
	return had_early_param;
}

/* parse_args() split "param=val" in two; make it one string again. */
static void __init repair_env_string(char *param, char *val)
{
	if (!val)
		return;
	if (val == param + strlen(param) + 1) {
		val[-1] = '=';
	} else if (val == param + strlen(param) + 2) {
		val[-2] = '=';
		memmove(val - 1, val, strlen(val) + 1);
	}
}

/* Unknown options: "var=value" to init's environment, the rest to argv. */
static int __init unknown_bootoption(char *param, char *val,
				     const char *unused, void *arg)
{
	size_t len = strlen(param);
	unsigned int i;

	repair_env_string(param, val);
	if (obsolete_checksetup(param))
		return 0;
	/* Unused module parameter. */
	if (strnchr(param, len, '.'))
		return 0;
	if (panic_later)
		return 0;

	if (val) {
		for (i = 0; envp_init[i]; i++) {
			if (i == MAX_INIT_ENVS) {
				panic_later = "env";
				panic_param = param;
			}
			if (!strncmp(param, envp_init[i], len + 1))
				break;
		}
		envp_init[i] = param;
	} else {
		for (i = 0; argv_init[i]; i++) {
			if (i == MAX_INIT_ARGS) {
				panic_later = "init";
				panic_param = param;
			}
		}
		argv_init[i] = param;
	}
	return 0;
}

/* Anything after "--" is for init. */
static int __init set_init_arg(char *param, char *val,
			       const char *unused, void *arg)
{
	unsigned int i;

	if (panic_later)
		return 0;
	repair_env_string(param, val);
	for (i = 0; argv_init[i]; i++) {
		if (i == MAX_INIT_ARGS) {
			panic_later = "init";
			panic_param = param;
			return 0;
		}
	}
	argv_init[i] = param;
	return 0;
}

static void __init print_unknown_bootoptions(void)
{
	char buf[COMMAND_LINE_SIZE], *end = buf;
	const char *const *p;

	if (!argv_init[1] && !envp_init[2])
		return;
	buf[0] = '\0';
	for (p = &argv_init[1]; *p; p++)
		end += scnprintf(end, buf + sizeof(buf) - end, " %s", *p);
	for (p = &envp_init[2]; *p; p++)
		end += scnprintf(end, buf + sizeof(buf) - end, " %s", *p);
	pr_notice("Unknown kernel command line parameters \"%s\", will be passed to user space.\n",
		  &buf[1]);
}

/* One copy to show, one for parse_args() to cut up (and keep pointing into). */
static void __init setup_command_line(char *command_line)
{
	saved_command_line = saved_command_line_buf;
	static_command_line = static_command_line_buf;
	strscpy(saved_command_line, boot_command_line, COMMAND_LINE_SIZE);
	strscpy(static_command_line, command_line, COMMAND_LINE_SIZE);
}

int __init do_one_initcall(initcall_t fn)
{
	u64 calltime = 0;
	int ret;

	if (initcall_debug) {
		printk(KERN_DEBUG "calling  %pS @ %i\n", fn, task_pid_nr(current));
		calltime = local_clock();
	}
	ret = fn();
	if (initcall_debug)
		printk(KERN_DEBUG "initcall %pS returned %d after %lld usecs\n",
		       fn, ret, (long long)((local_clock() - calltime) / 1000));
	return ret;
}

static initcall_entry_t *initcall_levels[] __initdata = {
	__initcall0_start,
	__initcall1_start,
	__initcall2_start,
	__initcall3_start,
	__initcall4_start,
	__initcall5_start,
	__initcall6_start,
	__initcall7_start,
	__initcall_end,
};

/* Keep in step with the levels in include/linux/init.h. */
static const char *initcall_level_names[] __initdata = {
	"pure",
	"core",
	"postcore",
	"arch",
	"subsys",
	"fs",
	"device",
	"late",
};

static int __init ignore_unknown_bootoption(char *param, char *val,
					    const char *unused, void *arg)
{
	return 0;
}

static void __init do_initcall_level(int level, char *command_line)
{
	initcall_entry_t *fn;

	/* parameters declared for this level are set just before it */
	parse_args(initcall_level_names[level], command_line,
		   __start___param, __stop___param - __start___param,
		   level, level, NULL, ignore_unknown_bootoption);

	for (fn = initcall_levels[level]; fn < initcall_levels[level + 1]; fn++)
		do_one_initcall(initcall_from_entry(fn));
}

static void __init do_initcalls(void)
{
	size_t len = strlen(saved_command_line) + 1;
	char *command_line;
	int level;

	command_line = kzalloc(len, GFP_KERNEL);
	if (!command_line)
		panic("%s: Failed to allocate %zu bytes\n", __func__, len);

	for (level = 0; level < ARRAY_SIZE(initcall_levels) - 1; level++) {
		/* Parser modifies command_line, restore it each time */
		strcpy(command_line, saved_command_line);
		do_initcall_level(level, command_line);
	}
	kfree(command_line);
}

/* devtmpfs registers here, before the initcalls, as from driver_init(). */
void __weak __init devtmpfs_init(void)
{
}

static void __init do_basic_setup(void)
{
	devtmpfs_init();
	do_initcalls();
}

static void __init do_pre_smp_initcalls(void)
{
	initcall_entry_t *fn;

	for (fn = __initcall_start; fn < __initcall0_start; fn++)
		do_one_initcall(initcall_from_entry(fn));
}

/* Open /dev/console on fds 0, 1 and 2 for init. */
static void __init console_on_rootfs(void)
{
	struct file *file = filp_open("/dev/console", O_RDWR, 0);

	if (IS_ERR(file)) {
		pr_err("Warning: unable to open an initial console.\n");
		return;
	}
	init_dup(file);
	init_dup(file);
	init_dup(file);
	fput(file);
}

static noinline void __init kernel_init_freeable(void)
{
	workqueue_init();
	do_pre_smp_initcalls();
	lockup_detector_init();
	do_basic_setup();
	console_on_rootfs();

	if (!ramdisk_execute_command)
		ramdisk_execute_command = "/init";
	if (init_eaccess(ramdisk_execute_command) != 0) {
		ramdisk_execute_command = NULL;
		prepare_namespace();
	}
}

static int run_init_process(const char *init_filename)
{
	const char *const *p;

	argv_init[0] = init_filename;
	pr_info("Run %s as init process\n", init_filename);
	pr_debug("  with arguments:\n");
	for (p = argv_init; *p; p++)
		pr_debug("    %s\n", *p);
	pr_debug("  with environment:\n");
	for (p = envp_init; *p; p++)
		pr_debug("    %s\n", *p);
	return kernel_execve(init_filename, argv_init, envp_init);
}

static int try_to_run_init_process(const char *init_filename)
{
	int ret = run_init_process(init_filename);

	if (ret && ret != -ENOENT)
		pr_err("Starting init: %s exists but couldn't execute it (error %d)\n",
		       init_filename, ret);
	return ret;
}

/*
 * PID 1: finish booting, then become the first user program. On
 * success it returns into that program (ret_from_fork). The __init
 * sections are kept: a few pages, and %pS stays right for them.
 */
static int __ref kernel_init(void *unused)
{
	int ret;

	kernel_init_freeable();

	if (ramdisk_execute_command) {
		ret = run_init_process(ramdisk_execute_command);
		if (!ret)
			return 0;
		pr_err("Failed to execute %s (error %d)\n",
		       ramdisk_execute_command, ret);
	}
	if (execute_command) {
		ret = run_init_process(execute_command);
		if (!ret)
			return 0;
		panic("Requested init %s failed (error %d).",
		      execute_command, ret);
	}
	if (!try_to_run_init_process("/sbin/init") ||
	    !try_to_run_init_process("/etc/init") ||
	    !try_to_run_init_process("/bin/init") ||
	    !try_to_run_init_process("/bin/sh"))
		return 0;

	panic("No working init found.  Try passing init= option to kernel. "
	      "See Linux Documentation/admin-guide/init.rst for guidance.");
}

static noinline void __ref rest_init(void)
{
	int pid;

	/* PID 1 gets its own task and stack, and runs kernel_init(). */
	pid = user_mode_thread(kernel_init, NULL, CLONE_FS);
	if (pid < 0)
		panic("Can't create the init task: %d\n", pid);

	/* PID 2 forks every other kernel thread. */
	pid = kernel_thread(kthreadd, NULL, CLONE_FS | CLONE_FILES);
	if (pid < 0)
		panic("Can't create kthreadd: %d\n", pid);
	kthreadd_task = find_task_by_vpid(pid);

	/* The boot task becomes the idle task: let PID 1 run. */
	schedule();
	cpu_startup_entry();
}

static void __init mm_init(void)
{
	mem_init();
}

asmlinkage __visible void __init start_kernel(void)
{
	char *command_line;
	char *after_dashes;

	smp_setup_processor_id();
	local_irq_disable();
	pr_notice("%s", linux_banner);
	setup_arch(&command_line);
	setup_command_line(command_line);
	setup_per_cpu_areas();

	pr_notice("Kernel command line: %s\n", saved_command_line);
	parse_early_param();
	after_dashes = parse_args("Booting kernel", static_command_line,
				  __start___param,
				  __stop___param - __start___param,
				  -1, -1, NULL, &unknown_bootoption);
	print_unknown_bootoptions();
	if (!IS_ERR_OR_NULL(after_dashes))
		parse_args("Setting init args", after_dashes, NULL, 0, -1, -1,
			   NULL, set_init_arg);

	mm_init();
	rcu_init();
	workqueue_init_early();
	early_irq_init();
	init_IRQ();
	hrtimers_init();
	softirq_init();
	time_init();
	tick_init();
	init_timers();
	fork_init();

	local_irq_enable();

	calibrate_delay();
	console_init();
	if (panic_later)
		panic("Too many boot %s vars at `%s'", panic_later, panic_param);

	vfs_caches_init();
	proc_root_init();
	rest_init();
}
