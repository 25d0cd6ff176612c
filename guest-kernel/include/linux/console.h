/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#include <linux/types.h>

#define CON_PRINTBUFFER	(1)	/* replay the log when registered */
#define CON_ENABLED	(4)
#define CON_BOOT	(8)

struct console {
	char name[16];
	void (*write)(struct console *co, const char *s, unsigned int count);
	short flags;
	short index;
	u64 seq;		/* next record to print */
	struct console *next;
};

void register_console(struct console *newcon);

/* drivers/tty/serial/amba-pl011.c: next received byte, or NO_POLL_CHAR */
#define NO_POLL_CHAR	0x00ff0000
int pl011_get_poll_char(void);

#endif
