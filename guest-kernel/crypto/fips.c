// SPDX-License-Identifier: GPL-2.0
/* FIPS mode: off, as in Debian's kernel booted without fips=1. */
#include <linux/kernel.h>
#include <linux/export.h>

int fips_enabled;
EXPORT_SYMBOL_GPL(fips_enabled);
