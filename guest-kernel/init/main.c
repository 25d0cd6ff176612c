// SPDX-License-Identifier: GPL-2.0
/*
 * The boot sequence, in the order and with the names of Linux's
 * init/main.c:
 *
 *   start_kernel()            boot task (PID 0), interrupts off
 *     setup_arch()            device tree, memory map, page tables, PSCI
 *     parse_early_param(), parse_args()    the command line
 *     mm_init()               page allocator and kmalloc
 *     time_init(), console_init()          clock, consoles (+ their initcalls)
 *     rest_init()             start PID 1, become the idle task
 *   kernel_init()             PID 1
 *     kernel_init_freeable()
 *       do_pre_smp_initcalls()             early initcalls
 *       do_basic_setup() -> do_initcalls() levels pure .. late
 *
 * With no userspace yet, PID 1 then powers the board off.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/moduleparam.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/sched/clock.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/utsname.h>
#include <asm/irqflags.h>
#include <asm/setup.h>

#define MAX_INIT_ARGS	32	/* CONFIG_INIT_ENV_ARG_LIMIT */
#define MAX_INIT_ENVS	32

void smp_setup_processor_id(void);

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

static void __init do_basic_setup(void)
{
	do_initcalls();
}

static void __init do_pre_smp_initcalls(void)
{
	initcall_entry_t *fn;

	for (fn = __initcall_start; fn < __initcall0_start; fn++)
		do_one_initcall(initcall_from_entry(fn));
}

static noinline void __init kernel_init_freeable(void)
{
	do_pre_smp_initcalls();
	do_basic_setup();
}

/*
 * PID 1. On Linux it would now free the __init sections and exec
 * /init; we keep the (small) __init memory, and have nothing to exec.
 */
static int __ref kernel_init(void *unused)
{
	kernel_init_freeable();

	pr_notice("kobox: no init to run yet (userspace arrives with the initramfs), powering off\n");
	kernel_power_off();
}

static noinline void __ref rest_init(void)
{
	int pid;

	/* PID 1 gets its own task and stack, and runs kernel_init(). */
	pid = user_mode_thread(kernel_init, NULL, 0);
	if (pid < 0)
		panic("Can't create the init task: %d\n", pid);

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
	time_init();

	/* Nothing raises interrupts yet (no interrupt controller driver). */
	local_irq_enable();

	console_init();
	if (panic_later)
		panic("Too many boot %s vars at `%s'", panic_later, panic_param);

	rest_init();
}
