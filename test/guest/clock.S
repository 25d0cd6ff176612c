// Instruction-count fixture: a known number of instructions retired, across exceptions that cut
// their blocks short. An SVC retires (its return address is the next instruction); an undefined
// instruction and a load that faults do not (the handler skips them); a trapped timer read and an
// HVC retire when the board carries them out. The comments count the instructions retired so far:
// 57 when the board powers off. x13 holds the RTC's low word, read in the middle of a block.
	.text
	.global _start
_start:
	adr	x0, vectors		// 1
	msr	vbar_el1, x0		// 2
	mov	x1, #10			// 3
1:	subs	x1, x1, #1		// 4..23: ten rounds of two
	b.ne	1b
	mov	x2, #1			// 24
	svc	#0			// 25, then 5 in the handler: 30
	mov	x3, #2			// 31
	udf	#0			// does not retire; 8 in the handler: 39
	mov	x4, #3			// 40
	ldr	x5, =0x40000001		// 41
	ldxr	x6, [x5]		// unaligned, an alignment fault: does not retire; 8 in the handler: 49
	mov	x7, #4			// 50
	mrs	x8, cntpct_el0		// 51: reads 50 ns, tick 3
	ldr	x9, =0x09010000		// 52: the goldfish RTC
	b	2f			// 53: ends the block
2:	mov	x12, #5			// 54
	ldr	w13, [x9]		// 55: TIME_LOW reads 54 ns, in a block that began at 53
	ldr	x0, =0x84000008		// 56: PSCI SYSTEM_OFF
	hvc	#0			// 57
	b	.
	.ltorg

// Synchronous exceptions from EL1h: an SVC returns to the next instruction, anything else skips
// the instruction that raised it. 5 instructions for an SVC, 8 otherwise.
	.balign	2048
vectors:
	.space	0x200
	mrs	x10, esr_el1
	lsr	x10, x10, #26
	cmp	x10, #0x15		// EC_SVC64
	b.eq	3f
	mrs	x11, elr_el1
	add	x11, x11, #4
	msr	elr_el1, x11
3:	eret
