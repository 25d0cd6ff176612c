/* SPDX-License-Identifier: GPL-2.0 */
/*
 * __get_user_N, what get_user() in module code calls (Debian's armhf
 * <asm/uaccess.h>): the user address in r0 and the limit in r1; the
 * error comes back in r0 and the value in r2 (r2 and r3 for 8 bytes).
 * Only ip and lr may change besides: r1 and r3 are saved around the C
 * that does the work (__get_user_mem in uaccess.c).
 */
#include <linux/linkage.h>

	.arm
	.text

	.macro	getuser, size
SYM_FUNC_START(__get_user_\size)
	push	{r1, r3, fp, lr}
	add	fp, sp, #12
	sub	sp, sp, #8			@ the value
	mov	r1, sp
	mov	r2, #\size
	bl	__get_user_mem
	.if	\size == 8
	ldr	r2, [sp]
	ldr	ip, [sp, #4]
	add	sp, sp, #8
	pop	{r1, r3, fp, lr}
	mov	r3, ip
	.else
	ldr	r2, [sp]
	add	sp, sp, #8
	pop	{r1, r3, fp, lr}
	.endif
	bx	lr
SYM_FUNC_END(__get_user_\size)
	.endm

	getuser	1
	getuser	2
	getuser	4
	getuser	8
