// The instruction cache as the guest's software sees it. On ARM, code written to memory is only
// sure to run after the writer invalidates the instruction cache (IC IVAU by address, IC IALLU for
// everything), as Linux does after loading a module or patching an instruction. Unicorn 2.1 does
// not see every write to code it has translated: a store through a TLB entry filled after a TLB
// flush leaves the old translation in place, and a module loaded where a freed one was ran the freed
// module's code. So when the guest invalidates its instruction cache, the board drops what Unicorn
// translated from those pages: the CPU stops at the end of the block (the guest's isb, which a
// change of code needs, ends it), and the next slice starts with the translations gone.
//
// AArch64's IC instructions reach the board through Unicorn's SYS instruction hook. AArch32's
// (MCR p15, 0, Rt, c7, c5, 1 and the like) have no such hook: the board traps every c7 access to
// Hyp (HSTR.T7) and its CPU code hands the invalidations here (arm-cpu.ts).
import { translate } from '../cpu/address-translation.ts';
import type { SysReg } from '../cpu/arm64-registers.ts';
import type { LineMemory, Unicorn } from '../cpu/unicorn.ts';

const PAGE = 0x1000n;
/** Cortex-A57's (and A15's) smallest instruction cache line (CTR.IminLine): one IC IVAU covers this much. */
const LINE = 64n;

/**
 * CRm of IC IALLUIS, and of IC IALLU and IC IVAU. The shim's filter keeps the rest, the IC IVAUs of
 * a page's further lines included (sys-insn-filter.c), as invalidateLine() does for AArch32.
 */
const CRMS = [1, 5];
const isIc = (op: SysReg) => op.op0 === 1 && op.crn === 7;
const isIcIvau = (op: SysReg) => isIc(op) && op.op1 === 3 && op.crm === 5 && op.op2 === 1;
const isIcIallu = (op: SysReg) => isIc(op) && op.op1 === 0 && (op.crm === 5 || op.crm === 1) && op.op2 === 0;

export class InstructionCache {
	private pages: bigint[] = [];
	private everything = false;
	private lines: LineMemory = { lastLine: undefined };

	/** ram: the physical range whose translations IC IALLU drops; stop: end the slice at the next block. */
	constructor(private readonly cpu: Unicorn, private readonly ram: [bigint, bigint], private readonly stop: () => void) {
		if (cpu.arch === 'arm64') this.lines = cpu.onSysInstruction(CRMS, (op, xt) => this.maintenance(op, xt));
	}

	/** The last line invalidated, while no other cache maintenance has come since: a snapshot's. */
	get lastLine(): bigint | undefined { return this.lines.lastLine; }
	set lastLine(va: bigint | undefined) { this.lines.lastLine = va; }

	private maintenance(op: SysReg, xt: bigint): void {
		if (isIcIallu(op)) this.invalidateAll();
		else if (isIcIvau(op)) this.invalidatePageOf(xt);
	}

	/** Keep the last line where the 32-bit board's native shim keeps it: it steps over a range's next lines itself (arm-fast-exceptions.ts). */
	shareLines(lines: LineMemory): void {
		lines.lastLine = this.lines.lastLine;
		this.lines = lines;
	}

	/** Invalidate the whole instruction cache (IC IALLU, ICIALLU). */
	invalidateAll(): void {
		this.lines.lastLine = undefined;
		this.everything = true;
		this.stop();
	}

	/** Invalidate the line at virtual address `va` (AArch32's ICIMVAU; AArch64's IC IVAU is kept a page at a time by the filter). */
	invalidateLine(va: bigint): void {
		const line = this.lines.lastLine;
		this.lines.lastLine = va;
		// The next line of a range being invalidated (flush_icache_range's loop): its page is done.
		if (line !== undefined && va > line && va - line <= LINE && (va & ~(PAGE - 1n)) === (line & ~(PAGE - 1n))) return;
		this.invalidatePageOf(va);
	}

	/** Drop the translations of the page that holds virtual address `va`, as the CPU maps it now. */
	private invalidatePageOf(va: bigint): void {
		const pa = translate(this.cpu, va);
		if (pa === undefined) return;
		this.pages.push(pa & ~(PAGE - 1n));
		this.stop();
	}

	/** Some other cache maintenance: a line invalidated next starts a range of its own. */
	otherMaintenance(): void {
		this.lines.lastLine = undefined;
	}

	/** Between slices: forget the translations the guest invalidated during the last one. */
	apply(): void {
		// Not UC_CTL_TB_FLUSH: Unicorn 2.1 answers it by touching its whole 1 GiB translation buffer
		// (one IC IALLU at boot made a command cost 1.1 GiB of resident memory and twice the CPU).
		if (this.everything) this.cpu.invalidatePhysical([this.ram]);
		else if (this.pages.length) this.cpu.invalidatePhysical(this.pages.map(p => [p, p + PAGE]));
		this.everything = false;
		this.pages = [];
	}
}
