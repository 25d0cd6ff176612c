/* SPDX-License-Identifier: GPL-2.0 */
/* The crypto manager's test of a newly registered algorithm instance. */
#ifndef _CRYPTO_INTERNAL_TESTMGR_H
#define _CRYPTO_INTERNAL_TESTMGR_H

void alg_test(const char *driver, const char *alg);

#endif /* _CRYPTO_INTERNAL_TESTMGR_H */
