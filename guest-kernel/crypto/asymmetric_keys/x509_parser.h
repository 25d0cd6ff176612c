/* SPDX-License-Identifier: GPL-2.0 */
/* A parsed X.509 certificate, as Linux's crypto/asymmetric_keys/x509_parser.h. */
#ifndef _X509_PARSER_H
#define _X509_PARSER_H

#include <crypto/public_key.h>
#include <linux/types.h>

struct x509_certificate {
	struct x509_certificate *next;
	struct x509_certificate *signer;	/* the one that signed this */
	struct public_key *pub;
	struct public_key_signature *sig;	/* over the TBS part */
	char *issuer;				/* fabricated "O: CN" names */
	char *subject;
	struct asymmetric_key_id *id;		/* issuer + serial */
	struct asymmetric_key_id *skid;
	time64_t valid_from;
	time64_t valid_to;
	const void *tbs;
	unsigned int tbs_size;
	unsigned int raw_sig_size;
	const void *raw_sig;
	const void *raw_serial;
	unsigned int raw_serial_size;
	unsigned int raw_issuer_size;
	const void *raw_issuer;			/* contents of the Name */
	const void *raw_subject;
	unsigned int raw_subject_size;
	unsigned int raw_skid_size;
	const void *raw_skid;
	unsigned int index;
	bool seen;
	bool verified;
	bool self_signed;
	bool unsupported_sig;
	bool blacklisted;
};

struct x509_certificate *x509_cert_parse(const void *data, size_t datalen);
void x509_free_certificate(struct x509_certificate *cert);
int x509_decode_time(time64_t *t, unsigned char tag, const unsigned char *value,
		     size_t vlen);
int x509_get_sig_params(struct x509_certificate *cert);
int x509_check_for_self_signed(struct x509_certificate *cert);

#endif /* _X509_PARSER_H */
