// SPDX-License-Identifier: GPL-2.0
/*
 * Module signature checking (CONFIG_MODULE_SIG, as Debian's 6.1): a good
 * signature by a trusted key marks the module sig_ok; no signature, an
 * unknown key or unsupported crypto load it unverified (the caller taints
 * E), unless module.sig_enforce=1 (the command line, or a write of 1 to
 * /sys/module/module/parameters/sig_enforce, for good) refuses them too;
 * any other failure refuses it.
 */
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/module.h>
#include <linux/module_signature.h>
#include <linux/string.h>
#include <linux/verification.h>
#include <linux/moduleparam.h>
#include <linux/printk.h>
#include "internal.h"

#undef MODULE_PARAM_PREFIX
#define MODULE_PARAM_PREFIX "module."

static bool sig_enforce;	/* CONFIG_MODULE_SIG_FORCE is off in Debian's build */
module_param(sig_enforce, bool_enable_only, 0644);

bool is_module_sig_enforced(void)
{
	return sig_enforce;
}
EXPORT_SYMBOL(is_module_sig_enforced);

void set_module_sig_enforced(void)
{
	sig_enforce = true;
}

/*
 * Cut the signature off info->len and verify the module against it. The
 * hash blacklist Linux consults next is empty on Debian (no
 * SYSTEM_BLACKLIST_HASH_LIST), so a verified module stays verified.
 */
static int mod_verify_sig(const void *mod, struct load_info *info)
{
	struct module_signature ms;
	size_t sig_len, modlen = info->len;
	int ret;

	if (modlen <= sizeof(ms))
		return -EBADMSG;
	memcpy(&ms, mod + (modlen - sizeof(ms)), sizeof(ms));
	ret = mod_check_sig(&ms, modlen, "module");
	if (ret)
		return ret;
	sig_len = module_sig_len(&ms);
	modlen -= sig_len + sizeof(ms);
	info->len = modlen;

	ret = verify_pkcs7_signature(mod, modlen, mod + modlen, sig_len,
				     VERIFY_USE_SECONDARY_KEYRING,
				     VERIFYING_MODULE_SIGNATURE);
	if (ret == -ENOKEY)
		ret = verify_pkcs7_signature(mod, modlen, mod + modlen, sig_len,
					     VERIFY_USE_PLATFORM_KEYRING,
					     VERIFYING_MODULE_SIGNATURE);
	return ret;
}

int module_sig_check(struct load_info *info, int flags)
{
	const size_t markerlen = sizeof(MODULE_SIG_STRING) - 1;
	const void *mod = info->hdr;
	bool mangled_module = flags & (MODULE_INIT_IGNORE_MODVERSIONS |
				       MODULE_INIT_IGNORE_VERMAGIC);
	const char *reason;
	int err = -ENODATA;

	/* A module with its versions or vermagic ignored is not the one signed. */
	if (!mangled_module && info->len > markerlen &&
	    !memcmp(mod + info->len - markerlen, MODULE_SIG_STRING, markerlen)) {
		info->len -= markerlen;
		err = mod_verify_sig(mod, info);
		if (!err) {
			info->sig_ok = true;
			return 0;
		}
	}

	switch (err) {
	case -ENODATA:
		reason = "unsigned module";
		break;
	case -ENOPKG:
		reason = "module with unsupported crypto";
		break;
	case -ENOKEY:
		reason = "module with unavailable key";
		break;
	default:
		return err;	/* bad signatures are fatal even when not enforced */
	}
	if (is_module_sig_enforced()) {
		pr_notice("Loading of %s is rejected\n", reason);
		return -EKEYREJECTED;
	}
	return 0;	/* no lockdown */
}
