/* SPDX-License-Identifier: GPL-2.0 */
/* What the readers of the log (syslog, /dev/kmsg) share with printk.c. */
#ifndef _KERNEL_PRINTK_INTERNAL_H
#define _KERNEL_PRINTK_INTERNAL_H

#include <linux/types.h>
#include <linux/stdarg.h>

#define CONSOLE_LOG_MAX		1024	/* one record as text, prefixes included */
#define PREFIX_MAX		32
#define LOG_LINE_MAX		(CONSOLE_LOG_MAX - PREFIX_MAX)

#define LOG_NEWLINE		2	/* text ended with a newline */
#define LOG_CONT		8	/* text is a fragment of a continuation line */

/* A record's header as the readers see it. */
struct printk_info {
	u64 seq;
	u64 ts_nsec;
	u16 text_len;
	u8 facility;
	u8 flags;
	u8 level;
};

extern bool printk_time;

int log_buf_len_get(void);
u64 syslog_clear_seq(void);		/* syslog.c */
void wake_up_klogd(void);		/* syslog.c: readers waiting on log_wait */
int vprintk_emit(int facility, int level, const char *fmt, va_list args);

u64 prb_first_valid_seq(void);
u64 prb_next_seq(void);
bool prb_read_valid(u64 seq, struct printk_info *info, char *text,
		    size_t size);
size_t record_print_text(const struct printk_info *info, const char *text,
			 char *buf, size_t size, bool syslog, bool time);
size_t get_record_print_text_size(const struct printk_info *info,
				  const char *text, bool syslog, bool time);

#endif
