// Interrupt fixture: a timer deadline much nearer than the end of the board's slice, set while the
// slice runs. The IRQ records CNTPCT_EL0 at entry in `taken` and powers off; x19 keeps the deadline.
	.include "gic.inc"
	.equ	TIMER_INTID, 30		// PPI 14: the non-secure EL1 physical timer

	.text
	.global _start
_start:
	adr	x0, vectors
	msr	vbar_el1, x0
	ldr	x0, =stack_top
	mov	sp, x0
	gic_init TIMER_INTID
	msr	daifclr, #2
	// Well into a slice: 3000 instructions of loop first.
	ldr	x1, =1500
1:	subs	x1, x1, #1
	b.ne	1b
	// 10 ticks ahead: 160 instructions of the virtual clock.
	mrs	x19, cntpct_el0
	add	x19, x19, #10
	msr	cntp_cval_el0, x19
	mov	x0, #1
	msr	cntp_ctl_el0, x0
2:	b	2b

	.balign	2048
vectors:
	.rept	16
	.balign	128
	b	irq
	.endr

irq:
	mrs	x2, cntpct_el0
	adr	x5, taken
	str	x2, [x5]
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
