// SPDX-License-Identifier: GPL-2.0
/* RSA public-key operation: c = m^e mod n (crypto/rsa.c, rsa_helper.c). */
#include <crypto/internal/rsa.h>
#include <linux/asn1_decoder.h>
#include <linux/errno.h>
#include <linux/slab.h>

/* RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } */
static int rsa_parse_pub_key(const void *der, unsigned int keylen,
			     struct asn1_elem *n, struct asn1_elem *e)
{
	struct asn1_cursor c, seq;
	struct asn1_elem key;

	asn1_init(&c, der, keylen);
	if (asn1_expect(&c, ASN1_SEQUENCE, &key))
		return -EBADMSG;
	asn1_enter(&seq, &key);
	if (asn1_expect(&seq, ASN1_INT, n) || asn1_expect(&seq, ASN1_INT, e) ||
	    !asn1_at_end(&seq))
		return -EBADMSG;
	if (!n->len || !e->len || e->len > n->len)
		return -EINVAL;		/* rsa_get_n(), rsa_get_e() */
	return 0;
}

/* Linux allows these sizes, counted in whole 64-bit limbs of n. */
static int rsa_check_key_length(unsigned int bits)
{
	switch (bits) {
	case 512: case 1024: case 1536: case 2048: case 3072: case 4096:
		return 0;
	}
	return -EINVAL;
}

int rsa_set_pub_key(struct rsa_mpi_key *key, const void *der, unsigned int keylen)
{
	struct asn1_elem n, e;
	int ret;

	ret = rsa_parse_pub_key(der, keylen, &n, &e);
	if (ret)
		return ret;
	if (mpi_read_raw_data(&key->e, e.value, e.len) ||
	    mpi_read_raw_data(&key->n, n.value, n.len))
		return -EINVAL;
	return rsa_check_key_length(key->n.nlimbs * 64);
}

/* The size of a signature for this key, in bytes (crypto_akcipher_maxsize). */
unsigned int rsa_max_size(const struct rsa_mpi_key *key)
{
	return key->n.nlimbs * 8;
}

int rsa_enc(const struct rsa_mpi_key *key, const u8 *src, unsigned int src_len,
	    u8 *dst, unsigned int dst_len)
{
	struct mpi *m;
	int ret;

	m = kmalloc(sizeof(*m), GFP_KERNEL);
	if (!m)
		return -ENOMEM;
	ret = mpi_read_raw_data(m, src, src_len);
	if (!ret && mpi_cmp(m, &key->n) >= 0)
		ret = -EINVAL;		/* 0 <= m < n */
	if (!ret)
		ret = mpi_powm(m, m, &key->e, &key->n);
	if (!ret)
		ret = mpi_write_raw(m, dst, dst_len);
	kfree(m);
	return ret;
}
