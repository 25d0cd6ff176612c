/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Asymmetric keys: what Linux's key type "asymmetric" holds for an X.509
 * certificate (struct key: linux/key.h).
 */
#ifndef _KEYS_ASYMMETRIC_TYPE_H
#define _KEYS_ASYMMETRIC_TYPE_H

#include <linux/key.h>
#include <linux/list.h>
#include <linux/types.h>

/* Binary identifiers: issuer + serial, or a subjectKeyIdentifier. */
struct asymmetric_key_id {
	unsigned short len;
	unsigned char data[];
};

struct asymmetric_key_ids {
	struct asymmetric_key_id *id[3];	/* issuer+serial, skid, subject */
};

struct public_key;
struct public_key_signature;

extern struct key_type key_type_asymmetric;

struct asymmetric_key_id *asymmetric_key_generate_id(const void *val_1, size_t len_1,
						     const void *val_2, size_t len_2);
bool asymmetric_key_id_same(const struct asymmetric_key_id *kid1,
			    const struct asymmetric_key_id *kid2);
struct key *find_asymmetric_key(struct key *keyring,
				const struct asymmetric_key_id *id_0,
				const struct asymmetric_key_id *id_1,
				const struct asymmetric_key_id *id_2);
struct key *x509_key_create(struct key *keyring, const void *data, size_t datalen);
int x509_load_certificate_list(const u8 cert_list[], unsigned long list_size,
			       struct key *keyring);
int verify_signature(const struct key *key, const struct public_key_signature *sig);

#endif /* _KEYS_ASYMMETRIC_TYPE_H */
