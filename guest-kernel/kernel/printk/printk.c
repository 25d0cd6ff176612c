// SPDX-License-Identifier: GPL-2.0
/*
 * printk: the kernel log.
 *
 * Messages become records (sequence number, timestamp, level, facility,
 * text) in the ring buffer of printk_ringbuffer.c, stored as Linux's
 * vprintk_store() stores them; the oldest are pushed out when it is
 * full. A KERN_CONT piece from the same task extends the last record
 * until a newline (or another record) finishes it. Each finished record
 * goes to the registered consoles if its level is below
 * console_loglevel, prefixed "[%5lu.%06lu] " per line as with
 * CONFIG_PRINTK_TIME. Records logged before a console registers are
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
#include <linux/sched.h>
#include <linux/sched/clock.h>
#include <linux/moduleparam.h>
#include <linux/ratelimit.h>
#include <linux/seq_file.h>
#include <linux/tty.h>
#include "internal.h"

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

static struct console *console_drivers;

#define MAX_CMDLINECONSOLES 8
static struct {
	char name[16];
	int index;
} console_cmdline[MAX_CMDLINECONSOLES];
static int nr_cmdline_consoles;

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

/* The readable records each console has not printed yet, in order. */
static void console_flush(void)
{
	static char text[LOG_LINE_MAX], buf[CONSOLE_LOG_MAX];
	struct printk_info info;
	struct console *con;

	for (con = console_drivers; con; con = con->next) {
		for (; prb_read_valid(con->seq, &info, text, sizeof(text));
		     con->seq = info.seq + 1) {
			size_t len;

			if (suppress_message_printing(info.level))
				continue;
			len = record_print_text(&info, text, buf, sizeof(buf),
						false, printk_time);
			con->write(con, buf, len);
		}
	}
}

/* Without interrupts every printk comes from a task: its pid. */
static u32 printk_caller_id(void)
{
	return task_pid_nr(current);
}

/* The KERN_<LEVEL> and KERN_CONT prefixes: their length. */
static u16 printk_parse_prefix(const char *text, int *level, u8 *flags)
{
	u16 prefix_len = 0;

	while (text[prefix_len] == KERN_SOH_ASCII) {
		char c = text[prefix_len + 1];

		if (c >= '0' && c <= '7') {
			if (level && *level == LOGLEVEL_DEFAULT)
				*level = c - '0';
		} else if (c == 'c') {
			if (flags)
				*flags |= LOG_CONT;
		} else {
			break;
		}
		prefix_len += 2;
	}
	return prefix_len;
}

/*
 * The message into the record's room: without its prefixes and its
 * trailing newline (which sets LOG_NEWLINE). Returns the text length.
 */
static u16 printk_sprint(char *text, u16 size, int facility, u8 *flags,
			 const char *fmt, va_list args)
{
	u16 text_len = vscnprintf(text, size, fmt, args);

	if (facility == 0) {
		u16 prefix_len = printk_parse_prefix(text, NULL, NULL);

		if (prefix_len) {
			text_len -= prefix_len;
			memmove(text, text + prefix_len, text_len);
		}
	}
	if (text_len && text[text_len - 1] == '\n') {
		text_len--;
		*flags |= LOG_NEWLINE;
	}
	return text_len;
}

/*
 * Store one message as Linux 6.1 does: the room reserved is the whole
 * formatted text plus one byte (prefix and newline included), capped at
 * LOG_LINE_MAX; a KERN_CONT piece extends the caller's unfinished record.
 */
static int vprintk_store(int facility, int level, const char *fmt,
			 va_list args)
{
	u64 ts_nsec = local_clock();
	u32 caller_id = printk_caller_id();
	struct prb_reserved_entry e;
	struct printk_record r;
	char prefix_buf[8];
	u16 reserve_size, text_len;
	u8 flags = 0;
	va_list args2;

	va_copy(args2, args);
	reserve_size = min(vsnprintf(prefix_buf, sizeof(prefix_buf), fmt, args2) + 1,
			   LOG_LINE_MAX);
	va_end(args2);
	if (facility == 0)
		printk_parse_prefix(prefix_buf, &level, &flags);
	if (level == LOGLEVEL_DEFAULT)
		level = default_message_loglevel;

	r.text_buf_size = reserve_size;
	if ((flags & LOG_CONT) &&
	    prb_reserve_in_last(&e, &r, caller_id, LOG_LINE_MAX)) {
		text_len = printk_sprint(r.text_buf + r.info->text_len,
					 reserve_size, facility, &flags, fmt, args);
		r.info->text_len += text_len;
		if (flags & LOG_NEWLINE) {
			r.info->flags |= LOG_NEWLINE;
			prb_final_commit(&e);
		} else {
			prb_commit(&e);
		}
		return text_len;
	}

	r.text_buf_size = reserve_size;
	if (!prb_reserve(&e, &r))
		return 0;
	text_len = printk_sprint(r.text_buf, reserve_size, facility, &flags,
				 fmt, args);
	r.info->text_len = text_len;
	r.info->ts_nsec = ts_nsec;
	r.info->caller_id = caller_id;
	r.info->facility = facility;
	r.info->level = level & 7;
	r.info->flags = flags & 0x1f;
	if (flags & LOG_NEWLINE)
		prb_final_commit(&e);
	else
		prb_commit(&e);
	return text_len;
}

/*
 * With interrupts off throughout, as Linux's printk_safe: an interrupt
 * handler's printk() must not land in the middle of this one's record.
 */
static int __vprintk_emit(int facility, int level, const char *fmt, va_list args)
{
	int printed_len = vprintk_store(facility, level, fmt, args);

	console_flush();
	wake_up_klogd();
	return printed_len;
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

/* printk_ratelimit(): at most 10 messages every 5 s, shared by all callers. */
static DEFINE_RATELIMIT_STATE(printk_ratelimit_state, 5 * HZ, 10);

int __printk_ratelimit(const char *func)
{
	return ___ratelimit(&printk_ratelimit_state, func);
}
EXPORT_SYMBOL(__printk_ratelimit);

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
	newcon->seq = (newcon->flags & CON_PRINTBUFFER) ? prb_first_valid_seq()
							 : prb_next_seq();
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
