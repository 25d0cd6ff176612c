/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A DER reader: one element (tag, length, value) at a time from a cursor.
 * Linux drives its decoder with grammars compiled from .asn1 files; the
 * few structures we read (X.509, PKCS#7) are walked by hand instead.
 */
#ifndef _LINUX_ASN1_DECODER_H
#define _LINUX_ASN1_DECODER_H

#include <linux/asn1.h>
#include <linux/types.h>

struct asn1_cursor {
	const u8 *p, *end;
};

struct asn1_elem {
	u8 tag;
	const u8 *hdr;		/* the identifier octet */
	size_t hdrlen;
	const u8 *value;
	size_t len;
};

static inline void asn1_init(struct asn1_cursor *c, const void *data, size_t len)
{
	c->p = data;
	c->end = c->p + len;
}

/* The elements inside a constructed one. */
static inline void asn1_enter(struct asn1_cursor *c, const struct asn1_elem *e)
{
	asn1_init(c, e->value, e->len);
}

static inline bool asn1_at_end(const struct asn1_cursor *c)
{
	return c->p >= c->end;
}

int asn1_read(struct asn1_cursor *c, struct asn1_elem *e);
int asn1_expect(struct asn1_cursor *c, u8 tag, struct asn1_elem *e);
bool asn1_next_is(const struct asn1_cursor *c, u8 tag);

#endif /* _LINUX_ASN1_DECODER_H */
