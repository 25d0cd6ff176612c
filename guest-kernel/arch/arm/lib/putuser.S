/* SPDX-License-Identifier: GPL-2.0 */
/*
 * __put_user_N, what put_user() in module code calls (Debian's armhf
 * <asm/uaccess.h>): the user address in r0, the value in r2 (r2 and r3
 * for 8 bytes), the limit in r1; the error comes back in r0. Only ip
 * and lr may change besides: r1 to r3 are saved around the C that does
 * the work (__put_user_mem in uaccess.c), and the value is stored from
 * where they were saved.
 */
#include <linux/linkage.h>

	.arm
	.text

	.macro	putuser, size
SYM_FUNC_START(__put_user_\size)
	push	{r1, r2, r3, r4, fp, lr}	@ r2 and r3: the value, in memory order
	add	fp, sp, #20
	add	r1, sp, #4
	mov	r2, #\size
	bl	__put_user_mem
	pop	{r1, r2, r3, r4, fp, lr}
	bx	lr
SYM_FUNC_END(__put_user_\size)
	.endm

	putuser	1
	putuser	2
	putuser	4
	putuser	8
