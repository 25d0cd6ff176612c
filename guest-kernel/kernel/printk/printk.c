// SPDX-License-Identifier: GPL-2.0
/*
 * printk: the kernel log.
 *
 * Messages become records (sequence number, timestamp, level, facility,
 * text) in a fixed ring buffer; the oldest are dropped when it is full.
 * A line built from pr_cont() pieces becomes one record when its newline
 * arrives. Each finished record goes to the registered consoles if its
 * level is below console_loglevel, prefixed "[%5lu.%06lu] " per line as
 * with CONFIG_PRINTK_TIME. Records logged before a console registers are
 * replayed to it, so the early boot messages are not lost. Readers
 * (syslog.c, devkmsg.c) walk the records with prb_read_valid() and
 * format them with record_print_text(), as Linux's do.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kernel.h>
#include <asm/irqflags.h>
#include <linux/init.h>
#include <linux/console.h>
#include <linux/ctype.h>
#include <linux/export.h>
#include <linux/string.h>
#include <linux/sched/clock.h>
#include <linux/moduleparam.h>
#include <linux/seq_file.h>
#include <linux/tty.h>
#include "internal.h"

#define LOG_BUF_LEN		(128 * 1024)	/* CONFIG_LOG_BUF_SHIFT=17 */
#define LOG_ALIGN		8

/* console_loglevel, default_message_loglevel, minimum, default console */
int console_printk[4] = {
	CONSOLE_LOGLEVEL_DEFAULT,
	MESSAGE_LOGLEVEL_DEFAULT,
	CONSOLE_LOGLEVEL_MIN,
	CONSOLE_LOGLEVEL_DEFAULT,
};

static bool ignore_loglevel;
module_param(ignore_loglevel, bool, 0644);

bool printk_time = true;	/* CONFIG_PRINTK_TIME */
module_param_named(time, printk_time, bool, 0644);

/* A record; the text follows it. len 0 (or no room for one) marks a wrap. */
struct printk_log {
	u64 seq;
	u64 ts_nsec;
	u16 len;		/* whole record, aligned */
	u16 text_len;
	u8 facility;
	u8 flags;
	u8 level;
	u8 pad;
};

static char log_buf[LOG_BUF_LEN] __aligned(LOG_ALIGN);
static u32 log_first_idx, log_next_idx;
static u64 log_first_seq, log_next_seq;

/* The line being assembled from pieces that have no newline yet. */
static struct {
	char buf[LOG_LINE_MAX];
	size_t len;
	u64 ts_nsec;
	u8 level;
	u8 facility;
} cont;

static struct console *console_drivers;

#define MAX_CMDLINECONSOLES 8
static struct {
	char name[16];
	int index;
} console_cmdline[MAX_CMDLINECONSOLES];
static int nr_cmdline_consoles;

/* A record cannot start at idx: the writer went back to the start. */
static bool log_wrapped_at(u32 idx)
{
	return idx + sizeof(struct printk_log) > LOG_BUF_LEN ||
	       !((struct printk_log *)(log_buf + idx))->len;
}

static struct printk_log *log_from_idx(u32 idx)
{
	if (log_wrapped_at(idx))
		idx = 0;
	return (struct printk_log *)(log_buf + idx);
}

static u32 log_next(u32 idx)
{
	if (log_wrapped_at(idx))
		idx = 0;
	return idx + ((struct printk_log *)(log_buf + idx))->len;
}

static char *log_text(struct printk_log *msg)
{
	return (char *)msg + sizeof(*msg);
}

/* Is there room for size bytes plus a wrap marker after the last record? */
static bool log_has_space(u32 size, bool empty)
{
	u32 need = size + sizeof(struct printk_log);

	if (log_next_idx > log_first_idx || empty)
		return LOG_BUF_LEN - log_next_idx >= need || log_first_idx >= need;
	return log_first_idx - log_next_idx >= need;
}

static void log_drop_oldest_until_fits(u32 size)
{
	while (log_first_seq < log_next_seq && !log_has_space(size, false)) {
		log_first_idx = log_next(log_first_idx);
		log_first_seq++;
	}
	if (log_first_seq == log_next_seq)
		log_first_idx = log_next_idx = 0;
}

