// Arm the goldfish RTC alarm 5 ms ahead, sleep in wfi, and note the time before and after.
	.text
	.global _start
_start:
	ldr	x9, =0x09010000		// goldfish RTC (MMU off: physical)
	bl	read_time
	mov	x19, x0			// time before
	ldr	x1, =5000000		// 5 ms
	add	x2, x0, x1
	lsr	x3, x2, #32
	str	w3, [x9, #0x0c]		// ALARM_HIGH
	str	w2, [x9, #0x08]		// ALARM_LOW arms it
1:	wfi
	bl	read_time
	cmp	x0, x2
	b.lo	1b			// a wake-up before the alarm is legal: sleep again
	mov	x20, x0			// time after
	ldr	x0, =0x84000008		// PSCI SYSTEM_OFF
	hvc	#0
	b	.

read_time:
	ldr	w0, [x9, #0x00]		// TIME_LOW latches TIME_HIGH
	ldr	w4, [x9, #0x04]
	orr	x0, x0, x4, lsl #32
	ret
	.ltorg
