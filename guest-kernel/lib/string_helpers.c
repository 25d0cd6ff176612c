// SPDX-License-Identifier: GPL-2.0
/* fortify_panic(): where CONFIG_FORTIFY_SOURCE's inline checks end up. */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/export.h>

void fortify_panic(const char *name)
{
	pr_emerg("detected buffer overflow in %s\n", name);
	BUG();
}
EXPORT_SYMBOL(fortify_panic);
