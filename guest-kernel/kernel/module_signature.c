// SPDX-License-Identifier: GPL-2.0
/* Is a module signature trailer one this kernel can check? */
#include <linux/errno.h>
#include <linux/module_signature.h>
#include <linux/printk.h>

int mod_check_sig(const struct module_signature *ms, size_t file_len,
		  const char *name)
{
	if (module_sig_len(ms) >= file_len - sizeof(*ms))
		return -EBADMSG;
	if (ms->id_type != PKEY_ID_PKCS7) {
		pr_err("%s: not signed with expected PKCS#7 message\n", name);
		return -ENOPKG;
	}
	if (ms->algo || ms->hash || ms->signer_len || ms->key_id_len ||
	    ms->__pad[0] || ms->__pad[1] || ms->__pad[2]) {
		pr_err("%s: PKCS#7 signature info has unexpected non-zero params\n",
		       name);
		return -EBADMSG;
	}
	return 0;
}