static void log_store(int facility, int level, u8 flags, u64 ts_nsec,
		      const char *text, u16 text_len)
{
	u32 size = ALIGN(sizeof(struct printk_log) + text_len, LOG_ALIGN);
	struct printk_log *msg;

	log_drop_oldest_until_fits(size);
	if (log_next_idx + size + sizeof(struct printk_log) > LOG_BUF_LEN) {
		if (!log_wrapped_at(log_next_idx))	/* mark the wrap */
			memset(log_buf + log_next_idx, 0, sizeof(struct printk_log));
		log_next_idx = 0;
	}

	msg = (struct printk_log *)(log_buf + log_next_idx);
	msg->seq = log_next_seq;
	msg->ts_nsec = ts_nsec;
	msg->len = size;
	msg->text_len = text_len;
	msg->facility = facility;
	msg->flags = flags;
	msg->level = level;
	msg->pad = 0;
	memcpy(log_text(msg), text, text_len);

	log_next_idx += size;
	log_next_seq++;
}

static bool suppress_message_printing(int level)
{
	return level >= console_loglevel && !ignore_loglevel;
}

static size_t print_syslog(unsigned int level, char *buf)
{
	return sprintf(buf, "<%u>", level);
}

static size_t print_time(u64 ts, char *buf)
{
	unsigned long rem_nsec = ts % 1000000000;

	return sprintf(buf, "[%5lu.%06lu]", (unsigned long)(ts / 1000000000),
		       rem_nsec / 1000);
}

/* "<N>[    1.234567] " for syslog, "[    1.234567] " for consoles. */
static size_t info_print_prefix(const struct printk_info *info, bool syslog,
				bool time, char *buf)
{
	size_t len = 0;

	if (syslog)
		len = print_syslog((info->facility << 3) | info->level, buf);
	if (time) {
		len += print_time(info->ts_nsec, buf + len);
		buf[len++] = ' ';
	}
	buf[len] = '\0';
	return len;
}

/*
 * A record as text: the prefix before every line, a newline after the
 * last. Lines that do not fit whole in size (with a terminator) are
 * dropped, as Linux does. Returns the length without the terminator.
 */
size_t record_print_text(const struct printk_info *info, const char *text,
			 char *buf, size_t size, bool syslog, bool time)
{
	size_t left = min((size_t)info->text_len, size);
	char prefix[PREFIX_MAX];
	size_t prefix_len, len = 0;

	prefix_len = info_print_prefix(info, syslog, time, prefix);
	for (;;) {
		const char *nl = memchr(text, '\n', left);
		size_t line_len = nl ? (size_t)(nl - text) : left;

		if (len + prefix_len + line_len + 2 > size)
			break;
		memcpy(buf + len, prefix, prefix_len);
		memcpy(buf + len + prefix_len, text, line_len);
		len += prefix_len + line_len;
		buf[len++] = '\n';
		if (!nl)
			break;
		text += line_len + 1;
		left -= line_len + 1;
	}
	if (size)
		buf[len] = '\0';
	return len;
}

/* What record_print_text() makes of a record when everything fits. */
size_t get_record_print_text_size(const struct printk_info *info,
				  const char *text, bool syslog, bool time)
{
	char prefix[PREFIX_MAX];
	size_t lines = 1, i;

	for (i = 0; i < info->text_len; i++)
		if (text[i] == '\n')
			lines++;
	return info_print_prefix(info, syslog, time, prefix) * lines +
	       info->text_len + 1;
}

static void log_info(struct printk_log *msg, struct printk_info *info)
{
	info->seq = msg->seq;
	info->ts_nsec = msg->ts_nsec;
	info->text_len = msg->text_len;
	info->facility = msg->facility;
	info->flags = msg->flags;
	info->level = msg->level;
}

int log_buf_len_get(void)
{
	return LOG_BUF_LEN;
}

u64 prb_first_valid_seq(void)
{
	return log_first_seq;
}

u64 prb_next_seq(void)
{
	return log_next_seq;
}

/*
 * The first record still in the buffer whose number is >= seq: its info
 * and (up to size bytes of) its text. The readers walk forward one
 * record at a time, so the last position found is where to start.
 */
static bool __prb_read_valid(u64 seq, struct printk_info *info, char *text,
			     size_t size)
{
	static u64 last_seq;
	static u32 last_idx;
	struct printk_log *msg;
	u64 s = log_first_seq;
	u32 idx = log_first_idx;

	if (seq < log_first_seq)
		seq = log_first_seq;
	if (seq >= log_next_seq)
		return false;
	if (last_seq >= log_first_seq && last_seq <= seq &&
	    last_seq < log_next_seq) {
		s = last_seq;
		idx = last_idx;
	}
	for (; s < seq; s++)
		idx = log_next(idx);
	last_seq = s;
	last_idx = idx;

	msg = log_from_idx(idx);
	log_info(msg, info);
	if (text)
		memcpy(text, log_text(msg), min((size_t)msg->text_len, size));
	return true;
}

