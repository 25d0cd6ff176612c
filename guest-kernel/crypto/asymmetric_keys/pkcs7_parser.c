// SPDX-License-Identifier: GPL-2.0
/*
 * PKCS#7 (RFC 2315) / CMS (RFC 5652) SignedData parser, walking Linux's
 * pkcs7.asn1 grammar and doing what its actions do, with their messages
 * and errors. Malformed DER is -EBADMSG.
 */
#define pr_fmt(fmt) "PKCS7: " fmt
#include <linux/asn1_decoder.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "pkcs7_parser.h"

struct pkcs7_parse_context {
	struct pkcs7_message *msg;
	struct pkcs7_signed_info *sinfo;	/* being built */
	struct pkcs7_signed_info **ppsinfo;
	const u8 *data;				/* start of the message */
	enum OID last_oid;
	unsigned int x509_index;
	unsigned int sinfo_index;
	const void *raw_serial;
	unsigned int raw_serial_size;
	unsigned int raw_issuer_size;
	const void *raw_issuer;
	const void *raw_skid;
	unsigned int raw_skid_size;
	bool expect_skid;
};

static void pkcs7_free_signed_info(struct pkcs7_signed_info *sinfo)
{
	if (sinfo) {
		public_key_signature_free(sinfo->sig);
		kfree(sinfo);
	}
}

void pkcs7_free_message(struct pkcs7_message *pkcs7)
{
	struct x509_certificate *cert;
	struct pkcs7_signed_info *sinfo;

	if (!pkcs7)
		return;
	while (pkcs7->certs) {
		cert = pkcs7->certs;
		pkcs7->certs = cert->next;
		x509_free_certificate(cert);
	}
	while (pkcs7->signed_infos) {
		sinfo = pkcs7->signed_infos;
		pkcs7->signed_infos = sinfo->next;
		pkcs7_free_signed_info(sinfo);
	}
	kfree(pkcs7);
}

static int pkcs7_new_sinfo(struct pkcs7_parse_context *ctx)
{
	ctx->sinfo = kzalloc(sizeof(*ctx->sinfo), GFP_KERNEL);
	if (!ctx->sinfo)
		return -ENOMEM;
	ctx->sinfo->sig = kzalloc(sizeof(*ctx->sinfo->sig), GFP_KERNEL);
	return ctx->sinfo->sig ? 0 : -ENOMEM;
}

/* pkcs7_note_OID(): every OID the grammar notes; unknown ones are reported. */
static void pkcs7_note_OID(struct pkcs7_parse_context *ctx, const struct asn1_elem *e)
{
	char buffer[50];

	ctx->last_oid = look_up_OID(e->value, e->len);
	if (ctx->last_oid == OID__NR) {
		sprint_oid(e->value, e->len, buffer, sizeof(buffer));
		printk("PKCS7: Unknown OID: [%lu] %s\n",
		       (unsigned long)(e->value - ctx->data), buffer);
	}
}

static int pkcs7_read_OID(struct pkcs7_parse_context *ctx, struct asn1_cursor *c)
{
	struct asn1_elem e;

	if (asn1_expect(c, ASN1_OID, &e))
		return -EBADMSG;
	pkcs7_note_OID(ctx, &e);
	return 0;
}

/* SEQUENCE { algorithm OID, parameters ANY OPTIONAL } */
static int pkcs7_read_algo(struct pkcs7_parse_context *ctx, struct asn1_cursor *c)
{
	struct asn1_cursor in;
	struct asn1_elem e;
	int ret;

	if (asn1_expect(c, ASN1_SEQUENCE, &e))
		return -EBADMSG;
	asn1_enter(&in, &e);
	ret = pkcs7_read_OID(ctx, &in);
	if (ret)
		return ret;
	if (!asn1_at_end(&in) && asn1_read(&in, &e))
		return -EBADMSG;
	return asn1_at_end(&in) ? 0 : -EBADMSG;
}

