// SPDX-License-Identifier: GPL-2.0
/*
 * The registry of character set tables and UTF-8 conversion, as Linux
 * 6.1's fs/nls/nls_base.c: tables form a singly linked list headed by
 * the built-in "default" one (Latin-1, ASCII case folding). No module
 * is requested when a charset is missing: there is no modprobe.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/nls.h>
#include <linux/string.h>

#define UNICODE_MAX	0x0010ffff
#define SURROGATE_MASK	0xfffff800
#define SURROGATE_PAIR	0x0000d800

static unsigned char default_lower[256], default_upper[256];

static int default_uni2char(wchar_t uni, unsigned char *out, int boundlen)
{
	if (boundlen <= 0)
		return -ENAMETOOLONG;
	if (!uni || uni > 0xff)
		return -EINVAL;
	out[0] = uni;
	return 1;
}

static int default_char2uni(const unsigned char *rawstring, int boundlen,
			    wchar_t *uni)
{
	*uni = *rawstring;
	return *uni ? 1 : -EINVAL;
}

static struct nls_table default_table = {
	.charset	= "default",
	.uni2char	= default_uni2char,
	.char2uni	= default_char2uni,
	.charset2lower	= default_lower,
	.charset2upper	= default_upper,
};

static struct nls_table *tables = &default_table;

static int __init init_default_table(void)
{
	unsigned int c;

	for (c = 0; c < 256; c++) {
		default_lower[c] = c >= 'A' && c <= 'Z' ? c + 32 : c;
		default_upper[c] = c >= 'a' && c <= 'z' ? c - 32 : c;
	}
	return 0;
}
core_initcall(init_default_table);

/* Does c start a sequence of n bytes (n <= 6)? */
static bool utf8_lead(u8 c, int n)
{
	if (n == 1)
		return c < 0x80;
	return (c & (0xff << (7 - n)) & 0xff) == ((0xff << (8 - n)) & 0xff);
}

/* The largest code point a sequence of n bytes holds (n <= 6). */
static unsigned long utf8_max(int n)
{
	return n == 1 ? 0x7f : (1UL << (5 * n + 1)) - 1;
}

/*
 * Bytes are taken one at a time until the first byte says the sequence
 * is complete, so running out of input (-EOVERFLOW) is noticed before a
 * bad byte further on (-EILSEQ), as in Linux.
 */
int utf8_to_utf32(const u8 *s, int inlen, unicode_t *pu)
{
	unsigned long l = s[0];
	int n;

	for (n = 1; n <= 6; n++) {
		if (utf8_lead(s[0], n)) {
			l &= utf8_max(n);
			/* overlong forms, beyond Unicode, surrogates */
			if ((n > 1 && l <= utf8_max(n - 1)) || l > UNICODE_MAX ||
			    (l & SURROGATE_MASK) == SURROGATE_PAIR)
				return -EILSEQ;
			*pu = l;
			return n;
		}
		if (inlen <= n)
			return -EOVERFLOW;
		if ((s[n] & 0xc0) != 0x80)
			return -EILSEQ;
		l = (l << 6) | (s[n] & 0x3f);
	}
	return -EILSEQ;
}
EXPORT_SYMBOL(utf8_to_utf32);

int utf32_to_utf8(unicode_t u, u8 *s, int maxout)
{
	int n, i;

	if (!s)
		return 0;
	if (u > UNICODE_MAX || (u & SURROGATE_MASK) == SURROGATE_PAIR)
		return -EILSEQ;
	for (n = 1; u > utf8_max(n); n++)
		;
	if (maxout < n)
		return -EOVERFLOW;
	if (n == 1) {
		s[0] = u;
		return 1;
	}
	s[0] = ((0xff << (8 - n)) & 0xff) | (u >> (6 * (n - 1)));
	for (i = 1; i < n; i++)
		s[i] = 0x80 | ((u >> (6 * (n - 1 - i))) & 0x3f);
	return n;
}
EXPORT_SYMBOL(utf32_to_utf8);

int __register_nls(struct nls_table *nls, struct module *owner)
{
	struct nls_table **tmp;

	if (nls->next)
		return -EBUSY;
	nls->owner = owner;
	for (tmp = &tables; *tmp; tmp = &(*tmp)->next)
		if (*tmp == nls)
			return -EBUSY;
	nls->next = tables;
	tables = nls;
	return 0;
}
EXPORT_SYMBOL(__register_nls);

int unregister_nls(struct nls_table *nls)
{
	struct nls_table **tmp;

	for (tmp = &tables; *tmp; tmp = &(*tmp)->next) {
		if (*tmp == nls) {
			*tmp = nls->next;
			return 0;
		}
	}
	return -EINVAL;
}
EXPORT_SYMBOL(unregister_nls);

/* A table by charset or alias, pinning the module that owns it. */
struct nls_table *load_nls(const char *charset)
{
	struct nls_table *nls;

	for (nls = tables; nls; nls = nls->next) {
		if (!strcmp(nls->charset, charset) ||
		    (nls->alias && !strcmp(nls->alias, charset)))
			break;
	}
	if (nls && !try_module_get(nls->owner))
		nls = NULL;
	return nls;
}
EXPORT_SYMBOL(load_nls);

void unload_nls(struct nls_table *nls)
{
	if (nls)
		module_put(nls->owner);
}
EXPORT_SYMBOL(unload_nls);

/* Debian's CONFIG_NLS_DEFAULT is "utf8". */
struct nls_table *load_nls_default(void)
{
	struct nls_table *nls = load_nls("utf8");

	return nls ? nls : &default_table;
}
EXPORT_SYMBOL(load_nls_default);
