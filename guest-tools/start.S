/* SPDX-License-Identifier: MIT */
/* Program entry without a libc: argc, argv and envp from the initial stack to main(). */
	.text
	.global	_start
_start:
	ldr	x0, [sp]		// argc
	add	x1, sp, #8		// argv
	add	x2, x1, x0, lsl #3
	add	x2, x2, #8		// envp, after argv's NULL
	bl	main
	mov	x8, #94			// exit_group
	svc	#0
