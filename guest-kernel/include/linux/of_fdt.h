/* SPDX-License-Identifier: GPL-2.0 */
/* Early (flattened) device tree access, as Linux's drivers/of/fdt.c. */
#ifndef _LINUX_OF_FDT_H
#define _LINUX_OF_FDT_H

#include <linux/types.h>

extern void *initial_boot_params;
extern phys_addr_t phys_initrd_start;
extern unsigned long phys_initrd_size;

bool early_init_dt_scan(void *params);
const char *of_flat_dt_get_machine_name(void);
int of_flat_dt_find_compatible(const char *compat);
const void *of_get_flat_dt_prop(int node, const char *name, int *size);
int of_flat_dt_read_reg(int node, int index, u64 *base, u64 *size);

#endif
