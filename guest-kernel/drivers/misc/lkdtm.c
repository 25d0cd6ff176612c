// SPDX-License-Identifier: GPL-2.0
/*
 * A small Linux Kernel Dump Test Module: crash the kernel on purpose,
 * to see what each failure looks like. Built in and driven from the
 * command line, e.g.
 *
 *	lkdtm.cpoint_name=DIRECT lkdtm.cpoint_type=EXCEPTION
 *
 * The types keep the names (and messages) of Linux 6.1's lkdtm, except
 * UNDEFINED, which is ours: 6.1 has no undefined-instruction test.
 */
#define pr_fmt(fmt) "lkdtm: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/module.h>
#include <linux/string.h>

static char *cpoint_name;
module_param(cpoint_name, charp, 0444);
static char *cpoint_type;
module_param(cpoint_type, charp, 0444);

static void lkdtm_PANIC(void)
{
	panic("dumptest");
}

static void lkdtm_BUG(void)
{
	BUG();
}

static void lkdtm_EXCEPTION(void)
{
	*((volatile int *) 0) = 0;
}

static void lkdtm_LOOP(void)
{
	for (;;)
		;
}

static void lkdtm_ACCESS_NULL(void)
{
	unsigned long tmp;
	volatile unsigned long *ptr = (unsigned long *)NULL;

	pr_info("attempting bad read at %px\n", ptr);
	tmp = *ptr;
	tmp += 0xc0dec0de;
	pr_err("FAIL: survived bad read\n");

	pr_info("attempting bad write at %px\n", ptr);
	*ptr = tmp;
	pr_err("FAIL: survived bad write\n");
}

/* const, so it lands in .rodata, which is mapped read-only */
static const unsigned long rodata = 0xAA55AA55;

static void lkdtm_WRITE_RO(void)
{
	volatile unsigned long *ptr = (unsigned long *)&rodata;

	pr_info("attempting bad rodata write at %px\n", ptr);
	*ptr ^= 0xabcd1234;
	pr_err("FAIL: survived bad write\n");
}

static noinline __noclone void do_nothing(void)
{
	return;
}

static noinline __noclone void execute_location(void *dst)
{
	void (*func)(void) = dst;

	pr_info("attempting ok execution at %px\n", do_nothing);
	do_nothing();

	pr_info("attempting bad execution at %px\n", func);
	func();
	pr_err("FAIL: func returned\n");
}

static void lkdtm_EXEC_NULL(void)
{
	execute_location(NULL);
}

static void lkdtm_UNDEFINED(void)
{
	asm volatile("udf #0");
	pr_err("FAIL: survived undefined instruction\n");
}

struct crashtype {
	const char *name;
	void (*func)(void);
};

#define CRASHTYPE(_name) { .name = # _name, .func = lkdtm_ ## _name }

static const struct crashtype crashtypes[] = {
	CRASHTYPE(PANIC),
	CRASHTYPE(BUG),
	CRASHTYPE(EXCEPTION),
	CRASHTYPE(LOOP),
	CRASHTYPE(ACCESS_NULL),
	CRASHTYPE(WRITE_RO),
	CRASHTYPE(EXEC_NULL),
	CRASHTYPE(UNDEFINED),
};

static const struct crashtype *find_crashtype(const char *name)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(crashtypes); i++)
		if (!strcmp(name, crashtypes[i].name))
			return &crashtypes[i];
	return NULL;
}

/* noinline, so that it shows in the backtrace as in Linux. */
static noinline __noclone void lkdtm_do_action(const struct crashtype *crashtype)
{
	crashtype->func();
}

static int __init lkdtm_module_init(void)
{
	const struct crashtype *crashtype;

	if (!cpoint_type && !cpoint_name)
		return 0;
	if (!cpoint_type || !cpoint_name) {
		pr_err("Need both cpoint_type and cpoint_name or neither\n");
		return -EINVAL;
	}
	crashtype = find_crashtype(cpoint_type);
	if (!crashtype) {
		pr_err("Unknown crashtype '%s'\n", cpoint_type);
		return -EINVAL;
	}
	/* Only the DIRECT crash point: there are no kprobes to hook others. */
	if (strcmp(cpoint_name, "DIRECT")) {
		pr_err("Invalid crashpoint %s\n", cpoint_name);
		return -EINVAL;
	}

	pr_info("Performing direct entry %s\n", crashtype->name);
	lkdtm_do_action(crashtype);
	return 0;
}
module_init(lkdtm_module_init);
