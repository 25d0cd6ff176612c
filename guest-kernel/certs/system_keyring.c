// SPDX-License-Identifier: GPL-2.0
/*
 * The system keyrings, as Linux makes them: ".builtin_trusted_keys",
 * loaded from the compiled-in certificates at late_initcall and what
 * module signatures are checked against, and ".secondary_trusted_keys",
 * which links it (and the machine keyring). What the secondary one adds
 * comes from user space or the machine keyring, and the platform keyring
 * holds UEFI db keys: all empty on Debian under QEMU, so the builtin keys
 * are the whole set.
 */
#include <keys/asymmetric-type.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/printk.h>
#include <linux/verification.h>
#include "../crypto/asymmetric_keys/pkcs7_parser.h"

static struct key *builtin_trusted_keys;
static struct key *secondary_trusted_keys;

static int __init system_trusted_keyring_init(void)
{
	pr_notice("Initialise system trusted keyrings\n");
	builtin_trusted_keys = keyring_alloc(".builtin_trusted_keys", 0, 0,
		(KEY_POS_ALL & ~KEY_POS_SETATTR) | KEY_USR_VIEW | KEY_USR_READ |
		KEY_USR_SEARCH, KEY_ALLOC_NOT_IN_QUOTA, NULL);
	if (IS_ERR(builtin_trusted_keys))
		panic("Can't allocate builtin trusted keyring\n");
	secondary_trusted_keys = keyring_alloc(".secondary_trusted_keys", 0, 0,
		(KEY_POS_ALL & ~KEY_POS_SETATTR) | KEY_USR_VIEW | KEY_USR_READ |
		KEY_USR_SEARCH | KEY_USR_WRITE, KEY_ALLOC_NOT_IN_QUOTA, NULL);
	if (IS_ERR(secondary_trusted_keys))
		panic("Can't allocate secondary trusted keyring\n");
	if (key_link(secondary_trusted_keys, builtin_trusted_keys) < 0)
		panic("Can't link trusted keyrings\n");
	return 0;
}
device_initcall(system_trusted_keyring_init);

/* The integrity code's machine keyring joins the secondary one. */
void __init set_machine_trusted_keys(struct key *keyring)
{
	if (key_link(secondary_trusted_keys, keyring) < 0)
		panic("Can't link (machine) trusted keyrings\n");
}

extern const u8 system_certificate_list[];
extern const unsigned long system_certificate_list_size;

static int __init load_system_certificate_list(void)
{
	pr_notice("Loading compiled-in X.509 certificates\n");
	return x509_load_certificate_list(system_certificate_list,
					  system_certificate_list_size,
					  builtin_trusted_keys);
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
	return pkcs7_validate_trust(pkcs7, builtin_trusted_keys);
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
