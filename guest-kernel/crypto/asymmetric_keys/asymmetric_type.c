// SPDX-License-Identifier: GPL-2.0
/* Asymmetric key identifiers and looking keys up in a keyring by them. */
#include <crypto/public_key.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/seq_file.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/string.h>

struct asymmetric_key_id *asymmetric_key_generate_id(const void *val_1, size_t len_1,
						     const void *val_2, size_t len_2)
{
	struct asymmetric_key_id *kid;

	if (len_1 + len_2 > 0xffff)
		return ERR_PTR(-EOVERFLOW);
	kid = kmalloc(sizeof(*kid) + len_1 + len_2, GFP_KERNEL);
	if (!kid)
		return ERR_PTR(-ENOMEM);
	kid->len = len_1 + len_2;
	memcpy(kid->data, val_1, len_1);
	memcpy(kid->data + len_1, val_2, len_2);
	return kid;
}

bool asymmetric_key_id_same(const struct asymmetric_key_id *kid1,
			    const struct asymmetric_key_id *kid2)
{
	if (!kid1 || !kid2 || kid1->len != kid2->len)
		return false;
	return !memcmp(kid1->data, kid2->data, kid1->len);
}

/* A key matches an "id:" search by its issuer+serial or its skid. */
static bool key_has_id(const struct key *key, const struct asymmetric_key_id *id)
{
	return asymmetric_key_id_same(key->kids->id[0], id) ||
	       asymmetric_key_id_same(key->kids->id[1], id);
}

/*
 * Linux's find_asymmetric_key(): search by the first ID given; with both
 * id_0 and id_1, the key's skid must match id_1 too (else -EKEYREJECTED).
 */
struct key *find_asymmetric_key(struct key *keyring,
				const struct asymmetric_key_id *id_0,
				const struct asymmetric_key_id *id_1,
				const struct asymmetric_key_id *id_2)
{
	const struct asymmetric_key_id *lookup = id_0 ? id_0 : id_1 ? id_1 : id_2;
	struct key *key = NULL;

	if (!lookup)
		return ERR_PTR(-EINVAL);
	while ((key = keyring_next(keyring, key))) {
		if (key->type != &key_type_asymmetric)
			continue;
		if (!key_has_id(key, lookup))
			continue;
		if (id_0 && id_1 && !asymmetric_key_id_same(id_1, key->kids->id[1]))
			return ERR_PTR(-EKEYREJECTED);
		return key;
	}
	return ERR_PTR(-ENOKEY);
}

/* Linux's verify_signature() for the public_key subtype. */
int verify_signature(const struct key *key, const struct public_key_signature *sig)
{
	return public_key_verify_signature(key->pub, sig);
}

/* "<description>: X509.rsa <last 4 bytes of the skid> []", as /proc/keys shows it. */
static void asymmetric_key_describe(const struct key *key, struct seq_file *m)
{
	const struct asymmetric_key_id *kid = key->kids ? key->kids->id[1] : NULL;

	seq_puts(m, key->description);
	if (!key->pub)
		return;
	seq_printf(m, ": %s.%s", key->pub->id_type, key->pub->pkey_algo);
	if (kid) {
		int n = kid->len < 4 ? kid->len : 4;

		seq_printf(m, " %*phN", n, kid->data + kid->len - n);
	}
	seq_puts(m, " []");
}

struct key_type key_type_asymmetric = {
	.name		= "asymmetric",
	.describe	= asymmetric_key_describe,
};

static int __init asymmetric_key_init(void)
{
	register_key_type(&key_type_asymmetric);
	pr_notice("Asymmetric key parser 'x509' registered\n");
	return 0;
}
device_initcall(asymmetric_key_init);
