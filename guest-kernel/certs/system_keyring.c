// SPDX-License-Identifier: GPL-2.0
/*
 * The builtin trusted keyring: loaded from the compiled-in certificates at
 * late_initcall, as Linux does, and what module signatures are checked
 * against. Linux's secondary keyring adds only what userspace or the
 * machine keyring adds, and its platform keyring holds UEFI db keys: both
 * are empty on Debian under QEMU, so the builtin keys are the whole set.
 */
#include <keys/asymmetric-type.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/printk.h>
#include <linux/verification.h>
#include "../crypto/asymmetric_keys/pkcs7_parser.h"

static DEFINE_KEYRING(builtin_trusted_keys);

extern const u8 system_certificate_list[];
extern const unsigned long system_certificate_list_size;

static int __init load_system_certificate_list(void)
{
	pr_notice("Loading compiled-in X.509 certificates\n");
	return x509_load_certificate_list(system_certificate_list,
					  system_certificate_list_size,
					  &builtin_trusted_keys);
}
late_initcall(load_system_certificate_list);

static int verify_pkcs7_message_sig(const void *data, size_t len,
				    struct pkcs7_message *pkcs7,
				    struct key *trusted_keys,
				    enum key_being_used_for usage)
{
	int ret;

	if (data && pkcs7_supply_detached_data(pkcs7, data, len) < 0) {
		pr_err("PKCS#7 signature with non-detached data\n");
		return -EBADMSG;
	}
	ret = pkcs7_verify(pkcs7, usage);
	if (ret < 0)
		return ret;
	if (trusted_keys == VERIFY_USE_PLATFORM_KEYRING)
		return -ENOKEY;		/* the platform keyring is empty */
	return pkcs7_validate_trust(pkcs7, &builtin_trusted_keys);
}

int verify_pkcs7_signature(const void *data, size_t len,
			   const void *raw_pkcs7, size_t pkcs7_len,
			   struct key *trusted_keys,
			   enum key_being_used_for usage)
{
	struct pkcs7_message *pkcs7;
	int ret;

	pkcs7 = pkcs7_parse_message(raw_pkcs7, pkcs7_len);
	if (IS_ERR(pkcs7))
		return PTR_ERR(pkcs7);
	ret = verify_pkcs7_message_sig(data, len, pkcs7, trusted_keys, usage);
	pkcs7_free_message(pkcs7);
	return ret;
}
