// Interrupt fixture: the goldfish RTC's alarm armed to fire much sooner than the end of the board's
// slice, while the slice runs, with the CPU busy rather than in wfi. The IRQ records the RTC's time
// at entry in `taken` and powers off; x19 keeps the alarm's time.
	.include "gic.inc"
	.equ	RTC, 0x09010000
	.equ	RTC_INTID, 34		// SPI 2

	.text
	.global _start
_start:
	adr	x0, vectors
	msr	vbar_el1, x0
	ldr	x0, =stack_top
	mov	sp, x0
	gic_init RTC_INTID
	ldr	x9, =RTC
	mov	w0, #1
	str	w0, [x9, #0x10]			// IRQ_ENABLED
	msr	daifclr, #2
	// Well into a slice: 3000 instructions of loop first.
	ldr	x1, =1500
1:	subs	x1, x1, #1
	b.ne	1b
	// 2 us ahead: 2000 instructions of the virtual clock.
	bl	read_time
	add	x19, x0, #2000
	lsr	x3, x19, #32
	str	w3, [x9, #0x0c]			// ALARM_HIGH
	str	w19, [x9, #0x08]		// ALARM_LOW arms it
2:	b	2b

read_time:
	ldr	w0, [x9, #0x00]			// TIME_LOW latches TIME_HIGH
	ldr	w4, [x9, #0x04]
	orr	x0, x0, x4, lsl #32
	ret

	.balign	2048
vectors:
	.rept	16
	.balign	128
	b	irq
	.endr

irq:
	bl	read_time
	adr	x5, taken
	str	x0, [x5]
	ldr	x0, =0x84000008			// PSCI SYSTEM_OFF
	hvc	#0
	b	.
	.ltorg

	.data
	.balign	8
	.global	taken
taken:	.quad	0
	.space	4096
stack_top:
