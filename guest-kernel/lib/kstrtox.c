// SPDX-License-Identifier: GPL-2.0
/*
 * String to integer conversion: the strict kstrto*() family and the
 * lenient simple_strto*() ones, with Linux's rules for the radix.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/uaccess.h>

/* Base 0 means: "0x" prefix is hex, a leading "0" is octal, else decimal. */
static const char *parse_radix(const char *s, unsigned int *base)
{
	if (*base == 0) {
		if (s[0] == '0') {
			if (_tolower(s[1]) == 'x' && isxdigit(s[2]))
				*base = 16;
			else
				*base = 8;
		} else {
			*base = 10;
		}
	}
	if (*base == 16 && s[0] == '0' && _tolower(s[1]) == 'x')
		s += 2;
	return s;
}

/* Parse digits; returns how many, and sets overflow if the value wrapped. */
static unsigned int parse_integer(const char *s, unsigned int base,
				  unsigned long long *p, bool *overflow)
{
	unsigned long long res = 0;
	unsigned int rv = 0;

	*overflow = false;
	for (;; s++, rv++) {
		unsigned int val;
		char c = *s;

		if ('0' <= c && c <= '9')
			val = c - '0';
		else if ('a' <= _tolower(c) && _tolower(c) <= 'f')
			val = _tolower(c) - 'a' + 10;
		else
			break;
		if (val >= base)
			break;
		if (res > (ULLONG_MAX - val) / base)
			*overflow = true;
		res = res * base + val;
	}
	*p = res;
	return rv;
}

int kstrtoull(const char *s, unsigned int base, unsigned long long *res)
{
	unsigned long long val;
	bool overflow;
	unsigned int rv;

	if (s[0] == '+')
		s++;
	s = parse_radix(s, &base);
	rv = parse_integer(s, base, &val, &overflow);
	if (!rv)
		return -EINVAL;
	if (overflow)
		return -ERANGE;
	s += rv;
	if (*s == '\n')		/* a trailing newline is allowed */
		s++;
	if (*s)
		return -EINVAL;
	*res = val;
	return 0;
}
EXPORT_SYMBOL(kstrtoull);

int kstrtoll(const char *s, unsigned int base, long long *res)
{
	unsigned long long tmp;
	int rv;

	if (s[0] == '-') {
		rv = kstrtoull(s + 1, base, &tmp);
		if (rv < 0)
			return rv;
		if ((long long)-tmp > 0)
			return -ERANGE;
		*res = -tmp;
	} else {
		rv = kstrtoull(s, base, &tmp);
		if (rv < 0)
			return rv;
		if ((long long)tmp < 0)
			return -ERANGE;
		*res = tmp;
	}
	return 0;
}
EXPORT_SYMBOL(kstrtoll);

#define KSTRTO_NARROW(name, type, wide, wfn, lo, hi)			\
int name(const char *s, unsigned int base, type *res)		\
{									\
	wide tmp;							\
	int rv = wfn(s, base, &tmp);					\
									\
	if (rv < 0)							\
		return rv;						\
	if (tmp < (wide)(lo) || tmp > (wide)(hi))			\
		return -ERANGE;						\
	*res = tmp;							\
	return 0;							\
}

/* long is 32 bits on arm: through the wide ones, range-checked, as Linux's _kstrtoul. */
KSTRTO_NARROW(_kstrtoul, unsigned long, unsigned long long, kstrtoull, 0, ULONG_MAX)
KSTRTO_NARROW(_kstrtol, long, long long, kstrtoll, LONG_MIN, LONG_MAX)
KSTRTO_NARROW(kstrtouint, unsigned int, unsigned long long, kstrtoull, 0, UINT_MAX)
KSTRTO_NARROW(kstrtoint, int, long long, kstrtoll, INT_MIN, INT_MAX)
KSTRTO_NARROW(kstrtou16, u16, unsigned long long, kstrtoull, 0, 0xffff)
KSTRTO_NARROW(kstrtou8, u8, unsigned long long, kstrtoull, 0, 0xff)
KSTRTO_NARROW(kstrtos16, s16, long long, kstrtoll, -0x8000, 0x7fff)
KSTRTO_NARROW(kstrtos8, s8, long long, kstrtoll, -0x80, 0x7f)

