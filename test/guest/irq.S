// Interrupt fixture: the GIC and the EL1 physical timer, as a kernel would drive them. Each IRQ
// taken records 5 quads: vector offset, GICC_IAR, CNTPCT_EL0 at entry, ELR_EL1, SPSR_EL1.
// x19/x20/x21 keep counter readings the test compares with the records.
	.include "gic.inc"
	.equ	TIMER_INTID, 30		// PPI 14: the non-secure EL1 physical timer

	.text
	.global _start
_start:
	adr	x0, vectors
	msr	vbar_el1, x0
	ldr	x0, =kstack_top
	mov	sp, x0
	ldr	x0, =ustack_top
	msr	sp_el0, x0

	gic_init TIMER_INTID

	// 1. IRQs unmasked: the interrupt comes at the deadline, 1000 ticks (16 us) ahead
	mrs	x19, cntpct_el0
	add	x0, x19, #1000
	msr	cntp_cval_el0, x0
	mov	x0, #1
	msr	cntp_ctl_el0, x0
	msr	daifclr, #2
1:	ldr	x0, nirq
	cbz	x0, 1b

	// 2. IRQs masked when the deadline passes: it stays pending until they are unmasked
	msr	daifset, #2
	mrs	x0, cntpct_el0
	add	x0, x0, #100
	msr	cntp_cval_el0, x0
	mov	x0, #1
	msr	cntp_ctl_el0, x0
	ldr	x1, =20000
2:	subs	x1, x1, #1			// 40000 instructions: well past the deadline
	b.ne	2b
	mrs	x20, cntpct_el0
	msr	daifclr, #2
	.global unmasked
unmasked:
	ldr	x0, nirq
	cmp	x0, #2
	b.ne	unmasked

	// 3. wfi with IRQs masked wakes at the deadline (1 ms ahead) without taking the interrupt
	msr	daifset, #2
	mrs	x0, cntpct_el0
	ldr	x1, =62500
	add	x0, x0, x1
	msr	cntp_cval_el0, x0
	mov	x0, #1
	msr	cntp_ctl_el0, x0
	wfi
	mrs	x21, cntpct_el0
	msr	daifclr, #2
	nop

	// 4. an interrupt taken from EL0
	mrs	x0, cntpct_el0
	add	x0, x0, #500
	msr	cntp_cval_el0, x0
	mov	x0, #1
	msr	cntp_ctl_el0, x0
	adr	x0, user_loop
	msr	elr_el1, x0
	msr	spsr_el1, xzr
	eret

	.global user_loop
user_loop:
	b	user_loop

	.balign	2048
vectors:
	.rept	16
	.balign	128
	mov	x28, #.-vectors
	b	irq
	.endr

// Record, silence the timer, end the interrupt; the fourth (from EL0) powers off.
irq:
	ldr	x10, =GICC
	ldr	w1, [x10, #0x0c]		// GICC_IAR
	mrs	x2, cntpct_el0
	mrs	x3, elr_el1
	mrs	x4, spsr_el1
	adr	x5, nirq
	ldr	x6, [x5]
	adr	x7, records
	mov	x8, #40
	madd	x7, x6, x8, x7
	stp	x28, x1, [x7]
	stp	x2, x3, [x7, #16]
	str	x4, [x7, #32]
	add	x6, x6, #1
	str	x6, [x5]
	msr	cntp_ctl_el0, xzr		// the line goes low
	str	w1, [x10, #0x10]		// GICC_EOIR
	cmp	x6, #4
	b.eq	off
	eret
off:	ldr	x0, =0x84000008			// PSCI SYSTEM_OFF
	hvc	#0
	b	.
	.ltorg

	.data
	.balign	8
	.global	nirq
nirq:	.quad	0
	.global	records
records:
	.space	40 * 8
	.space	4096
kstack_top:
	.space	4096
ustack_top:
