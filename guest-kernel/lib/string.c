// SPDX-License-Identifier: GPL-2.0
/*
 * String and memory functions. They are real out-of-line functions:
 * the compiler emits calls to memcpy/memset, and modules will import them.
 */
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/export.h>
#include <asm/string.h>

/*
 * arm64 Linux's string functions are position independent, named
 * __pi_<name> (what an oops in one shows), with <name> a weak alias.
 */
#define PI_ALIAS(name) \
	extern __typeof__(__pi_##name) name __attribute__((weak, alias("__pi_" #name)))

#ifndef __HAVE_ARCH_MEMCPY
void *memcpy(void *dest, const void *src, size_t n)
{
	char *d = dest;
	const char *s = src;

	/* Word at a time when both are aligned: pages get copied often. */
	if (!(((unsigned long)d | (unsigned long)s) & 7)) {
		for (; n >= 8; n -= 8, d += 8, s += 8)
			*(u64 *)d = *(const u64 *)s;
	}
	while (n--)
		*d++ = *s++;
	return dest;
}
#endif
EXPORT_SYMBOL(memcpy);

void *memmove(void *dest, const void *src, size_t n)
{
	char *d = dest;
	const char *s = src;

	if (d <= s || d >= s + n)
		return memcpy(dest, src, n);
	d += n;
	s += n;
	while (n--)
		*--d = *--s;
	return dest;
}

EXPORT_SYMBOL(memmove);

#ifndef __HAVE_ARCH_MEMSET
void *memset(void *s, int c, size_t n)
{
	char *p = s;

	if (!((unsigned long)p & 7)) {
		u64 v = 0x0101010101010101ULL * (unsigned char)c;

		for (; n >= 8; n -= 8, p += 8)
			*(u64 *)p = v;
	}
	while (n--)
		*p++ = c;
	return s;
}
#endif
EXPORT_SYMBOL(memset);

int __pi_memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}
PI_ALIAS(memcmp);
EXPORT_SYMBOL(memcmp);

void *__pi_memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}
PI_ALIAS(memchr);
EXPORT_SYMBOL(memchr);

/* The first byte that is not c, or NULL if all n are (poison and fill checks). */
void *memchr_inv(const void *start, int c, size_t bytes)
{
	const u8 *p = start;

	for (; bytes; bytes--, p++)
		if (*p != (u8)c)
			return (void *)p;
	return NULL;
}
EXPORT_SYMBOL(memchr_inv);

size_t __pi_strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}
PI_ALIAS(strlen);
EXPORT_SYMBOL(strlen);

size_t __pi_strnlen(const char *s, size_t maxlen)
{
	const char *p = s;

	while (maxlen-- && *p)
		p++;
	return p - s;
}
PI_ALIAS(strnlen);
EXPORT_SYMBOL(strnlen);

int __pi_strcmp(const char *a, const char *b)
{
	unsigned char c1, c2;

	do {
		c1 = *a++;
		c2 = *b++;
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
	} while (c1);
	return 0;
}
PI_ALIAS(strcmp);
EXPORT_SYMBOL(strcmp);

int __pi_strncmp(const char *a, const char *b, size_t n)
{
	unsigned char c1, c2;

	while (n--) {
		c1 = *a++;
		c2 = *b++;
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
		if (!c1)
			break;
	}
	return 0;
}
PI_ALIAS(strncmp);
EXPORT_SYMBOL(strncmp);

/* Case-insensitive comparisons, ASCII only (Linux returns c1 - c2). */
int strncasecmp(const char *s1, const char *s2, size_t len)
{
	unsigned char c1, c2;

	if (!len)
		return 0;
	do {
		c1 = *s1++;
		c2 = *s2++;
		if (!c1 || !c2)
			break;
		if (c1 == c2)
			continue;
		c1 = tolower(c1);
		c2 = tolower(c2);
		if (c1 != c2)
			break;
	} while (--len);
	return (int)c1 - (int)c2;
}
EXPORT_SYMBOL(strncasecmp);

int strcasecmp(const char *s1, const char *s2)
{
	int c1, c2;

	do {
		c1 = tolower(*s1++);
		c2 = tolower(*s2++);
	} while (c1 == c2 && c1 != 0);
	return c1 - c2;
}
EXPORT_SYMBOL(strcasecmp);

char *strcpy(char *dest, const char *src)
{
	char *d = dest;

	while ((*d++ = *src++))
		;
	return dest;
}
EXPORT_SYMBOL(strcpy);

char *strncpy(char *dest, const char *src, size_t n)
{
	char *d = dest;

	while (n) {
		if ((*d = *src))
			src++;
		d++;
		n--;
	}
	return dest;
}
EXPORT_SYMBOL(strncpy);

/* Copy, always NUL-terminate; -E2BIG (-7) if truncated, else the length. */
ssize_t strscpy(char *dest, const char *src, size_t size)
{
	size_t i;

	if (!size)
		return -7;
	for (i = 0; i < size; i++) {
		dest[i] = src[i];
		if (!src[i])
			return i;
	}
	dest[size - 1] = '\0';
	return -7;
}
EXPORT_SYMBOL(strscpy);

size_t strlcpy(char *dest, const char *src, size_t size)
{
	size_t len = strlen(src);

	if (size) {
		size_t n = len >= size ? size - 1 : len;

		memcpy(dest, src, n);
		dest[n] = '\0';
	}
	return len;
}
EXPORT_SYMBOL(strlcpy);

size_t strlcat(char *dest, const char *src, size_t size)
{
	size_t dlen = strnlen(dest, size);

	if (dlen == size)
		return dlen + strlen(src);
	return dlen + strlcpy(dest + dlen, src, size - dlen);
}
EXPORT_SYMBOL(strlcat);

char *strcat(char *dest, const char *src)
{
	strcpy(dest + strlen(dest), src);
	return dest;
}
EXPORT_SYMBOL(strcat);

char *__pi_strchr(const char *s, int c)
{
	for (; *s != (char)c; s++)
		if (!*s)
			return NULL;
	return (char *)s;
}
PI_ALIAS(strchr);
EXPORT_SYMBOL(strchr);

char *strnchr(const char *s, size_t n, int c)
{
	for (; n-- && *s; s++)
		if (*s == (char)c)
			return (char *)s;
	return NULL;
}
EXPORT_SYMBOL(strnchr);

char *__pi_strrchr(const char *s, int c)
{
	const char *last = NULL;

	do {
		if (*s == (char)c)
			last = s;
	} while (*s++);
	return (char *)last;
}
PI_ALIAS(strrchr);
EXPORT_SYMBOL(strrchr);

char *strstr(const char *haystack, const char *needle)
{
	size_t n = strlen(needle);

	if (!n)
		return (char *)haystack;
	for (; *haystack; haystack++)
		if (!memcmp(haystack, needle, n))
			return (char *)haystack;
	return NULL;
}
EXPORT_SYMBOL(strstr);

size_t strspn(const char *s, const char *accept)
{
	const char *p = s;

	while (*p && strchr(accept, *p))
		p++;
	return p - s;
}
EXPORT_SYMBOL(strspn);

size_t strcspn(const char *s, const char *reject)
{
	const char *p = s;

	while (*p && !strchr(reject, *p))
		p++;
	return p - s;
}
EXPORT_SYMBOL(strcspn);

char *strpbrk(const char *s, const char *ct)
{
	for (; *s; s++)
		if (strchr(ct, *s))
			return (char *)s;
	return NULL;
}
EXPORT_SYMBOL(strpbrk);

char *strsep(char **s, const char *ct)
{
	char *sbegin = *s, *end;

	if (!sbegin)
		return NULL;
	end = strpbrk(sbegin, ct);
	if (end)
		*end++ = '\0';
	*s = end;
	return sbegin;
}
EXPORT_SYMBOL(strsep);

char *skip_spaces(const char *s)
{
	while (isspace(*s))
		s++;
	return (char *)s;
}
EXPORT_SYMBOL(skip_spaces);

/* Remove leading and trailing whitespace, in place. */
char *strim(char *s)
{
	size_t size = strlen(s);
	char *end;

	if (!size)
		return s;
	end = s + size - 1;
	while (end >= s && isspace(*end))
		end--;
	end[1] = '\0';
	return skip_spaces(s);
}
EXPORT_SYMBOL(strim);

/* Like strchr, but the end of the string when c is absent. */
char *strchrnul(const char *s, int c)
{
	while (*s && *s != (char)c)
		s++;
	return (char *)s;
}
EXPORT_SYMBOL(strchrnul);
