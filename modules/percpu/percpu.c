// SPDX-License-Identifier: GPL-2.0
/*
 * Per-cpu data in a module (.data..percpu): the loader gives the module
 * its own per-cpu area, copies the initial values in, and relocations
 * against these variables resolve to per-cpu pointers that this_cpu_*()
 * turn into this CPU's copy (tpidr_el1, chosen by an alternative).
 */
#include <linux/atomic.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/percpu.h>
#include <linux/sysfs.h>

static DEFINE_PER_CPU(unsigned long, hits) = 40;
static DEFINE_PER_CPU(int, flag);
/* atomics test ARM64_HAS_LSE_ATOMICS through alt_cb_patch_nops */
static atomic_t writes = ATOMIC_INIT(0);

static int hits_set(const char *val, const struct kernel_param *kp)
{
	this_cpu_inc(hits);
	atomic_inc(&writes);
	return 0;
}

static int hits_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%lu %lu %d\n", this_cpu_read(hits),
			  per_cpu(hits, 0), atomic_read(&writes));
}

static const struct kernel_param_ops hits_ops = {
	.set = hits_set,
	.get = hits_get,
};
module_param_cb(hits, &hits_ops, NULL, 0644);

static int __init percpu_init(void)
{
	this_cpu_inc(hits);
	this_cpu_add(hits, 2);
	this_cpu_write(flag, 7);
	pr_info("percpu: hits %lu, on cpu 0 %lu, flag %d\n",
		this_cpu_read(hits), per_cpu(hits, 0), __this_cpu_read(flag));
	return 0;
}

static void __exit percpu_exit(void)
{
	pr_info("percpu: hits at exit %lu\n", this_cpu_read(hits));
}

module_init(percpu_init);
module_exit(percpu_exit);
MODULE_LICENSE("GPL");
