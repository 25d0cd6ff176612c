// SPDX-License-Identifier: GPL-2.0
/*
 * Self-tests at registration, as Linux's crypto manager runs them (Debian
 * keeps CRYPTO_MANAGER tests on): of the hashes, silent when they pass (a
 * failure says so with Linux's words, without its WARN), and the notice
 * for an algorithm Linux has no test for.
 */
#include <crypto/hash.h>
#include <crypto/internal/testmgr.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>

struct hash_testvec {
	const char *alg;
	const char *digest;		/* of "abc" (FIPS 180-4, RFC 1321 A.5) */
};

static const struct hash_testvec hash_tv[] = {
	{ "md5", "\x90\x01\x50\x98\x3c\xd2\x4f\xb0\xd6\x96\x3f\x7d\x28\xe1\x7f\x72" },
	{ "sha1", "\xa9\x99\x3e\x36\x47\x06\x81\x6a\xba\x3e\x25\x71\x78\x50\xc2\x6c"
		  "\x9c\xd0\xd8\x9d" },
	{ "sha224", "\x23\x09\x7d\x22\x34\x05\xd8\x22\x86\x42\xa4\x77\xbd\xa2\x55\xb3"
		    "\x2a\xad\xbc\xe4\xbd\xa0\xb3\xf7\xe3\x6c\x9d\xa7" },
	{ "sha256", "\xba\x78\x16\xbf\x8f\x01\xcf\xea\x41\x41\x40\xde\x5d\xae\x22\x23"
		    "\xb0\x03\x61\xa3\x96\x17\x7a\x9c\xb4\x10\xff\x61\xf2\x00\x15\xad" },
};

/* Instances testmgr.c has tests for (alg_test_descs), among those made here. */
static const char *const tested_algs[] = {
	"pkcs1pad(rsa,sha224)", "pkcs1pad(rsa,sha256)",
};

void alg_test(const char *driver, const char *alg)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(tested_algs); i++)
		if (!strcmp(tested_algs[i], alg))
			return;
	printk(KERN_INFO "alg: No test for %s (%s)\n", alg, driver);
}

static int __init crypto_hash_selftests(void)
{
	const struct shash_alg *alg;
	u8 out[SHA256_DIGEST_SIZE];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(hash_tv); i++) {
		alg = crypto_find_shash(hash_tv[i].alg);
		crypto_shash_digest(alg, (const u8 *)"abc", 3, out);
		if (memcmp(out, hash_tv[i].digest, alg->digestsize))
			pr_warn("alg: self-tests for %s using %s-generic failed (rc=%d)",
				alg->name, alg->name, -EINVAL);
	}
	return 0;
}
subsys_initcall(crypto_hash_selftests);
