// SPDX-License-Identifier: GPL-2.0
/*
 * X.509 certificate parser (RFC 5280), following Linux's x509.asn1 and the
 * actions of x509_cert_parser.c: what it keeps, how it names the subject
 * and issuer, and which errors it returns. Malformed DER is -EBADMSG.
 */
#define pr_fmt(fmt) "X.509: " fmt
#include <linux/asn1_decoder.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/oid_registry.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "x509_parser.h"

struct x509_parse_context {
	struct x509_certificate *cert;
	const u8 *data;			/* start of the certificate */
	const void *key;		/* subjectPublicKey, less the unused-bits byte */
	size_t key_size;
	enum OID key_algo;
	enum OID sig_algo;		/* tbsCertificate.signature */
	const u8 *cn, *o, *email;	/* name components seen in a Name */
	size_t cn_size, o_size, email_size;
	const u8 *raw_akid;
	size_t raw_akid_size;
	const void *akid_raw_issuer;
	size_t akid_raw_issuer_size;
};

void x509_free_certificate(struct x509_certificate *cert)
{
	if (cert) {
		public_key_free(cert->pub);
		public_key_signature_free(cert->sig);
		kfree(cert->issuer);
		kfree(cert->subject);
		kfree(cert->id);
		kfree(cert->skid);
		kfree(cert);
	}
}

/* AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL } */
static int x509_read_algo(struct asn1_cursor *c, enum OID *oid)
{
	struct asn1_cursor in;
	struct asn1_elem e;

	if (asn1_expect(c, ASN1_SEQUENCE, &e))
		return -EBADMSG;
	asn1_enter(&in, &e);
	if (asn1_expect(&in, ASN1_OID, &e))
		return -EBADMSG;
	*oid = look_up_OID(e.value, e.len);
	if (!asn1_at_end(&in) && asn1_read(&in, &e))
		return -EBADMSG;
	return asn1_at_end(&in) ? 0 : -EBADMSG;
}

/* The subject/issuer string: CN, "O: CN" unless CN repeats O, or O or email. */
static char *x509_fabricate_name(struct x509_parse_context *ctx)
{
	const u8 *name = ctx->email;
	size_t size = ctx->email_size;
	char *buffer;

	if (ctx->cn_size && ctx->o_size) {
		name = ctx->cn;
		size = ctx->cn_size;
		if (!(ctx->cn_size >= ctx->o_size &&
		      !memcmp(ctx->cn, ctx->o, ctx->o_size)) &&
		    !(ctx->cn_size >= 7 && ctx->o_size >= 7 &&
		      !memcmp(ctx->cn, ctx->o, 7))) {
			buffer = kmalloc(ctx->o_size + 2 + ctx->cn_size + 1, GFP_KERNEL);
			if (!buffer)
				return NULL;
			memcpy(buffer, ctx->o, ctx->o_size);
			memcpy(buffer + ctx->o_size, ": ", 2);
			memcpy(buffer + ctx->o_size + 2, ctx->cn, ctx->cn_size);
			buffer[ctx->o_size + 2 + ctx->cn_size] = 0;
			return buffer;
		}
	} else if (ctx->cn_size) {
		name = ctx->cn;
		size = ctx->cn_size;
	} else if (ctx->o_size) {
		name = ctx->o;
		size = ctx->o_size;
	}
	buffer = kmalloc(size + 1, GFP_KERNEL);
	if (buffer) {
		memcpy(buffer, name, size);
		buffer[size] = 0;
	}
	return buffer;
}

/* Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value ANY } */
static int x509_read_name(struct x509_parse_context *ctx, struct asn1_cursor *c,
			  const void **raw, unsigned int *raw_size, char **name)
{
	struct asn1_cursor rdns, avas, ava;
	struct asn1_elem e, set, seq;
	enum OID oid;

	if (asn1_expect(c, ASN1_SEQUENCE, &e))
		return -EBADMSG;
	*raw = e.value;
	*raw_size = e.len;
	ctx->cn_size = ctx->o_size = ctx->email_size = 0;
	for (asn1_enter(&rdns, &e); !asn1_at_end(&rdns); ) {
		if (asn1_expect(&rdns, ASN1_SET_OF, &set))
			return -EBADMSG;
		for (asn1_enter(&avas, &set); !asn1_at_end(&avas); ) {
			if (asn1_expect(&avas, ASN1_SEQUENCE, &seq))
				return -EBADMSG;
			asn1_enter(&ava, &seq);
			if (asn1_expect(&ava, ASN1_OID, &e))
				return -EBADMSG;
			oid = look_up_OID(e.value, e.len);
			if (asn1_read(&ava, &e) || !asn1_at_end(&ava))
				return -EBADMSG;
			if (oid == OID_commonName) {
				ctx->cn = e.value;
				ctx->cn_size = e.len;
			} else if (oid == OID_organizationName) {
				ctx->o = e.value;
				ctx->o_size = e.len;
			} else if (oid == OID_email_address) {
				ctx->email = e.value;
				ctx->email_size = e.len;
			}
		}
	}
	if (*name)
		return -EINVAL;
	*name = x509_fabricate_name(ctx);
	return *name ? 0 : -ENOMEM;
}

static const char *x509_sig_hash(enum OID oid)
{
	switch (oid) {
	case OID_md4WithRSAEncryption:		return "md4";
	case OID_sha1WithRSAEncryption:		return "sha1";
	case OID_sha256WithRSAEncryption:	return "sha256";
	case OID_sha384WithRSAEncryption:	return "sha384";
	case OID_sha512WithRSAEncryption:	return "sha512";
	case OID_sha224WithRSAEncryption:	return "sha224";
	default:				return NULL;
	}
}

/*
 * x509_note_sig_algo(). Only RSA signatures are verifiable here; the
 * ECDSA, EC-RDSA and SM2 ones Linux knows are kept as unsupported.
 */
static int x509_note_sig_algo(struct x509_parse_context *ctx, enum OID oid)
{
	struct public_key_signature *sig = ctx->cert->sig;

	sig->hash_algo = x509_sig_hash(oid);
	if (!sig->hash_algo)
		return -ENOPKG;
	sig->pkey_algo = "rsa";
	sig->encoding = "pkcs1";
	ctx->sig_algo = oid;
	return 0;
}

/* Validity ::= SEQUENCE { notBefore Time, notAfter Time } */
static int x509_read_validity(struct x509_parse_context *ctx, struct asn1_cursor *c)
{
	struct asn1_cursor in;
	struct asn1_elem e;
	int ret;

	if (asn1_expect(c, ASN1_SEQUENCE, &e))
		return -EBADMSG;
	asn1_enter(&in, &e);
	if (asn1_read(&in, &e))
		return -EBADMSG;
	ret = x509_decode_time(&ctx->cert->valid_from, e.tag, e.value, e.len);
	if (ret)
		return ret;
	if (asn1_read(&in, &e))
		return -EBADMSG;
	ret = x509_decode_time(&ctx->cert->valid_to, e.tag, e.value, e.len);
	if (ret)
		return ret;
	return asn1_at_end(&in) ? 0 : -EBADMSG;
}

/* SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier, BIT STRING } */
static int x509_read_key(struct x509_parse_context *ctx, struct asn1_cursor *c)
{
	struct asn1_cursor in;
	struct asn1_elem e;

	if (asn1_expect(c, ASN1_SEQUENCE, &e))
		return -EBADMSG;
	asn1_enter(&in, &e);
	if (x509_read_algo(&in, &ctx->key_algo) ||
	    asn1_expect(&in, ASN1_BTS, &e) || !asn1_at_end(&in))
		return -EBADMSG;
	if (ctx->key_algo != OID_rsaEncryption)
		return -ENOPKG;		/* Linux also takes EC and GOST keys */
	ctx->cert->pub->pkey_algo = "rsa";
	if (e.len < 1 || e.value[0] != 0)
		return -EBADMSG;
	ctx->key = e.value + 1;
	ctx->key_size = e.len - 1;
	return 0;
}

