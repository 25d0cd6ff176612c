// Pausing in wfi: the guest writes the host's pause marker ("!") and waits at once, in the slice
// that paused the board, with IRQs masked and the timer armed 1 s ahead (62.5 MHz). The host gives
// it a byte of input while paused; the guest reads it and powers off. x19: the counter before the
// marker, x20: after the wfi, x21: the byte.
	.equ	UART, 0x09000000
	.equ	UARTFR_RXFE, 4

	.text
	.global _start
_start:
	msr	daifset, #2
	mrs	x19, cntpct_el0
	ldr	x1, =62500000
	add	x0, x19, x1
	msr	cntp_cval_el0, x0
	mov	x0, #1
	msr	cntp_ctl_el0, x0
	ldr	x9, =UART
	mov	w0, #'!'
	str	w0, [x9]			// UARTDR: the marker
	wfi
	mrs	x20, cntpct_el0
1:	ldr	w0, [x9, #0x18]			// UARTFR
	tbz	w0, #UARTFR_RXFE, 2f
	wfi
	b	1b
2:	ldr	w21, [x9]
	ldr	x0, =0x84000008			// PSCI SYSTEM_OFF
	hvc	#0
	b	.
	.ltorg