/* A SET OF or SEQUENCE OF: either tag opens the list. */
static int pkcs7_read_list(struct asn1_cursor *c, struct asn1_cursor *list)
{
	struct asn1_elem e;

	if (asn1_read(c, &e) || (e.tag != ASN1_SET_OF && e.tag != ASN1_SEQUENCE))
		return -EBADMSG;
	asn1_enter(list, &e);
	return 0;
}

/* Name ::= SEQUENCE OF SET OF SEQUENCE { OID, ANY }, noting each OID. */
static int pkcs7_read_name(struct pkcs7_parse_context *ctx, struct asn1_cursor *c)
{
	struct asn1_cursor rdns, avas, ava;
	struct asn1_elem name, set, seq, e;
	int ret;

	if (asn1_expect(c, ASN1_SEQUENCE, &name))
		return -EBADMSG;
	for (asn1_enter(&rdns, &name); !asn1_at_end(&rdns); ) {
		if (asn1_expect(&rdns, ASN1_SET_OF, &set))
			return -EBADMSG;
		for (asn1_enter(&avas, &set); !asn1_at_end(&avas); ) {
			if (asn1_expect(&avas, ASN1_SEQUENCE, &seq))
				return -EBADMSG;
			asn1_enter(&ava, &seq);
			ret = pkcs7_read_OID(ctx, &ava);
			if (ret)
				return ret;
			if (asn1_read(&ava, &e) || !asn1_at_end(&ava))
				return -EBADMSG;
		}
	}
	ctx->raw_issuer = name.value;
	ctx->raw_issuer_size = name.len;
	return 0;
}

static int pkcs7_version(const struct asn1_elem *e, unsigned int *version)
{
	if (e->len != 1)
		return -EINVAL;
	*version = e->value[0];
	return *version == 1 || *version == 3 ? 0 : -EINVAL;
}

static int pkcs7_note_signeddata_version(struct pkcs7_parse_context *ctx,
					 const struct asn1_elem *e)
{
	unsigned int version;

	if (pkcs7_version(e, &version)) {
		pr_warn("Unsupported SignedData version\n");
		return -EINVAL;
	}
	ctx->msg->version = version;
	return 0;
}

static int pkcs7_note_signerinfo_version(struct pkcs7_parse_context *ctx,
					 const struct asn1_elem *e)
{
	unsigned int version;

	if (pkcs7_version(e, &version)) {
		pr_warn("Unsupported SignerInfo version\n");
		return -EINVAL;
	}
	/* PKCS#7 and CMS v1 name the signer by issuer+serial, CMS v3 by skid */
	if ((version == 1) != (ctx->msg->version == 1)) {
		pr_warn("SignedData-SignerInfo version mismatch\n");
		return -EBADMSG;
	}
	ctx->expect_skid = version == 3;
	return 0;
}

/* ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT ANY OPTIONAL } */
static int pkcs7_read_content(struct pkcs7_parse_context *ctx, struct asn1_cursor *c)
{
	struct asn1_cursor in, ex;
	struct asn1_elem e;

	if (asn1_expect(c, ASN1_SEQUENCE, &e))
		return -EBADMSG;
	asn1_enter(&in, &e);
	if (asn1_expect(&in, ASN1_OID, &e))
		return -EBADMSG;
	/* the ContentType type and this field both carry pkcs7_note_OID */
	pkcs7_note_OID(ctx, &e);
	pkcs7_note_OID(ctx, &e);
	if (asn1_next_is(&in, ASN1_CONT_CONS(0))) {
		if (asn1_read(&in, &e))
			return -EBADMSG;
		asn1_enter(&ex, &e);
		if (asn1_read(&ex, &e) || !asn1_at_end(&ex))
			return -EBADMSG;
		ctx->msg->data = e.value;		/* pkcs7_note_data() */
		ctx->msg->data_len = e.len;
		ctx->msg->data_hdrlen = e.hdrlen;
	}
	if (!asn1_at_end(&in))
		return -EBADMSG;
	if (ctx->last_oid != OID_data && ctx->last_oid != OID_msIndirectData) {
		pr_warn("Unsupported data type %d\n", ctx->last_oid);
		return -EINVAL;
	}
	ctx->msg->data_type = ctx->last_oid;
	return 0;
}

