// SPDX-License-Identifier: GPL-2.0
/*
 * pvpanic: on panic, tell the host through a one-byte MMIO register.
 * Reading it gives the events the host supports.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/io.h>
#include <linux/notifier.h>
#include <linux/of_fdt.h>

#define PVPANIC_PANICKED	(1 << 0)

static void __iomem *pvpanic_base;
static unsigned int pvpanic_events;

static int pvpanic_panic_notify(struct notifier_block *nb, unsigned long code,
				void *unused)
{
	if (pvpanic_events & PVPANIC_PANICKED)
		writeb(PVPANIC_PANICKED, pvpanic_base);
	return NOTIFY_DONE;
}

/* First in the chain, so the host hears of it even if later steps hang. */
static struct notifier_block pvpanic_panic_nb = {
	.notifier_call = pvpanic_panic_notify,
	.priority = INT_MAX,
};

static int __init pvpanic_mmio_init(void)
{
	int node = of_flat_dt_find_compatible("qemu,pvpanic-mmio");
	u64 base, size;

	if (node < 0 || of_flat_dt_read_reg(node, 0, &base, &size))
		return -ENODEV;
	pvpanic_base = ioremap(base, size);
	if (!pvpanic_base)
		return -ENOMEM;
	pvpanic_events = readb(pvpanic_base);
	atomic_notifier_chain_register(&panic_notifier_list, &pvpanic_panic_nb);
	return 0;
}
device_initcall(pvpanic_mmio_init);
