/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Dynamic debug, as Debian's CONFIG_DYNAMIC_DEBUG builds it: every
 * pr_debug()/dev_dbg() of a module is a struct _ddebug in its __dyndbg
 * section, and a static key guards the call; the control file
 * (/proc/dynamic_debug/control, <debugfs>/dynamic_debug/control) and the
 * dyndbg module parameter turn sites on and off.
 */
#ifndef _DYNAMIC_DEBUG_H
#define _DYNAMIC_DEBUG_H

#include <linux/types.h>
#include <linux/jump_label.h>

struct module;
struct device;

/* Debian's layout (checked in lib/dynamic_debug.c). */
struct _ddebug {
	const char *modname;
	const char *function;
	const char *filename;
	const char *format;
	unsigned int lineno:18;
	unsigned int class_id:6;
	unsigned int flags:8;
	struct static_key key;		/* dd_key_true or dd_key_false */
} __attribute__((aligned(8)));

#define _DPRINTK_CLASS_DFLT		((1 << 6) - 1)

#define _DPRINTK_FLAGS_NONE		0
#define _DPRINTK_FLAGS_PRINT		(1 << 0)
#define _DPRINTK_FLAGS_INCL_MODNAME	(1 << 1)
#define _DPRINTK_FLAGS_INCL_FUNCNAME	(1 << 2)
#define _DPRINTK_FLAGS_INCL_LINENO	(1 << 3)
#define _DPRINTK_FLAGS_INCL_TID		(1 << 4)
#define _DPRINTK_FLAGS_INCL_ANY						\
	(_DPRINTK_FLAGS_INCL_MODNAME | _DPRINTK_FLAGS_INCL_FUNCNAME |	\
	 _DPRINTK_FLAGS_INCL_LINENO | _DPRINTK_FLAGS_INCL_TID)

__printf(2, 3) void __dynamic_pr_debug(struct _ddebug *descriptor,
				       const char *fmt, ...);
__printf(3, 4) void __dynamic_dev_dbg(struct _ddebug *descriptor,
				      const struct device *dev,
				      const char *fmt, ...);
int ddebug_dyndbg_module_param_cb(char *param, char *val, const char *modname);

#endif
