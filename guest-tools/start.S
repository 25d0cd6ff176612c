/* SPDX-License-Identifier: MIT */
/* Program entry without a libc: argc, argv and envp from the initial stack to main(). */
	.text
	.global	_start
_start:
#if defined(__aarch64__)
	ldr	x0, [sp]		// argc
	add	x1, sp, #8		// argv
	add	x2, x1, x0, lsl #3
	add	x2, x2, #8		// envp, after argv's NULL
	bl	main
	mov	x8, #94			// exit_group
	svc	#0
#else
	ldr	r0, [sp]		// argc
	add	r1, sp, #4		// argv
	add	r2, r1, r0, lsl #2
	add	r2, r2, #4		// envp, after argv's NULL
	bl	main
	mov	r7, #248		// exit_group (EABI)
	svc	#0
	.section .note.GNU-stack, "", %progbits	// no executable stack
#endif