/* x509_process_extension(): the subject and authority key identifiers. */
static int x509_process_extension(struct x509_parse_context *ctx, enum OID oid,
				  const u8 *v, size_t vlen)
{
	struct x509_certificate *cert = ctx->cert;
	struct asymmetric_key_id *kid;

	if (oid == OID_subjectKeyIdentifier) {
		if (cert->skid || vlen < 3)
			return -EBADMSG;
		if (v[0] != ASN1_OTS || v[1] != vlen - 2)
			return -EBADMSG;
		cert->raw_skid = v + 2;
		cert->raw_skid_size = vlen - 2;
		kid = asymmetric_key_generate_id(v + 2, vlen - 2, "", 0);
		if (IS_ERR(kid))
			return PTR_ERR(kid);
		cert->skid = kid;
	} else if (oid == OID_authorityKeyIdentifier) {
		ctx->raw_akid = v;
		ctx->raw_akid_size = vlen;
	}
	return 0;
}

/* [3] EXPLICIT SEQUENCE OF SEQUENCE { OID, BOOLEAN DEFAULT, OCTET STRING } */
static int x509_read_extensions(struct x509_parse_context *ctx, struct asn1_elem *ext)
{
	struct asn1_cursor outer, list, in;
	struct asn1_elem e;
	enum OID oid;
	int ret;

	asn1_enter(&outer, ext);
	if (asn1_expect(&outer, ASN1_SEQUENCE, &e) || !asn1_at_end(&outer))
		return -EBADMSG;
	for (asn1_enter(&list, &e); !asn1_at_end(&list); ) {
		if (asn1_expect(&list, ASN1_SEQUENCE, &e))
			return -EBADMSG;
		asn1_enter(&in, &e);
		if (asn1_expect(&in, ASN1_OID, &e))
			return -EBADMSG;
		oid = look_up_OID(e.value, e.len);
		if (asn1_next_is(&in, ASN1_BOOL) && asn1_read(&in, &e))
			return -EBADMSG;
		if (asn1_expect(&in, ASN1_OTS, &e) || !asn1_at_end(&in))
			return -EBADMSG;
		ret = x509_process_extension(ctx, oid, e.value, e.len);
		if (ret)
			return ret;
	}
	return 0;
}

static int x509_read_tbs(struct x509_parse_context *ctx, const struct asn1_elem *tbs)
{
	struct x509_certificate *cert = ctx->cert;
	struct asn1_cursor c;
	struct asn1_elem e;
	enum OID oid;
	int ret;

	cert->tbs = tbs->hdr;
	cert->tbs_size = tbs->hdrlen + tbs->len;
	asn1_enter(&c, tbs);
	if (asn1_next_is(&c, ASN1_CONT_CONS(0)) && asn1_read(&c, &e))
		return -EBADMSG;		/* version */
	if (asn1_expect(&c, ASN1_INT, &e))
		return -EBADMSG;
	cert->raw_serial = e.value;
	cert->raw_serial_size = e.len;
	if (x509_read_algo(&c, &oid))
		return -EBADMSG;
	ret = x509_note_sig_algo(ctx, oid);
	if (ret)
		return ret;
	ret = x509_read_name(ctx, &c, &cert->raw_issuer, &cert->raw_issuer_size,
			     &cert->issuer);
	if (ret)
		return ret;
	cert->sig->auth_ids[2] = asymmetric_key_generate_id(cert->raw_issuer,
							    cert->raw_issuer_size, "", 0);
	if (IS_ERR(cert->sig->auth_ids[2])) {
		ret = PTR_ERR(cert->sig->auth_ids[2]);
		cert->sig->auth_ids[2] = NULL;
		return ret;
	}
	ret = x509_read_validity(ctx, &c);
	if (ret)
		return ret;
	ret = x509_read_name(ctx, &c, &cert->raw_subject, &cert->raw_subject_size,
			     &cert->subject);
	if (ret)
		return ret;
	ret = x509_read_key(ctx, &c);
	if (ret)
		return ret;
	if (asn1_next_is(&c, ASN1_CONT_TAG(1)) && asn1_read(&c, &e))
		return -EBADMSG;		/* issuerUniqueID */
	if (asn1_next_is(&c, ASN1_CONT_TAG(2)) && asn1_read(&c, &e))
		return -EBADMSG;		/* subjectUniqueID */
	if (asn1_next_is(&c, ASN1_CONT_CONS(3))) {
		if (asn1_read(&c, &e))
			return -EBADMSG;
		ret = x509_read_extensions(ctx, &e);
		if (ret)
			return ret;
	}
	return asn1_at_end(&c) ? 0 : -EBADMSG;
}

/* Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature } */
static int x509_read_certificate(struct x509_parse_context *ctx, const void *data,
				 size_t datalen)
{
	struct asn1_cursor top, c;
	struct asn1_elem e;
	enum OID oid;
	int ret;

	asn1_init(&top, data, datalen);
	if (asn1_expect(&top, ASN1_SEQUENCE, &e))
		return -EBADMSG;
	asn1_enter(&c, &e);
	if (asn1_expect(&c, ASN1_SEQUENCE, &e))
		return -EBADMSG;
	ret = x509_read_tbs(ctx, &e);
	if (ret)
		return ret;
	if (x509_read_algo(&c, &oid))
		return -EBADMSG;
	if (asn1_expect(&c, ASN1_BTS, &e) || !asn1_at_end(&c))
		return -EBADMSG;
	if (oid != ctx->sig_algo) {
		pr_warn("signatureAlgorithm (%u) differs from tbsCertificate.signature (%u)\n",
			oid, ctx->sig_algo);
		return -EINVAL;
	}
	if (e.len < 1 || e.value[0] != 0)
		return -EBADMSG;	/* unused bits in the BIT STRING */
	ctx->cert->raw_sig = e.value + 1;
	ctx->cert->raw_sig_size = e.len - 1;
	return 0;
}

/*
 * AuthorityKeyIdentifier ::= SEQUENCE { [0] keyIdentifier, [1] GeneralNames
 * (directoryName [4] Name), [2] serialNumber } (x509_akid.asn1).
 */
static int x509_read_akid(struct x509_parse_context *ctx)
{
	struct public_key_signature *sig = ctx->cert->sig;
	struct asn1_cursor c, names, dir;
	struct asn1_elem e, name;
	struct asymmetric_key_id *kid;

	asn1_init(&c, ctx->raw_akid, ctx->raw_akid_size);
	if (asn1_expect(&c, ASN1_SEQUENCE, &e))
		return -EBADMSG;
	asn1_enter(&c, &e);
	if (asn1_next_is(&c, ASN1_CONT_TAG(0))) {
		if (asn1_read(&c, &e))
			return -EBADMSG;
		kid = asymmetric_key_generate_id(e.value, e.len, "", 0);
		if (IS_ERR(kid))
			return PTR_ERR(kid);
		sig->auth_ids[1] = kid;
	}
	if (asn1_next_is(&c, ASN1_CONT_CONS(1))) {
		if (asn1_read(&c, &e))
			return -EBADMSG;
		for (asn1_enter(&names, &e); !asn1_at_end(&names); ) {
			if (asn1_read(&names, &name))
				return -EBADMSG;
			if (name.tag != ASN1_CONT_CONS(4))
				continue;
			asn1_enter(&dir, &name);
			if (asn1_expect(&dir, ASN1_SEQUENCE, &e))
				return -EBADMSG;
			ctx->akid_raw_issuer = e.value;
			ctx->akid_raw_issuer_size = e.len;
		}
	}
	if (asn1_next_is(&c, ASN1_CONT_TAG(2))) {
		if (asn1_read(&c, &e))
			return -EBADMSG;
		if (ctx->akid_raw_issuer) {
			kid = asymmetric_key_generate_id(e.value, e.len,
							 ctx->akid_raw_issuer,
							 ctx->akid_raw_issuer_size);
			if (IS_ERR(kid))
				return PTR_ERR(kid);
			sig->auth_ids[0] = kid;
		}
	}
	return asn1_at_end(&c) ? 0 : -EBADMSG;
}