/* Interrupt handlers print too: the buffer does not change under a reader. */
bool prb_read_valid(u64 seq, struct printk_info *info, char *text,
		    size_t size)
{
	unsigned long flags;
	bool ret;

	local_irq_save(flags);
	ret = __prb_read_valid(seq, info, text, size);
	local_irq_restore(flags);
	return ret;
}

/* One record to one console, prefixed like Linux's. */
static void console_emit(struct console *con, struct printk_log *msg)
{
	static char buf[CONSOLE_LOG_MAX];
	struct printk_info info;
	size_t len;

	if (suppress_message_printing(msg->level))
		return;
	log_info(msg, &info);
	len = record_print_text(&info, log_text(msg), buf, sizeof(buf), false,
				printk_time);
	con->write(con, buf, len);
}

static void console_flush(void)
{
	struct console *con;

	for (con = console_drivers; con; con = con->next) {
		u32 idx = log_first_idx;
		u64 seq = log_first_seq;

		/* find where this console stopped, or the oldest record left */
		while (seq < con->seq && seq < log_next_seq) {
			idx = log_next(idx);
			seq++;
		}
		for (; seq < log_next_seq; seq++, idx = log_next(idx))
			console_emit(con, log_from_idx(idx));
		con->seq = seq;
	}
}

static void cont_flush(void)
{
	if (!cont.len)
		return;
	log_store(cont.facility, cont.level, 0, cont.ts_nsec, cont.buf, cont.len);
	cont.len = 0;
	console_flush();
}

static bool cont_add(int facility, int level, const char *text, size_t len)
{
	if (cont.len + len > sizeof(cont.buf)) {
		cont_flush();
		if (len > sizeof(cont.buf))
			return false;
	}
	if (!cont.len) {
		cont.facility = facility;
		cont.level = level;
		cont.ts_nsec = local_clock();
	}
	memcpy(cont.buf + cont.len, text, len);
	cont.len += len;
	return true;
}

/* Strip KERN_<LEVEL> and KERN_CONT prefixes. */
static const char *parse_prefix(const char *text, size_t *len, int *level,
				u8 *flags)
{
	while (*len >= 2 && text[0] == KERN_SOH_ASCII) {
		char c = text[1];

		if (c >= '0' && c <= '7') {
			if (*level == LOGLEVEL_DEFAULT)
				*level = c - '0';
		} else if (c == 'c') {
			*flags |= LOG_CONT;
		} else {
			break;
		}
		text += 2;
		*len -= 2;
	}
	return text;
}

/*
 * With interrupts off throughout, as Linux's printk_safe: an interrupt
 * handler's printk() must not land in the middle of this one's record.
 */
static int __vprintk_emit(int facility, int level, const char *fmt, va_list args)
{
	static char textbuf[LOG_LINE_MAX];
	size_t text_len;
	const char *text;
	u8 lflags = 0;

	text_len = vscnprintf(textbuf, sizeof(textbuf), fmt, args);
	text = textbuf;
	if (facility == 0)	/* only the kernel's own messages have prefixes */
		text = parse_prefix(textbuf, &text_len, &level, &lflags);
	if (text_len && text[text_len - 1] == '\n') {
		text_len--;
		lflags |= LOG_NEWLINE;
	}
	if (level == LOGLEVEL_DEFAULT)
		level = default_message_loglevel;

	if (!(lflags & LOG_CONT))
		cont_flush();
	if (cont.len || !(lflags & LOG_NEWLINE)) {
		if (cont_add(facility, cont.len ? cont.level : level, text, text_len)) {
			if (lflags & LOG_NEWLINE)
				cont_flush();
			wake_up_klogd();
			return text_len;
		}
	}
	log_store(facility, level, lflags & LOG_NEWLINE, local_clock(), text,
		  text_len);
	console_flush();
	wake_up_klogd();
	return text_len;
}

int vprintk_emit(int facility, int level, const char *fmt, va_list args)
{
	unsigned long flags;
	int r;

	local_irq_save(flags);
	r = __vprintk_emit(facility, level, fmt, args);
	local_irq_restore(flags);
	return r;
}

asmlinkage int vprintk(const char *fmt, va_list args)
{
	return vprintk_emit(0, LOGLEVEL_DEFAULT, fmt, args);
}

asmlinkage int _printk(const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = vprintk(fmt, args);
	va_end(args);
	return r;
}
EXPORT_SYMBOL(_printk);

