/* SPDX-License-Identifier: GPL-2.0 */
/* What the readers of the log (syslog, /dev/kmsg) share with printk.c. */
#ifndef _KERNEL_PRINTK_INTERNAL_H
#define _KERNEL_PRINTK_INTERNAL_H

#include <linux/types.h>
#include <linux/stdarg.h>

#define LOG_BUF_SHIFT		17	/* Debian's CONFIG_LOG_BUF_SHIFT: 128 KiB */
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
	u32 caller_id;		/* the writer's pid: who may continue it */
};

/* A record being written: its info and room for its text. */
struct printk_record {
	struct printk_info *info;
	char *text_buf;
	unsigned int text_buf_size;
};

struct prb_reserved_entry {
	u64 seq;
};

extern bool printk_time;

int log_buf_len_get(void);
u64 syslog_clear_seq(void);		/* syslog.c */
void wake_up_klogd(void);		/* syslog.c: readers waiting on log_wait */
int vprintk_emit(int facility, int level, const char *fmt, va_list args);

bool prb_reserve(struct prb_reserved_entry *e, struct printk_record *r);
bool prb_reserve_in_last(struct prb_reserved_entry *e, struct printk_record *r,
			 u32 caller_id, unsigned int max_size);
void prb_commit(struct prb_reserved_entry *e);
void prb_final_commit(struct prb_reserved_entry *e);
u64 prb_first_valid_seq(void);
u64 prb_next_seq(void);
bool prb_read_valid(u64 seq, struct printk_info *info, char *text,
		    size_t size);
size_t record_print_text(const struct printk_info *info, const char *text,
			 char *buf, size_t size, bool syslog, bool time);
size_t get_record_print_text_size(const struct printk_info *info,
				  const char *text, bool syslog, bool time);

#endif
