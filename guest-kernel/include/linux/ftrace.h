/* SPDX-License-Identifier: GPL-2.0 */
/* ftrace, as far as modules need it: their call sites are readied. */
#ifndef _LINUX_FTRACE_H
#define _LINUX_FTRACE_H

struct module;

void ftrace_module_init(struct module *mod);

#endif
