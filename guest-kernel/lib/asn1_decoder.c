// SPDX-License-Identifier: GPL-2.0
/*
 * Reading DER elements. Anything that does not parse is -EBADMSG, what
 * Linux's asn1_ber_decoder() returns for a malformed message (it says so
 * only in pr_debug, which is compiled out).
 */
#include <linux/asn1_decoder.h>
#include <linux/errno.h>

int asn1_read(struct asn1_cursor *c, struct asn1_elem *e)
{
	const u8 *p = c->p;
	size_t len, n;

	if (c->end - p < 2)
		return -EBADMSG;
	e->hdr = p;
	e->tag = *p++;
	if ((e->tag & ASN1_TAG_MASK) == ASN1_TAG_MASK)
		return -EBADMSG;	/* high tag numbers: none in X.509 */
	len = *p++;
	if (len & 0x80) {
		n = len & 0x7f;
		if (n == 0 || n > 4 || (size_t)(c->end - p) < n)
			return -EBADMSG;	/* indefinite, or too long */
		for (len = 0; n; n--)
			len = len << 8 | *p++;
	}
	if (len > (size_t)(c->end - p))
		return -EBADMSG;
	e->hdrlen = p - e->hdr;
	e->value = p;
	e->len = len;
	c->p = p + len;
	return 0;
}

int asn1_expect(struct asn1_cursor *c, u8 tag, struct asn1_elem *e)
{
	int ret = asn1_read(c, e);

	if (ret)
		return ret;
	return e->tag == tag ? 0 : -EBADMSG;
}

bool asn1_next_is(const struct asn1_cursor *c, u8 tag)
{
	return c->p < c->end && *c->p == tag;
}
