/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <linux/stdarg.h>
#include <linux/types.h>
#include <linux/stddef.h>
#include <linux/compiler.h>
#include <linux/const.h>
#include <linux/stringify.h>
#include <linux/err.h>
#include <linux/printk.h>
#include <linux/panic.h>
#include <linux/bug.h>

#define ARRAY_SIZE(arr)		(sizeof(arr) / sizeof((arr)[0]))
#define ALIGN(x, a)		(((x) + ((a) - 1)) & ~((__typeof__(x))(a) - 1))
#define ALIGN_DOWN(x, a)	((x) & ~((__typeof__(x))(a) - 1))
#define IS_ALIGNED(x, a)	(((x) & ((__typeof__(x))(a) - 1)) == 0)
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define DIV_ROUND_CLOSEST(x, d)	(((x) + ((d) / 2)) / (d))
#define min(a, b)		((a) < (b) ? (a) : (b))
#define max(a, b)		((a) > (b) ? (a) : (b))
#define min3(a, b, c)		min(min(a, b), c)
#define min_t(type, a, b)	min((type)(a), (type)(b))
#define max_t(type, a, b)	max((type)(a), (type)(b))
#define clamp(v, lo, hi)	min(max(v, lo), hi)
#define upper_32_bits(n)	((u32)(((n) >> 16) >> 16))
#define lower_32_bits(n)	((u32)((n) & 0xffffffff))

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

#define INT_MAX		((int)(~0U >> 1))
#define INT_MIN		(-INT_MAX - 1)
#define UINT_MAX	(~0U)
#define LONG_MAX	((long)(~0UL >> 1))
#define LONG_MIN	(-LONG_MAX - 1)
#define ULONG_MAX	(~0UL)
#define ULLONG_MAX	(~0ULL)

/* lib/hexdump.c */
extern const char hex_asc[];
extern const char hex_asc_upper[];
char *bin2hex(char *dst, const void *src, size_t count);
__scanf(2, 3) int sscanf(const char *buf, const char *fmt, ...);
__scanf(2, 0) int vsscanf(const char *buf, const char *fmt, va_list args);
int hex_to_bin(unsigned char ch);
int hex2bin(u8 *dst, const char *src, size_t count);

enum {
	DUMP_PREFIX_NONE,
	DUMP_PREFIX_ADDRESS,
	DUMP_PREFIX_OFFSET
};
int hex_dump_to_buffer(const void *buf, size_t len, int rowsize, int groupsize,
		       char *linebuf, size_t linebuflen, bool ascii);
void print_hex_dump(const char *level, const char *prefix_str, int prefix_type,
		    int rowsize, int groupsize, const void *buf, size_t len,
		    bool ascii);

/* lib/vsprintf.c */
__printf(2, 3) int sprintf(char *buf, const char *fmt, ...);
__printf(3, 4) int snprintf(char *buf, size_t size, const char *fmt, ...);
__printf(3, 4) int scnprintf(char *buf, size_t size, const char *fmt, ...);
__printf(2, 3) char *kasprintf(gfp_t gfp, const char *fmt, ...);
__printf(2, 0) char *kvasprintf(gfp_t gfp, const char *fmt, va_list ap);
__printf(3, 0) int vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
__printf(3, 0) int vscnprintf(char *buf, size_t size, const char *fmt, va_list args);
__printf(2, 0) int vsprintf(char *buf, const char *fmt, va_list args);
unsigned long long simple_strtoull(const char *cp, char **endp, unsigned int base);
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base);
long simple_strtol(const char *cp, char **endp, unsigned int base);
long long simple_strtoll(const char *cp, char **endp, unsigned int base);

/* lib/kstrtox.c */
int kstrtoull(const char *s, unsigned int base, unsigned long long *res);
int kstrtoll(const char *s, unsigned int base, long long *res);
int _kstrtoul(const char *s, unsigned int base, unsigned long *res);
int _kstrtol(const char *s, unsigned int base, long *res);

static inline int kstrtoul(const char *s, unsigned int base, unsigned long *res)
{
	return _kstrtoul(s, base, res);
}

static inline int kstrtol(const char *s, unsigned int base, long *res)
{
	return _kstrtol(s, base, res);
}
int kstrtouint(const char *s, unsigned int base, unsigned int *res);
int kstrtoint(const char *s, unsigned int base, int *res);
int kstrtou16(const char *s, unsigned int base, u16 *res);
int kstrtou8(const char *s, unsigned int base, u8 *res);
int kstrtobool(const char *s, bool *res);
int kstrtos16(const char *s, unsigned int base, s16 *res);
int kstrtos8(const char *s, unsigned int base, s8 *res);
int kstrtoull_from_user(const char __user *s, size_t count, unsigned int base,
			unsigned long long *res);
int kstrtoll_from_user(const char __user *s, size_t count, unsigned int base,
		       long long *res);
int kstrtoul_from_user(const char __user *s, size_t count, unsigned int base,
		       unsigned long *res);
int kstrtol_from_user(const char __user *s, size_t count, unsigned int base,
		      long *res);
int kstrtouint_from_user(const char __user *s, size_t count, unsigned int base,
			 unsigned int *res);
int kstrtoint_from_user(const char __user *s, size_t count, unsigned int base,
			int *res);
int kstrtou16_from_user(const char __user *s, size_t count, unsigned int base,
			u16 *res);
int kstrtos16_from_user(const char __user *s, size_t count, unsigned int base,
			s16 *res);
int kstrtou8_from_user(const char __user *s, size_t count, unsigned int base,
		       u8 *res);
int kstrtos8_from_user(const char __user *s, size_t count, unsigned int base,
		       s8 *res);
int kstrtobool_from_user(const char __user *s, size_t count, bool *res);

/* lib/cmdline.c */
int get_option(char **str, int *pint);
unsigned long long memparse(const char *ptr, char **retptr);
char *next_arg(char *args, char **param, char **val);

#endif
