/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Character set tables (fs/nls/): Debian's nls_* modules register theirs
 * with register_nls(); struct nls_table is 6.1's layout, since the
 * modules fill it in.
 */
#ifndef _LINUX_NLS_H
#define _LINUX_NLS_H

#include <linux/types.h>

typedef u16 wchar_t;
typedef u32 unicode_t;

struct module;

struct nls_table {
	const char *charset;
	const char *alias;
	int (*uni2char)(wchar_t uni, unsigned char *out, int boundlen);
	int (*char2uni)(const unsigned char *rawstring, int boundlen,
			wchar_t *uni);
	const unsigned char *charset2lower;
	const unsigned char *charset2upper;
	struct module *owner;
	struct nls_table *next;
};

int __register_nls(struct nls_table *nls, struct module *owner);
int unregister_nls(struct nls_table *nls);
struct nls_table *load_nls(const char *charset);
void unload_nls(struct nls_table *nls);
struct nls_table *load_nls_default(void);
int utf8_to_utf32(const u8 *s, int inlen, unicode_t *pu);
int utf32_to_utf8(unicode_t u, u8 *s, int maxout);

#endif
