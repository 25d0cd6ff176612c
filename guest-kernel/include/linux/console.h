/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#include <linux/types.h>

struct tty_driver;

#define CON_PRINTBUFFER	(1)	/* replay the log when registered */
#define CON_CONSDEV	(2)	/* the preferred console: /dev/console */
#define CON_ENABLED	(4)
#define CON_BOOT	(8)
#define CON_ANYTIME	(16)	/* safe to call before the CPU is fully up */
#define CON_BRL		(32)	/* a braille device */

struct console {
	char name[16];
	void (*write)(struct console *co, const char *s, unsigned int count);
	short flags;
	short index;
	struct tty_driver *(*device)(struct console *co, int *index);
	u64 seq;		/* next record to print */
	struct console *next;
};

void register_console(struct console *newcon);
ssize_t console_active_show(char *buf);	/* /sys/class/tty/console/active */
struct seq_file;
int console_proc_show(struct seq_file *m);	/* /proc/consoles */

#endif
