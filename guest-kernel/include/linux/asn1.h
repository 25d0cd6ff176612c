/* SPDX-License-Identifier: GPL-2.0 */
/* ASN.1 BER/DER identifier octets, as Linux names them. */
#ifndef _LINUX_ASN1_H
#define _LINUX_ASN1_H

enum asn1_class {
	ASN1_UNIV	= 0,
	ASN1_APPL	= 1,
	ASN1_CONT	= 2,
	ASN1_PRIV	= 3
};
#define ASN1_CLASS_BITS	0xc0
#define ASN1_CONS_BIT	0x20
#define ASN1_TAG_MASK	0x1f

enum asn1_tag {
	ASN1_EOC	= 0,
	ASN1_BOOL	= 1,
	ASN1_INT	= 2,
	ASN1_BTS	= 3,
	ASN1_OTS	= 4,
	ASN1_NULL	= 5,
	ASN1_OID	= 6,
	ASN1_SEQ	= 16,
	ASN1_SET	= 17,
	ASN1_UNITIM	= 23,
	ASN1_GENTIM	= 24,
};

/* Whole identifier octets of the common constructed and context tags. */
#define ASN1_SEQUENCE	(ASN1_CONS_BIT | ASN1_SEQ)
#define ASN1_SET_OF	(ASN1_CONS_BIT | ASN1_SET)
#define ASN1_CONT_TAG(n)	((ASN1_CONT << 6) | (n))
#define ASN1_CONT_CONS(n)	((ASN1_CONT << 6) | ASN1_CONS_BIT | (n))

#endif /* _LINUX_ASN1_H */