/* certificates [0] or [2] IMPLICIT SET OF Certificate: pkcs7_extract_cert() */
static int pkcs7_read_certs(struct pkcs7_parse_context *ctx, const struct asn1_elem *set)
{
	struct x509_certificate *x509, **pp = &ctx->msg->certs;
	struct asn1_cursor c;
	struct asn1_elem e;

	for (asn1_enter(&c, set); !asn1_at_end(&c); ) {
		if (asn1_read(&c, &e))
			return -EBADMSG;
		if (e.tag != ASN1_SEQUENCE)
			return -EBADMSG;
		x509 = x509_cert_parse(e.hdr, e.hdrlen + e.len);
		if (IS_ERR(x509))
			return PTR_ERR(x509);
		x509->index = ++ctx->x509_index;
		while (*pp)
			pp = &(*pp)->next;
		*pp = x509;
	}
	return 0;
}

static int pkcs7_sig_note_digest_algo(struct pkcs7_parse_context *ctx)
{
	static const struct { enum OID oid; const char *name; } algos[] = {
		{ OID_md4, "md4" }, { OID_md5, "md5" }, { OID_sha1, "sha1" },
		{ OID_sha256, "sha256" }, { OID_sha384, "sha384" },
		{ OID_sha512, "sha512" }, { OID_sha224, "sha224" },
		{ OID_sm3, "sm3" }, { OID_gost2012Digest256, "streebog256" },
		{ OID_gost2012Digest512, "streebog512" },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(algos); i++) {
		if (algos[i].oid == ctx->last_oid) {
			ctx->sinfo->sig->hash_algo = algos[i].name;
			return 0;
		}
	}
	printk("Unsupported digest algo: %u\n", ctx->last_oid);
	return -ENOPKG;
}

static int pkcs7_sig_note_pkey_algo(struct pkcs7_parse_context *ctx)
{
	struct public_key_signature *sig = ctx->sinfo->sig;

	switch (ctx->last_oid) {
	case OID_rsaEncryption:
		sig->pkey_algo = "rsa";
		sig->encoding = "pkcs1";
		return 0;
	case OID_id_ecdsa_with_sha1:
	case OID_id_ecdsa_with_sha224:
	case OID_id_ecdsa_with_sha256:
	case OID_id_ecdsa_with_sha384:
	case OID_id_ecdsa_with_sha512:
		sig->pkey_algo = "ecdsa";
		sig->encoding = "x962";
		return 0;
	case OID_SM2_with_SM3:
		sig->pkey_algo = "sm2";
		sig->encoding = "raw";
		return 0;
	case OID_gost2012PKey256:
	case OID_gost2012PKey512:
		sig->pkey_algo = "ecrdsa";
		sig->encoding = "raw";
		return 0;
	default:
		printk("Unsupported pkey algo: %u\n", ctx->last_oid);
		return -ENOPKG;
	}
}

/* One value of an authenticated attribute: pkcs7_sig_note_authenticated_attr() */
static int pkcs7_note_authattr(struct pkcs7_parse_context *ctx, const struct asn1_elem *e)
{
	struct pkcs7_signed_info *sinfo = ctx->sinfo;
	bool authenticode = ctx->msg->data_type == OID_msIndirectData;
	enum OID content_type;
	int bit;

	switch (ctx->last_oid) {
	case OID_contentType:		bit = sinfo_has_content_type; break;
	case OID_signingTime:		bit = sinfo_has_signing_time; break;
	case OID_messageDigest:		bit = sinfo_has_message_digest; break;
	case OID_smimeCapabilites:	bit = sinfo_has_smime_caps; break;
	case OID_msSpOpusInfo:		bit = sinfo_has_ms_opus_info; break;
	case OID_msStatementType:	bit = sinfo_has_ms_statement_type; break;
	default:			return 0;
	}
	if (sinfo->aa_set & (1UL << bit)) {
		pr_warn("Repeated/multivalue AuthAttrs not permitted\n");
		return -EKEYREJECTED;
	}
	sinfo->aa_set |= 1UL << bit;

	switch (ctx->last_oid) {
	case OID_contentType:
		content_type = look_up_OID(e->value, e->len);
		if (content_type != ctx->msg->data_type) {
			pr_warn("Mismatch between global data type (%d) and sinfo %u (%d)\n",
				ctx->msg->data_type, sinfo->index, content_type);
			return -EBADMSG;
		}
		return 0;
	case OID_signingTime:
		return x509_decode_time(&sinfo->signing_time, e->tag, e->value, e->len);
	case OID_messageDigest:
		if (e->tag != ASN1_OTS)
			return -EBADMSG;
		sinfo->msgdigest = e->value;
		sinfo->msgdigest_len = e->len;
		return 0;
	case OID_smimeCapabilites:
		if (!authenticode) {
			pr_warn("S/MIME Caps only allowed with Authenticode\n");
			return -EKEYREJECTED;
		}
		return 0;
	default:
		if (!authenticode) {
			pr_warn("Authenticode AuthAttrs only allowed with Authenticode\n");
			return -EKEYREJECTED;
		}
		return 0;
	}
}

/* SET OF AuthenticatedAttribute ::= SEQUENCE { type OID, values SET OF ANY } */
static int pkcs7_read_authattrs(struct pkcs7_parse_context *ctx, const struct asn1_elem *aa)
{
	struct pkcs7_signed_info *sinfo = ctx->sinfo;
	struct asn1_cursor list, attr, values;
	struct asn1_elem e;
	int ret;

	asn1_enter(&list, aa);
	if (aa->tag == ASN1_CONT_CONS(2)) {	/* [2] EXPLICIT SEQUENCE OF */
		if (asn1_expect(&list, ASN1_SEQUENCE, &e) || !asn1_at_end(&list))
			return -EBADMSG;
		asn1_enter(&list, &e);
	}
	while (!asn1_at_end(&list)) {
		if (asn1_expect(&list, ASN1_SEQUENCE, &e))
			return -EBADMSG;
		asn1_enter(&attr, &e);
		ret = pkcs7_read_OID(ctx, &attr);
		if (ret)
			return ret;
		if (asn1_expect(&attr, ASN1_SET_OF, &e) || !asn1_at_end(&attr))
			return -EBADMSG;
		for (asn1_enter(&values, &e); !asn1_at_end(&values); ) {
			if (asn1_read(&values, &e))
				return -EBADMSG;
			ret = pkcs7_note_authattr(ctx, &e);
			if (ret)
				return ret;
		}
	}
	if (aa->tag != ASN1_CONT_CONS(0))
		return 0;	/* only the SET form is kept for digesting */

	/* pkcs7_sig_note_set_of_authattrs() */
	if (!(sinfo->aa_set & (1UL << sinfo_has_content_type)) ||
	    !(sinfo->aa_set & (1UL << sinfo_has_message_digest))) {
		pr_warn("Missing required AuthAttr\n");
		return -EBADMSG;
	}
	if (ctx->msg->data_type != OID_msIndirectData &&
	    sinfo->aa_set & (1UL << sinfo_has_ms_opus_info)) {
		pr_warn("Unexpected Authenticode AuthAttr\n");
		return -EBADMSG;
	}
	/* digested as a SET OF: the [0] tag byte is replaced then */
	sinfo->authattrs = aa->value - (aa->hdrlen - 1);
	sinfo->authattrs_len = aa->len + (aa->hdrlen - 1);
	return 0;
}

