// SPDX-License-Identifier: GPL-2.0
/* Loading a list of DER certificates (each a SEQUENCE with a 2-byte length). */
#include <keys/asymmetric-type.h>
#include <linux/err.h>
#include <linux/printk.h>

int x509_load_certificate_list(const u8 cert_list[], unsigned long list_size,
			       struct key *keyring)
{
	const u8 *p = cert_list, *end = p + list_size;
	struct key *key;
	size_t plen;

	while (p < end) {
		if (end - p < 4 || p[0] != 0x30 || p[1] != 0x82)
			goto dodgy_cert;
		plen = (p[2] << 8 | p[3]) + 4;
		if (plen > end - p)
			goto dodgy_cert;
		key = x509_key_create(keyring, p, plen);
		if (IS_ERR(key))
			pr_err("Problem loading in-kernel X.509 certificate (%ld)\n",
			       PTR_ERR(key));
		else
			pr_notice("Loaded X.509 cert '%s'\n", key->description);
		p += plen;
	}
	return 0;

dodgy_cert:
	pr_err("Problem parsing in-kernel X.509 certificate list\n");
	return 0;
}