/* console=ttyAMA0[,options]: only the named consoles get enabled. */
static int __init console_setup(char *str)
{
	char *s;

	if (nr_cmdline_consoles == MAX_CMDLINECONSOLES || !*str)
		return 1;
	for (s = str; *s && *s != ','; s++)
		if (isdigit(*s))
			break;
	strscpy(console_cmdline[nr_cmdline_consoles].name, str,
		min((size_t)(s - str + 1), sizeof(console_cmdline[0].name)));
	console_cmdline[nr_cmdline_consoles].index = simple_strtoul(s, NULL, 10);
	nr_cmdline_consoles++;
	return 1;
}
__setup("console=", console_setup);

static int __init ignore_loglevel_setup(char *str)
{
	ignore_loglevel = true;
	pr_info("debug: ignoring loglevel setting.\n");
	return 0;
}
early_param("ignore_loglevel", ignore_loglevel_setup);

static bool console_wanted(struct console *con)
{
	int i;

	if (!nr_cmdline_consoles)
		return true;
	for (i = 0; i < nr_cmdline_consoles; i++)
		if (!strcmp(console_cmdline[i].name, con->name) &&
		    console_cmdline[i].index == con->index)
			return true;
	return false;
}

/*
 * The console that becomes /dev/console: the last one named with
 * console=, else the first to register.
 */
static bool console_preferred(struct console *con)
{
	struct console *c;

	if (nr_cmdline_consoles) {
		int i = nr_cmdline_consoles - 1;

		return !strcmp(console_cmdline[i].name, con->name) &&
		       console_cmdline[i].index == con->index;
	}
	for (c = console_drivers; c; c = c->next)
		if (c->flags & CON_CONSDEV)
			return false;
	return true;
}

void register_console(struct console *newcon)
{
	if (!console_wanted(newcon))
		return;
	newcon->flags |= CON_ENABLED;
	if (console_preferred(newcon))
		newcon->flags |= CON_CONSDEV;
	newcon->seq = (newcon->flags & CON_PRINTBUFFER) ? log_first_seq
							 : log_next_seq;
	newcon->next = console_drivers;
	console_drivers = newcon;
	pr_info("%sconsole [%s%d] enabled\n",
		(newcon->flags & CON_BOOT) ? "boot" : "", newcon->name,
		newcon->index);
}

static void console_show_devt(struct seq_file *m, struct console *con)
{
	struct tty_driver *driver;
	int index = con->index;

	if (!con->device)
		return;
	driver = con->device(con, &index);
	if (driver)
		seq_printf(m, " %4d:%d", driver->major,
			   driver->minor_start + index);
}

/*
 * /proc/consoles: name and index padded to 20 columns, whether it can
 * read, write, unblank, and its flags.
 */
int console_proc_show(struct seq_file *m)
{
	static const struct {
		short flag;
		char name;
	} con_flags[] = {
		{ CON_ENABLED,		'E' },
		{ CON_CONSDEV,		'C' },
		{ CON_BOOT,		'B' },
		{ CON_PRINTBUFFER,	'p' },
		{ CON_BRL,		'b' },
		{ CON_ANYTIME,		'a' },
	};
	char flags[ARRAY_SIZE(con_flags) + 1];
	struct console *con;
	unsigned int a;

	for (con = console_drivers; con; con = con->next) {
		for (a = 0; a < ARRAY_SIZE(con_flags); a++)
			flags[a] = (con->flags & con_flags[a].flag) ?
				   con_flags[a].name : ' ';
		flags[a] = 0;
		m->pad_until = m->count + 21 - 1;
		seq_printf(m, "%s%d", con->name, con->index);
		seq_pad(m, ' ');
		seq_printf(m, "-%c- (%s)", con->write ? 'W' : '-', flags);
		console_show_devt(m, con);
		seq_putc(m, '\n');
	}
	return 0;
}

/* "ttyAMA0\n": the enabled consoles, in the order they registered. */
ssize_t console_active_show(char *buf)
{
	struct console *cs[16], *c;
	ssize_t count = 0;
	int i = 0;

	for (c = console_drivers; c && i < ARRAY_SIZE(cs); c = c->next)
		if (c->write && (c->flags & CON_ENABLED))
			cs[i++] = c;
	while (i--)
		count += sprintf(buf + count, "%s%d%c", cs[i]->name,
				 cs[i]->index, i ? ' ' : '\n');
	return count;
}

void __init console_init(void)
{
	initcall_entry_t *ce;

	for (ce = __con_initcall_start; ce < __con_initcall_end; ce++)
		do_one_initcall(initcall_from_entry(ce));
}
