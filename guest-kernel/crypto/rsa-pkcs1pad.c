// SPDX-License-Identifier: GPL-2.0
/*
 * RSASSA-PKCS1-v1_5 verification (RFC 8017 8.2.2), as Linux's
 * pkcs1pad(rsa,<hash>) template checks it: 00 01 FF..FF 00 DigestInfo H.
 */
#include <crypto/internal/rsa.h>
#include <crypto/internal/testmgr.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>

/* DER of DigestInfo ::= SEQUENCE { AlgorithmIdentifier, OCTET STRING }, up to H. */
struct rsa_asn1_template {
	const char *name;
	unsigned int size;
	const u8 data[19];
	bool registered;	/* pkcs1pad(rsa,<name>) instantiated */
};

#define TEMPLATE(n, ...) { #n, sizeof((const u8[]){ __VA_ARGS__ }), { __VA_ARGS__ } }

static struct rsa_asn1_template rsa_asn1_templates[] = {
	TEMPLATE(md5, 0x30, 0x20, 0x30, 0x0c, 0x06, 0x08, 0x2a, 0x86, 0x48, 0x86,
		 0xf7, 0x0d, 0x02, 0x05, 0x05, 0x00, 0x04, 0x10),
	TEMPLATE(sha1, 0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02,
		 0x1a, 0x05, 0x00, 0x04, 0x14),
	TEMPLATE(sha224, 0x30, 0x2d, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01,
		 0x65, 0x03, 0x04, 0x02, 0x04, 0x05, 0x00, 0x04, 0x1c),
	TEMPLATE(sha256, 0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01,
		 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20),
};

/*
 * The pkcs1pad(rsa,<hash>) instance, created (and self-tested by the
 * crypto manager) on first use, as crypto_alloc_akcipher() does.
 */
static const struct rsa_asn1_template *pkcs1pad_create(const char *hash)
{
	struct rsa_asn1_template *t;
	char alg[32], driver[40];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(rsa_asn1_templates); i++) {
		t = &rsa_asn1_templates[i];
		if (strcmp(t->name, hash))
			continue;
		if (!t->registered) {
			t->registered = true;
			snprintf(alg, sizeof(alg), "pkcs1pad(rsa,%s)", hash);
			snprintf(driver, sizeof(driver), "pkcs1pad(rsa-generic,%s)", hash);
			alg_test(driver, alg);
		}
		return t;
	}
	return NULL;
}

static int pkcs1pad_check(const u8 *em, unsigned int len,
			  const struct rsa_asn1_template *digest_info,
			  const u8 *digest, unsigned int digest_size)
{
	const unsigned int dilen = digest_info->size;
	unsigned int pos;

	if (em[0] != 0x00)
		return -EINVAL;
	if (em[1] != 0x01)
		return -EBADMSG;
	for (pos = 2; pos < len && em[pos] == 0xff; pos++)
		;
	if (pos < 10 || pos == len || em[pos] != 0x00)
		return -EBADMSG;	/* at least 8 bytes of FF */
	pos++;
	if (dilen > len - pos || memcmp(em + pos, digest_info->data, dilen))
		return -EBADMSG;
	pos += dilen;
	if (digest_size != len - pos || memcmp(em + pos, digest, digest_size))
		return -EKEYREJECTED;
	return 0;
}

int pkcs1pad_verify(const struct rsa_mpi_key *key, const char *hash_algo,
		    const u8 *sig, unsigned int sig_size,
		    const u8 *digest, unsigned int digest_size)
{
	const struct rsa_asn1_template *digest_info = pkcs1pad_create(hash_algo);
	unsigned int key_size = rsa_max_size(key);
	u8 *em;
	int ret;

	if (!digest_info)
		return -ENOPKG;		/* a hash the kernel cannot compute */
	if (!digest_size || !key_size || sig_size != key_size)
		return -EINVAL;
	em = kmalloc(key_size, GFP_KERNEL);
	if (!em)
		return -ENOMEM;
	ret = rsa_enc(key, sig, sig_size, em, key_size);
	if (!ret)
		ret = pkcs1pad_check(em, key_size, digest_info, digest, digest_size);
	kfree(em);
	return ret;
}
