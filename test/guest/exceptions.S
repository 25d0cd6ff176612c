// Exception-path fixture: each vector records what the CPU handed it, so a test can check that
// the board's exception entry matches the architecture. Record = 6 quads:
// vector offset, ESR_EL1, ELR_EL1, FAR_EL1, SPSR_EL1, SP at entry.
	.text
	.global _start
_start:
	adr	x0, vectors
	msr	vbar_el1, x0
	ldr	x0, =kstack_top
	mov	sp, x0

	// 1. svc from EL1h -> VBAR+0x200, EC 0x15, imm16
	.global el1_svc
el1_svc:
	svc	#0x11
	// 2. undefined instruction at EL1h -> EC 0
	.global el1_udf
el1_udf:
	udf	#0
	// 3. brk at EL1h -> EC 0x3c
	.global el1_brk
el1_brk:
	brk	#0x800
	// 4. hvc reaches PSCI: PSCI_VERSION
	ldr	x0, =0x84000000
	hvc	#0
	mov	x27, x0

	bl	mmu_on
	// 5. translation fault at EL1 -> EC 0x25 with FAR
	ldr	x1, =0x100002468
	.global el1_dabt
el1_dabt:
	ldr	x2, [x1]
	// 6. nothing behind this physical address -> synchronous external abort
	ldr	x1, =0x20000000
	.global el1_extabt
el1_extabt:
	ldr	x2, [x1]
	// 7. svc from EL1t (SPSel = 0) -> VBAR+0x000
	msr	spsel, #0
	.global el1t_svc
el1t_svc:
	svc	#0x44
	msr	spsel, #1
	// 8. drop to EL0 and run user code at the alias mapping
	ldr	x0, =ustack_top_alias
	msr	sp_el0, x0
	ldr	x0, =user_code
	mov	x1, #0x40000000
	add	x0, x0, x1
	msr	elr_el1, x0
	msr	spsr_el1, xzr
	eret

	.global user_code
user_code:
	.global el0_svc
el0_svc:
	svc	#0x22
	.global el0_udf
el0_udf:
	udf	#1
	ldr	x1, =0x100004000
	.global el0_dabt
el0_dabt:
	ldr	x2, [x1]
	svc	#0x33			// the last one: the handler powers off

mmu_on:
	adr	x0, l1_table
	ldr	x1, =0x401		// 0-1G: device, AF
	str	x1, [x0, #0]
	ldr	x1, =0x40000705		// 1-2G: RAM, normal, EL1 only
	str	x1, [x0, #8]
	ldr	x1, =0x0020000040000745	// 2-3G: alias of RAM, EL0 read/write, PXN
	str	x1, [x0, #16]
	ldr	x1, =0xff00		// attr0 device nGnRnE, attr1 normal WB
	msr	mair_el1, x1
	ldr	x1, =(25 | (1 << 8) | (1 << 10) | (3 << 12) | (1 << 23) | (1 << 32))
	msr	tcr_el1, x1
	msr	ttbr0_el1, x0
	isb
	mrs	x1, sctlr_el1
	orr	x1, x1, #1
	orr	x1, x1, #(1 << 2)
	orr	x1, x1, #(1 << 12)
	msr	sctlr_el1, x1
	isb
	ret

// Save a record; x9 = vector offset. Clobbers x9-x13.
record:
	ldr	x10, =nrec
	ldr	x11, [x10]
	add	x12, x11, #1
	str	x12, [x10]
	ldr	x10, =records
	mov	x12, #48
	madd	x10, x11, x12, x10
	str	x9, [x10]
	mrs	x12, esr_el1
	str	x12, [x10, #8]
	mrs	x12, elr_el1
	str	x12, [x10, #16]
	mrs	x12, far_el1
	str	x12, [x10, #24]
	mrs	x12, spsr_el1
	str	x12, [x10, #32]
	mov	x12, sp
	str	x12, [x10, #40]
	ret

	.macro	vector off
	.balign	0x80
	mov	x9, #\off
	b	handle
	.endm

	.balign	0x800
vectors:
	vector	0x000
	vector	0x080
	vector	0x100
	vector	0x180
	vector	0x200
	vector	0x280
	vector	0x300
	vector	0x380
	vector	0x400
	vector	0x480
	vector	0x500
	vector	0x580

handle:
	mov	x13, x30
	bl	record
	mov	x30, x13
	mrs	x12, esr_el1
	lsr	x11, x12, #26
	and	x12, x12, #0xffff
	cmp	x11, #0x15		// svc: ELR already points past it
	b.ne	1f
	cmp	x12, #0x33
	b.eq	power_off
	eret
1:	mrs	x12, elr_el1		// everything else: skip the instruction
	add	x12, x12, #4
	msr	elr_el1, x12
	eret

power_off:
	ldr	x0, =0x84000008
	hvc	#0
	b	.
	.ltorg

	.data
	.balign	4096
l1_table:
	.space	4096
	.global	nrec
nrec:	.quad	0
	.global	records
records:
	.space	48 * 16
	.balign	16
	.space	4096
kstack_top:
	.space	4096
	.global	ustack_top
ustack_top:
	.set	ustack_top_alias, ustack_top + 0x40000000
