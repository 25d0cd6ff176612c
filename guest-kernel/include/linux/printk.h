/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_PRINTK_H
#define _LINUX_PRINTK_H

#include <linux/stdarg.h>
#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/kern_levels.h>

#define CONSOLE_LOGLEVEL_SILENT		0	/* Mum's the word */
#define CONSOLE_LOGLEVEL_MIN		1	/* Minimum loglevel we let people use */
#define CONSOLE_LOGLEVEL_DEBUG		10	/* issue debug messages */
#define CONSOLE_LOGLEVEL_MOTORMOUTH	15	/* You can't shut this one up */
#define CONSOLE_LOGLEVEL_DEFAULT	7	/* CONFIG_CONSOLE_LOGLEVEL_DEFAULT */
#define CONSOLE_LOGLEVEL_QUIET		4	/* CONFIG_CONSOLE_LOGLEVEL_QUIET */
#define MESSAGE_LOGLEVEL_DEFAULT	4	/* CONFIG_MESSAGE_LOGLEVEL_DEFAULT */

extern int console_printk[];

#define console_loglevel (console_printk[0])
#define default_message_loglevel (console_printk[1])
#define minimum_console_loglevel (console_printk[2])
#define default_console_loglevel (console_printk[3])

/* Oopses and panics must be seen whatever the loglevel. */
static inline void console_verbose(void)
{
	if (console_loglevel)
		console_loglevel = CONSOLE_LOGLEVEL_MOTORMOUTH;
}

/* What %pV prints: a format and its arguments. */
struct va_format {
	const char *fmt;
	va_list *va;
};

asmlinkage __printf(1, 0) int vprintk(const char *fmt, va_list args);
asmlinkage __printf(1, 2) int _printk(const char *fmt, ...);
#define printk(fmt, ...)	_printk(fmt, ##__VA_ARGS__)

#ifndef pr_fmt
#define pr_fmt(fmt) fmt
#endif

#define pr_emerg(fmt, ...)	printk(KERN_EMERG pr_fmt(fmt), ##__VA_ARGS__)
#define pr_alert(fmt, ...)	printk(KERN_ALERT pr_fmt(fmt), ##__VA_ARGS__)
#define pr_crit(fmt, ...)	printk(KERN_CRIT pr_fmt(fmt), ##__VA_ARGS__)
#define pr_err(fmt, ...)	printk(KERN_ERR pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warn(fmt, ...)	printk(KERN_WARNING pr_fmt(fmt), ##__VA_ARGS__)
#define pr_notice(fmt, ...)	printk(KERN_NOTICE pr_fmt(fmt), ##__VA_ARGS__)
#define pr_info(fmt, ...)	printk(KERN_INFO pr_fmt(fmt), ##__VA_ARGS__)
#define pr_cont(fmt, ...)	printk(KERN_CONT fmt, ##__VA_ARGS__)

/* Format-checked but compiled out, as Linux's no_printk(). */
#define no_printk(fmt, ...)				\
({							\
	if (0)						\
		printk(fmt, ##__VA_ARGS__);		\
	0;						\
})

#ifdef DEBUG
#define pr_debug(fmt, ...)	printk(KERN_DEBUG pr_fmt(fmt), ##__VA_ARGS__)
#else
#define pr_debug(fmt, ...)	no_printk(KERN_DEBUG pr_fmt(fmt), ##__VA_ARGS__)
#endif

void dump_stack_lvl(const char *log_lvl);
void dump_stack(void);
void dump_stack_print_info(const char *log_lvl);
void dump_stack_set_arch_desc(const char *fmt, ...);

#endif
