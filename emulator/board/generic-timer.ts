// The ARM generic timer (arm,armv8-timer; arm,armv7-timer on 32-bit ARM): the system counter at QEMU's 62.5 MHz and the EL1
// physical timer, served from the board's clock.
//
// Unicorn's own counter registers read the host's clock (QEMU_CLOCK_VIRTUAL is host time there), so
// two runs would differ. The board takes the part of a hypervisor instead: CNTHCTL_EL2 is 0, so
// every EL1 access to the physical counter (CNTPCT_EL0) and timer (CNTP_CTL/CVAL/TVAL_EL0) traps to
// EL2, which Unicorn reports to the board's interrupt hook with the access in the syndrome; the
// board does the access here and steps over the instruction. (KVM emulates the physical timer of
// a guest the same way.) Nothing traps EL1 accesses to the virtual counter and timer in Unicorn
// 2.1 (QEMU 5.0 has no FEAT_ECV), so the device tree does not offer the virtual timer's interrupt,
// and a kernel following Linux's rules (arch_timer_select_ppi) uses the physical timer.
import type { DtNode } from '../boot/device-tree.ts';
import type { SysReg } from '../cpu/arm64-registers.ts';
import type { Clock } from './clock.ts';
import { GIC_FDT_IRQ_TYPE_PPI, IRQ_TYPE_LEVEL_HIGH } from './gic-v2.ts';

export const CNTFRQ_HZ = 62_500_000n;
export const NS_PER_TICK = 1_000_000_000n / CNTFRQ_HZ; // 16
const CTL_ENABLE = 1n, CTL_IMASK = 2n, CTL_ISTATUS = 4n;
const MASK64 = (1n << 64n) - 1n;

/** The registers a trapped access names (op0 3, op1 3, CRn 14). */
const CNTPCT = 'cntpct', CNTP_TVAL = 'tval', CNTP_CTL = 'ctl', CNTP_CVAL = 'cval';
function timerRegister(r: SysReg): string | undefined {
	if (r.op0 !== 3 || r.op1 !== 3 || r.crn !== 14) return undefined;
	if (r.crm === 0 && r.op2 === 1) return CNTPCT;
	if (r.crm === 2) return [CNTP_TVAL, CNTP_CTL, CNTP_CVAL][r.op2];
	return undefined;
}

export interface TimerState { ctl: bigint; cval: bigint }

export class GenericTimer {
	/**
	 * CNTP_CTL (enable and mask), CNTP_CVAL and the interrupt line as update() last drove it: the
	 * native shim reads them and makes the writes that leave the line as it is (exception-fast-path.c).
	 */
	readonly registers = Buffer.alloc(24);
	private readonly regs = new BigUint64Array(this.registers.buffer, this.registers.byteOffset, 3);

	private get ctl(): bigint { return this.regs[0]; }
	private set ctl(v: bigint) { this.regs[0] = v; }
	private get cval(): bigint { return this.regs[1]; }
	private set cval(v: bigint) { this.regs[1] = v; }
	private get high(): boolean { return this.regs[2] !== 0n; }
	private set high(v: boolean) { this.regs[2] = v ? 1n : 0n; }

	/**
	 * `line` is the EL1 physical timer's interrupt output (level-sensitive); `armed` hears of each
	 * change to the deadline, so that the board can end its slice there.
	 */
	constructor(private readonly clock: Clock, private readonly line: (high: boolean) => void,
		private readonly armed: () => void = () => {}) {}

	/** The system counter: ticks of 16 ns since power-on. */
	count(): bigint { return this.clock.uptimeNs / NS_PER_TICK; }

	private fired(): boolean { return (this.ctl & CTL_ENABLE) !== 0n && this.count() >= this.cval; }

	/** A trapped MRS; undefined if it is not a register the board serves. */
	readRegister(r: SysReg): bigint | undefined {
		switch (timerRegister(r)) {
		case CNTPCT: return this.count();
		case CNTP_CTL: return this.ctl | (this.fired() ? CTL_ISTATUS : 0n);
		case CNTP_CVAL: return this.cval;
		case CNTP_TVAL: return BigInt.asUintN(32, this.cval - this.count()) & 0xffffffffn;
		default: return undefined;
		}
	}

	/** A trapped MSR; false if it is not a register the board serves. */
	writeRegister(r: SysReg, value: bigint): boolean {
		switch (timerRegister(r)) {
		case CNTP_CTL: this.ctl = value & (CTL_ENABLE | CTL_IMASK); break;
		case CNTP_CVAL: this.cval = value & MASK64; break;
		case CNTP_TVAL: this.cval = (this.count() + BigInt.asIntN(32, value)) & MASK64; break;
		case CNTPCT: return true; // read-only: writes are ignored
		default: return false;
		}
		this.update();
		this.armed();
		return true;
	}

	/** Drive the interrupt line from the registers and the time. */
	update(): void {
		this.high = this.fired() && !(this.ctl & CTL_IMASK);
		this.line(this.high);
	}

	/**
	 * When (uptime ns) the line goes high, if it is armed and not high yet: update() raises it
	 * once that time has come (it may have come already).
	 */
	nextEvent(): bigint | undefined {
		if ((this.ctl & (CTL_ENABLE | CTL_IMASK)) !== CTL_ENABLE || this.high) return undefined;
		return this.cval * NS_PER_TICK;
	}

	save(): TimerState { return { ctl: this.ctl, cval: this.cval }; }
	restore(s: TimerState): void {
		({ ctl: this.ctl, cval: this.cval } = s);
		this.update();
	}

	/**
	 * QEMU's timer node, with the interrupts of the timers the board has: secure and non-secure EL1
	 * physical. `compatible`: QEMU's for the CPU (an ARMv7 CPU's timer is arm,armv7-timer alone).
	 */
	describe(parent: DtNode, ppis: readonly number[], compatible: readonly string[]): void {
		const cpuMask = 1 << 8; // GIC_FDT_IRQ_PPI_CPU_MASK for one CPU
		parent.child('timer')
			.prop('interrupts', ppis.flatMap(p => [GIC_FDT_IRQ_TYPE_PPI, p, cpuMask | IRQ_TYPE_LEVEL_HIGH]))
			.prop('always-on', null)
			.prop('compatible', [...compatible]);
	}
}
