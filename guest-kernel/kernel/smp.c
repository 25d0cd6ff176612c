// SPDX-License-Identifier: GPL-2.0
/* How many CPU ids there are: the device tree's one CPU. */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/cpumask.h>

unsigned int nr_cpu_ids = 1;
EXPORT_SYMBOL(nr_cpu_ids);
