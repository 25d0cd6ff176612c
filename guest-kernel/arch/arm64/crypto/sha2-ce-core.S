/* SPDX-License-Identifier: GPL-2.0 */
/*
 * SHA-256 blocks with the ARMv8 Cryptography Extensions (SHA256H, SHA256H2,
 * SHA256SU0, SHA256SU1), as Linux's sha2-ce does where the CPU has them
 * (ID_AA64ISAR0_EL1.SHA2): four rounds an instruction pair, where the C
 * version takes some forty instructions a round.
 *
 * v0: ABCD, v1: EFGH, v2: ABCD before the rounds' update, v16-v19: the
 * message schedule, four words each, v20/v21: the state before the block,
 * v22: schedule + round constants (lib/crypto/sha256.c's sha256_k).
 */
#include <linux/linkage.h>

	.arch		armv8-a+crypto

	/* Rounds 4i..4i+3 with schedule register \w; then \w becomes the schedule of rounds 4i+16.. */
	.macro		rounds, w, w1, w2, w3, next
	ld1		{v22.4s}, [x3], #16
	add		v22.4s, v22.4s, \w\().4s
	mov		v2.16b, v0.16b
	sha256h		q0, q1, v22.4s
	sha256h2	q1, q2, v22.4s
	.if		\next
	sha256su0	\w\().4s, \w1\().4s
	sha256su1	\w\().4s, \w2\().4s, \w3\().4s
	.endif
	.endm

/* void sha2_ce_transform(u32 state[8], const u8 *data, size_t blocks) */
SYM_FUNC_START(sha2_ce_transform)
	ld1		{v0.4s, v1.4s}, [x0]
1:	ld1		{v16.16b-v19.16b}, [x1], #64
	rev32		v16.16b, v16.16b
	rev32		v17.16b, v17.16b
	rev32		v18.16b, v18.16b
	rev32		v19.16b, v19.16b
	mov		v20.16b, v0.16b
	mov		v21.16b, v1.16b
	adrp		x3, sha256_k
	add		x3, x3, :lo12:sha256_k
	.rept		3
	rounds		v16, v17, v18, v19, 1
	rounds		v17, v18, v19, v16, 1
	rounds		v18, v19, v16, v17, 1
	rounds		v19, v16, v17, v18, 1
	.endr
	rounds		v16, v17, v18, v19, 0
	rounds		v17, v18, v19, v16, 0
	rounds		v18, v19, v16, v17, 0
	rounds		v19, v16, v17, v18, 0
	add		v0.4s, v0.4s, v20.4s
	add		v1.4s, v1.4s, v21.4s
	subs		x2, x2, #1
	b.ne		1b
	st1		{v0.4s, v1.4s}, [x0]
	ret
SYM_FUNC_END(sha2_ce_transform)
