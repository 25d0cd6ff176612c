/* SPDX-License-Identifier: GPL-2.0 */
/* Built-in "modules": module_init is a device initcall, module_exit is dropped. */
#ifndef _LINUX_MODULE_H
#define _LINUX_MODULE_H

#include <linux/init.h>
#include <linux/moduleparam.h>

#define module_init(x)	__initcall(x)
#define module_exit(x)	__exitcall(x)

#endif
