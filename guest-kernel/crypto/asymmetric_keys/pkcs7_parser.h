/* SPDX-License-Identifier: GPL-2.0 */
/* A parsed PKCS#7 SignedData message, as Linux's pkcs7_parser.h. */
#ifndef _PKCS7_PARSER_H
#define _PKCS7_PARSER_H

#include <linux/oid_registry.h>
#include <linux/verification.h>
#include "x509_parser.h"

struct pkcs7_signed_info {
	struct pkcs7_signed_info *next;
	struct x509_certificate *signer;	/* from the message's certs */
	unsigned int index;
	bool unsupported_crypto;
	bool blacklisted;
	const void *msgdigest;			/* authenticated attributes */
	unsigned int msgdigest_len;
	unsigned int authattrs_len;
	const void *authattrs;
	unsigned long aa_set;
#define	sinfo_has_content_type		0
#define	sinfo_has_signing_time		1
#define	sinfo_has_message_digest	2
#define sinfo_has_smime_caps		3
#define	sinfo_has_ms_opus_info		4
#define	sinfo_has_ms_statement_type	5
	time64_t signing_time;
	struct public_key_signature *sig;
};

struct pkcs7_message {
	struct x509_certificate *certs;
	struct pkcs7_signed_info *signed_infos;
	u8 version;
	bool have_authattrs;
	enum OID data_type;
	size_t data_len;
	size_t data_hdrlen;
	const void *data;		/* content, or the detached data */
};

struct pkcs7_message *pkcs7_parse_message(const void *data, size_t datalen);
void pkcs7_free_message(struct pkcs7_message *pkcs7);
int pkcs7_supply_detached_data(struct pkcs7_message *pkcs7, const void *data,
			       size_t datalen);
int pkcs7_verify(struct pkcs7_message *pkcs7, enum key_being_used_for usage);
int pkcs7_validate_trust(struct pkcs7_message *pkcs7, struct key *trust_keyring);

#endif /* _PKCS7_PARSER_H */