/* pkcs7_note_signed_info(): the signer's ID, and on to the next SignerInfo. */
static int pkcs7_note_signed_info(struct pkcs7_parse_context *ctx)
{
	struct pkcs7_signed_info *sinfo = ctx->sinfo;
	struct asymmetric_key_id *kid;

	if (ctx->msg->data_type == OID_msIndirectData && !sinfo->authattrs) {
		pr_warn("Authenticode requires AuthAttrs\n");
		return -EBADMSG;
	}
	if (!ctx->expect_skid)
		kid = asymmetric_key_generate_id(ctx->raw_serial, ctx->raw_serial_size,
						 ctx->raw_issuer, ctx->raw_issuer_size);
	else
		kid = asymmetric_key_generate_id(ctx->raw_skid, ctx->raw_skid_size,
						 "", 0);
	if (IS_ERR(kid))
		return PTR_ERR(kid);
	sinfo->sig->auth_ids[0] = kid;
	sinfo->index = ++ctx->sinfo_index;
	*ctx->ppsinfo = sinfo;
	ctx->ppsinfo = &sinfo->next;
	return pkcs7_new_sinfo(ctx);
}

static int pkcs7_read_signer_info(struct pkcs7_parse_context *ctx, struct asn1_cursor *c)
{
	struct asn1_cursor in, sid;
	struct asn1_elem e;
	int ret;

	if (asn1_expect(c, ASN1_SEQUENCE, &e))
		return -EBADMSG;
	asn1_enter(&in, &e);
	if (asn1_expect(&in, ASN1_INT, &e))
		return -EBADMSG;
	ret = pkcs7_note_signerinfo_version(ctx, &e);
	if (ret)
		return ret;

	if (asn1_read(&in, &e))
		return -EBADMSG;
	if (e.tag == ASN1_SEQUENCE) {		/* issuerAndSerialNumber */
		asn1_enter(&sid, &e);
		ret = pkcs7_read_name(ctx, &sid);
		if (ret)
			return ret;
		if (asn1_expect(&sid, ASN1_INT, &e) || !asn1_at_end(&sid))
			return -EBADMSG;
		ctx->raw_serial = e.value;
		ctx->raw_serial_size = e.len;
	} else if (e.tag == ASN1_CONT_TAG(0)) {	/* subjectKeyIdentifier */
		ctx->raw_skid = e.value;
		ctx->raw_skid_size = e.len;
	} else {
		return -EBADMSG;
	}

	ret = pkcs7_read_algo(ctx, &in);
	if (!ret)
		ret = pkcs7_sig_note_digest_algo(ctx);
	if (ret)
		return ret;
	if (asn1_next_is(&in, ASN1_CONT_CONS(0)) || asn1_next_is(&in, ASN1_CONT_CONS(2))) {
		if (asn1_read(&in, &e))
			return -EBADMSG;
		ret = pkcs7_read_authattrs(ctx, &e);
		if (ret)
			return ret;
	}
	ret = pkcs7_read_algo(ctx, &in);
	if (!ret)
		ret = pkcs7_sig_note_pkey_algo(ctx);
	if (ret)
		return ret;
	if (asn1_expect(&in, ASN1_OTS, &e))
		return -EBADMSG;
	ctx->sinfo->sig->s = kmemdup(e.value, e.len, GFP_KERNEL);
	if (!ctx->sinfo->sig->s)
		return -ENOMEM;
	ctx->sinfo->sig->s_size = e.len;
	if ((asn1_next_is(&in, ASN1_CONT_CONS(1)) || asn1_next_is(&in, ASN1_CONT_CONS(3))) &&
	    asn1_read(&in, &e))
		return -EBADMSG;		/* unauthenticatedAttributes */
	if (!asn1_at_end(&in))
		return -EBADMSG;
	return pkcs7_note_signed_info(ctx);
}

/* SignedData ::= SEQUENCE { version, digestAlgorithms, contentInfo,
 *	certificates OPTIONAL, crls OPTIONAL, signerInfos } */
