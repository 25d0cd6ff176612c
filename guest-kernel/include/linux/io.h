/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_IO_H
#define _LINUX_IO_H

#include <linux/types.h>
#include <asm/io.h>

void __iomem *ioremap(phys_addr_t phys_addr, size_t size);

#endif