/* y/Y/1/on = true, n/N/0/off = false. */
int kstrtobool(const char *s, bool *res)
{
	if (!s)
		return -EINVAL;
	switch (s[0]) {
	case 'y': case 'Y': case '1':
		*res = true;
		return 0;
	case 'n': case 'N': case '0':
		*res = false;
		return 0;
	case 'o': case 'O':
		if (_tolower(s[1]) == 'n') {
			*res = true;
			return 0;
		}
		if (_tolower(s[1]) == 'f') {
			*res = false;
			return 0;
		}
		break;
	}
	return -EINVAL;
}
EXPORT_SYMBOL(kstrtobool);

unsigned long long simple_strtoull(const char *cp, char **endp,
				   unsigned int base)
{
	unsigned long long result;
	bool overflow;

	cp = parse_radix(cp, &base);
	cp += parse_integer(cp, base, &result, &overflow);
	if (endp)
		*endp = (char *)cp;
	return result;
}
EXPORT_SYMBOL(simple_strtoull);

unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	return simple_strtoull(cp, endp, base);
}
EXPORT_SYMBOL(simple_strtoul);

long long simple_strtoll(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -simple_strtoull(cp + 1, endp, base);
	return simple_strtoull(cp, endp, base);
}
EXPORT_SYMBOL(simple_strtoll);

long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	return simple_strtoll(cp, endp, base);
}
EXPORT_SYMBOL(simple_strtol);
EXPORT_SYMBOL(_kstrtoul);
EXPORT_SYMBOL(_kstrtol);
EXPORT_SYMBOL(kstrtouint);
EXPORT_SYMBOL(kstrtoint);
EXPORT_SYMBOL(kstrtou16);
EXPORT_SYMBOL(kstrtou8);
EXPORT_SYMBOL(kstrtos16);
EXPORT_SYMBOL(kstrtos8);

/*
 * The same, on what a user wrote (a write() handler's buffer): at most
 * as many bytes as the longest number of the type can take (sign, base
 * 2 digits, newline, NUL), the rest ignored, as Linux does.
 */
#define KSTRTO_FROM_USER(name, fn, type)				\
int name(const char __user *s, size_t count, unsigned int base,	\
	 type *res)							\
{									\
	char buf[1 + sizeof(type) * 8 + 1 + 1];				\
									\
	count = min(count, sizeof(buf) - 1);				\
	if (copy_from_user(buf, s, count))				\
		return -EFAULT;						\
	buf[count] = '\0';						\
	return fn(buf, base, res);					\
}									\
EXPORT_SYMBOL(name)

KSTRTO_FROM_USER(kstrtoull_from_user, kstrtoull, unsigned long long);
KSTRTO_FROM_USER(kstrtoll_from_user, kstrtoll, long long);
KSTRTO_FROM_USER(kstrtoul_from_user, kstrtoul, unsigned long);
KSTRTO_FROM_USER(kstrtol_from_user, kstrtol, long);
KSTRTO_FROM_USER(kstrtouint_from_user, kstrtouint, unsigned int);
KSTRTO_FROM_USER(kstrtoint_from_user, kstrtoint, int);
KSTRTO_FROM_USER(kstrtou16_from_user, kstrtou16, u16);
KSTRTO_FROM_USER(kstrtos16_from_user, kstrtos16, s16);
KSTRTO_FROM_USER(kstrtou8_from_user, kstrtou8, u8);
KSTRTO_FROM_USER(kstrtos8_from_user, kstrtos8, s8);

int kstrtobool_from_user(const char __user *s, size_t count, bool *res)
{
	char buf[4];	/* the longest word told apart, newline, NUL */

	count = min(count, sizeof(buf) - 1);
	if (copy_from_user(buf, s, count))
		return -EFAULT;
	buf[count] = '\0';
	return kstrtobool(buf, res);
}
EXPORT_SYMBOL(kstrtobool_from_user);