static int pkcs7_read_signed_data(struct pkcs7_parse_context *ctx, struct asn1_cursor *c)
{
	struct asn1_cursor in, list;
	struct asn1_elem e;
	int ret;

	if (asn1_expect(c, ASN1_SEQUENCE, &e) || !asn1_at_end(c))
		return -EBADMSG;
	asn1_enter(&in, &e);
	if (asn1_expect(&in, ASN1_INT, &e))
		return -EBADMSG;
	ret = pkcs7_note_signeddata_version(ctx, &e);
	if (ret)
		return ret;
	if (pkcs7_read_list(&in, &list))
		return -EBADMSG;
	while (!asn1_at_end(&list)) {
		ret = pkcs7_read_algo(ctx, &list);
		if (ret)
			return ret;
	}
	ret = pkcs7_read_content(ctx, &in);
	if (ret)
		return ret;
	if (asn1_next_is(&in, ASN1_CONT_CONS(0)) || asn1_next_is(&in, ASN1_CONT_CONS(2))) {
		if (asn1_read(&in, &e))
			return -EBADMSG;
		ret = pkcs7_read_certs(ctx, &e);
		if (ret)
			return ret;
	}
	if ((asn1_next_is(&in, ASN1_CONT_CONS(1)) || asn1_next_is(&in, ASN1_CONT_CONS(3))) &&
	    asn1_read(&in, &e))
		return -EBADMSG;		/* crls: not used */
	if (pkcs7_read_list(&in, &list))
		return -EBADMSG;
	while (!asn1_at_end(&list)) {
		ret = pkcs7_read_signer_info(ctx, &list);
		if (ret)
			return ret;
	}
	return asn1_at_end(&in) ? 0 : -EBADMSG;
}

/* ContentInfo ::= SEQUENCE { contentType, content [0] EXPLICIT SignedData OPTIONAL } */
static int pkcs7_read_message(struct pkcs7_parse_context *ctx, const void *data,
			      size_t datalen)
{
	struct asn1_cursor top, in, ex;
	struct asn1_elem e;
	int ret;

	asn1_init(&top, data, datalen);
	if (asn1_expect(&top, ASN1_SEQUENCE, &e))
		return -EBADMSG;
	asn1_enter(&in, &e);
	ret = pkcs7_read_OID(ctx, &in);
	if (ret)
		return ret;
	if (ctx->last_oid != OID_signed_data) {
		pr_warn("Only support pkcs7_signedData type\n");
		return -EINVAL;
	}
	if (asn1_next_is(&in, ASN1_CONT_CONS(0))) {
		if (asn1_read(&in, &e))
			return -EBADMSG;
		asn1_enter(&ex, &e);
		ret = pkcs7_read_signed_data(ctx, &ex);
		if (ret)
			return ret;
	}
	return asn1_at_end(&in) ? 0 : -EBADMSG;
}

/* All signers must have authenticated attributes, or none. */
static int pkcs7_check_authattrs(struct pkcs7_message *msg)
{
	struct pkcs7_signed_info *sinfo = msg->signed_infos;
	bool want;

	if (!sinfo)
		goto inconsistent;
	want = sinfo->authattrs;
	msg->have_authattrs = want;
	for (sinfo = sinfo->next; sinfo; sinfo = sinfo->next)
		if (!!sinfo->authattrs != want)
			goto inconsistent;
	return 0;
inconsistent:
	pr_warn("Inconsistently supplied authAttrs\n");
	return -EINVAL;
}

struct pkcs7_message *pkcs7_parse_message(const void *data, size_t datalen)
{
	struct pkcs7_parse_context *ctx;
	struct pkcs7_message *msg;
	int ret = -ENOMEM;

	if (datalen > 65535)
		return ERR_PTR(-EMSGSIZE);	/* the limit of Linux's decoder */
	ctx = kzalloc(sizeof(*ctx), GFP_KERNEL);
	if (!ctx)
		return ERR_PTR(-ENOMEM);
	ctx->msg = kzalloc(sizeof(*ctx->msg), GFP_KERNEL);
	if (!ctx->msg || pkcs7_new_sinfo(ctx))
		goto out;
	ctx->data = data;
	ctx->ppsinfo = &ctx->msg->signed_infos;

	ret = pkcs7_read_message(ctx, data, datalen);
	if (!ret)
		ret = pkcs7_check_authattrs(ctx->msg);
out:
	pkcs7_free_signed_info(ctx->sinfo);
	msg = ctx->msg;
	kfree(ctx);
	if (ret) {
		pkcs7_free_message(msg);
		return ERR_PTR(ret);
	}
	return msg;
}