struct x509_certificate *x509_cert_parse(const void *data, size_t datalen)
{
	struct x509_parse_context *ctx = NULL;
	struct x509_certificate *cert;
	struct asymmetric_key_id *kid;
	long ret = -ENOMEM;

	cert = kzalloc(sizeof(*cert), GFP_KERNEL);
	if (!cert)
		return ERR_PTR(-ENOMEM);
	cert->pub = kzalloc(sizeof(*cert->pub), GFP_KERNEL);
	cert->sig = kzalloc(sizeof(*cert->sig), GFP_KERNEL);
	ctx = kzalloc(sizeof(*ctx), GFP_KERNEL);
	if (!cert->pub || !cert->sig || !ctx)
		goto error;
	ctx->cert = cert;
	ctx->data = data;

	ret = x509_read_certificate(ctx, data, datalen);
	if (ret)
		goto error;
	if (ctx->raw_akid) {
		ret = x509_read_akid(ctx);
		if (ret) {
			pr_warn("Couldn't decode AuthKeyIdentifier\n");
			goto error;
		}
	}
	ret = -ENOMEM;
	cert->pub->key = kmemdup(ctx->key, ctx->key_size, GFP_KERNEL);
	if (!cert->pub->key)
		goto error;
	cert->pub->keylen = ctx->key_size;

	ret = x509_get_sig_params(cert);
	if (ret)
		goto error;
	kid = asymmetric_key_generate_id(cert->raw_serial, cert->raw_serial_size,
					 cert->raw_issuer, cert->raw_issuer_size);
	if (IS_ERR(kid)) {
		ret = PTR_ERR(kid);
		goto error;
	}
	cert->id = kid;
	ret = x509_check_for_self_signed(cert);
	if (ret)
		goto error;
	kfree(ctx);
	return cert;
error:
	kfree(ctx);
	x509_free_certificate(cert);
	return ERR_PTR(ret);
}

/* days since 1970-01-01 of a proleptic Gregorian date */
static s64 days_from_civil(int y, unsigned int m, unsigned int d)
{
	int era;
	unsigned int yoe, doy;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	return (s64)era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static int dd2bin(const unsigned char **p, unsigned int *out)
{
	unsigned char a = (*p)[0] - '0', b = (*p)[1] - '0';

	if (a > 9 || b > 9)
		return -EBADMSG;
	*out = a * 10 + b;
	*p += 2;
	return 0;
}

/* UTCTime YYMMDDHHMMSSZ or GeneralizedTime YYYYMMDDHHMMSSZ, checked as Linux. */
int x509_decode_time(time64_t *t, unsigned char tag, const unsigned char *value,
		     size_t vlen)
{
	static const unsigned char month_lengths[] = { 31, 28, 31, 30, 31, 30,
						       31, 31, 30, 31, 30, 31 };
	const unsigned char *p = value;
	unsigned int year, cent, mon, day, hour, min, sec, mon_len;

	if (tag == ASN1_UNITIM) {
		if (vlen != 13 || dd2bin(&p, &year))
			return -EBADMSG;
		year += year >= 50 ? 1900 : 2000;
	} else if (tag == ASN1_GENTIM) {
		if (vlen != 15 || dd2bin(&p, &cent) || dd2bin(&p, &year))
			return -EBADMSG;
		year += cent * 100;
		if (year >= 1950 && year <= 2049)
			return -EBADMSG;	/* must be a UTCTime */
	} else {
		return -EBADMSG;
	}
	if (dd2bin(&p, &mon) || dd2bin(&p, &day) || dd2bin(&p, &hour) ||
	    dd2bin(&p, &min) || dd2bin(&p, &sec) || *p != 'Z')
		return -EBADMSG;
	if (year < 1970 || mon < 1 || mon > 12)
		return -EBADMSG;
	mon_len = month_lengths[mon - 1];
	if (mon == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
		mon_len = 29;
	if (day < 1 || day > mon_len || hour > 24 || min > 59 || sec > 60)
		return -EBADMSG;
	*t = days_from_civil(year, mon, day) * 86400 + hour * 3600 + min * 60 + sec;
	return 0;
}
