/* SPDX-License-Identifier: GPL-2.0 */
/* The trailer scripts/sign-file appends to a module (module_signature.h). */
#ifndef _LINUX_MODULE_SIGNATURE_H
#define _LINUX_MODULE_SIGNATURE_H

#include <linux/types.h>

#define MODULE_SIG_STRING "~Module signature appended~\n"

enum pkey_id_type {
	PKEY_ID_PGP,		/* OpenPGP generated key ID */
	PKEY_ID_X509,		/* X.509 arbitrary subjectKeyIdentifier */
	PKEY_ID_PKCS7,		/* Signature in PKCS#7 message */
};

/* module || PKCS#7 || this || MODULE_SIG_STRING */
struct module_signature {
	u8 algo;		/* 0 for PKCS#7 */
	u8 hash;		/* 0 for PKCS#7 */
	u8 id_type;		/* PKEY_ID_PKCS7 */
	u8 signer_len;		/* 0 for PKCS#7 */
	u8 key_id_len;		/* 0 for PKCS#7 */
	u8 __pad[3];
	u8 sig_len[4];		/* big endian */
};

int mod_check_sig(const struct module_signature *ms, size_t file_len,
		  const char *name);

static inline u32 module_sig_len(const struct module_signature *ms)
{
	return (u32)ms->sig_len[0] << 24 | ms->sig_len[1] << 16 |
	       ms->sig_len[2] << 8 | ms->sig_len[3];
}

#endif /* _LINUX_MODULE_SIGNATURE_H */
