/* SPDX-License-Identifier: GPL-2.0 */
/* Asking user space (modprobe) for a module: Linux 6.1's <linux/kmod.h>. */
#ifndef _LINUX_KMOD_H
#define _LINUX_KMOD_H

#include <linux/umh.h>
#include <linux/compiler.h>

#define KMOD_PATH_LEN 256

extern char modprobe_path[];

__printf(2, 3) int __request_module(bool wait, const char *name, ...);
#define request_module(mod...) __request_module(true, mod)
#define request_module_nowait(mod...) __request_module(false, mod)

#endif
