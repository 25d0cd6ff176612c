// SPDX-License-Identifier: GPL-2.0
/*
 * smpinfo: what a module learns about the CPUs, as tutorials print it:
 * smp_processor_id() (arm64 reads the per-cpu cpu_number), get_cpu(),
 * the online/possible/present/active counts and masks, nr_cpu_ids,
 * for_each_online_cpu(), cpumask_of(), and a per-cpu counter of its own.
 */
#include <linux/module.h>
#include <linux/cpumask.h>
#include <linux/percpu.h>
#include <linux/smp.h>

static DEFINE_PER_CPU(unsigned long, smpinfo_hits);

static void smpinfo_count(void)
{
	int cpu;
	unsigned long total = 0;

	this_cpu_inc(smpinfo_hits);
	for_each_possible_cpu(cpu)
		total += per_cpu(smpinfo_hits, cpu);
	pr_info("smpinfo: hits on this cpu %lu, in all %lu\n",
		this_cpu_read(smpinfo_hits), total);
}

static int __init smpinfo_init(void)
{
	int cpu, me;

	me = get_cpu();
	pr_info("smpinfo: get_cpu %d, smp_processor_id %d, raw %d\n",
		me, smp_processor_id(), raw_smp_processor_id());
	put_cpu();
	pr_info("smpinfo: online %u, possible %u, present %u, active %u, nr_cpu_ids %u\n",
		num_online_cpus(), num_possible_cpus(), num_present_cpus(),
		num_active_cpus(), nr_cpu_ids);
	pr_info("smpinfo: online mask %*pbl, weight %u, first %u, cpu_online(0) %d, cpu_online(1) %d\n",
		cpumask_pr_args(cpu_online_mask), cpumask_weight(cpu_online_mask),
		cpumask_first(cpu_online_mask), cpu_online(0), cpu_online(1));
	for_each_online_cpu(cpu)
		pr_info("smpinfo: online cpu %d, cpumask_of weight %u, test %d\n", cpu,
			cpumask_weight(cpumask_of(cpu)),
			cpumask_test_cpu(cpu, cpumask_of(cpu)));
	smpinfo_count();
	smpinfo_count();
	return 0;
}

static void __exit smpinfo_exit(void)
{
	smpinfo_count();
}

module_init(smpinfo_init);
module_exit(smpinfo_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("What a module sees of the CPUs");
