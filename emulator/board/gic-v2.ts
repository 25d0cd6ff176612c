// ARM GICv2 (arm,cortex-a15-gic), one CPU, no security extensions, as QEMU's virt has by default:
// a distributor (interrupt state: enable, pending, active, priority, group, trigger) and a CPU
// interface (acknowledge, end of interrupt, priority mask). 288 interrupt IDs: 16 SGIs, 16 PPIs,
// 256 SPIs. With one CPU interface every interrupt targets it, and GICD_ITARGETSR reads as zero
// (the GICv2 specification's uniprocessor case, as QEMU does). Devices drive their lines with
// setLine(); the board asks irqAsserted() between slices, and hears of every change of the CPU's
// IRQ input during one (the constructor's `output`).
import type { DtNode } from '../boot/device-tree.ts';
import { regProp } from './device.ts';
import type { MmioHandler } from '../cpu/unicorn.ts';
import type { Region } from './memory-map.ts';

export const GIC_NR_IRQS = 288;
export const GIC_SPI_BASE = 32;
export const GIC_PPI_BASE = 16;
const NR_SGIS = 16;
const SPURIOUS = 1023;
/** No interrupt active: the running priority is "idle", below every priority. */
const IDLE_PRIORITY = 0x100;

// Distributor registers
const GICD_CTLR = 0x000, GICD_TYPER = 0x004, GICD_IIDR = 0x008;
const GICD_IGROUPR = 0x080, GICD_ISENABLER = 0x100, GICD_ICENABLER = 0x180;
const GICD_ISPENDR = 0x200, GICD_ICPENDR = 0x280, GICD_ISACTIVER = 0x300, GICD_ICACTIVER = 0x380;
const GICD_IPRIORITYR = 0x400, GICD_ITARGETSR = 0x800, GICD_ICFGR = 0xc00;
const GICD_SGIR = 0xf00, GICD_CPENDSGIR = 0xf10, GICD_SPENDSGIR = 0xf20;
// QEMU's GICv2 identification registers, from 0xfd0.
const GICD_ID = [0x04, 0x00, 0x00, 0x00, 0x90, 0xb4, 0x2b, 0x00, 0x0d, 0xf0, 0x05, 0xb1];
const GICD_CTLR_GRP0 = 1, GICD_CTLR_GRP1 = 2;
// CPU interface registers
const GICC_CTLR = 0x00, GICC_PMR = 0x04, GICC_BPR = 0x08, GICC_IAR = 0x0c, GICC_EOIR = 0x10;
const GICC_RPR = 0x14, GICC_HPPIR = 0x18, GICC_ABPR = 0x1c, GICC_AIAR = 0x20, GICC_AEOIR = 0x24;
const GICC_AHPPIR = 0x28, GICC_IIDR = 0xfc, GICC_DIR = 0x1000;
const GICC_CTLR_GRP0 = 1, GICC_CTLR_GRP1 = 2, GICC_CTLR_EOIMODE = 1 << 9;
const GICC_CTLR_MASK = GICC_CTLR_GRP0 | GICC_CTLR_GRP1 | (1 << 2) | (1 << 3) | (1 << 4) | GICC_CTLR_EOIMODE;

export interface GicState {
	dctlr: number; cctlr: number; pmr: number; bpr: number; abpr: number;
	enabled: number[]; latched: number[]; level: number[]; active: number[];
	priority: number[]; edge: number[]; group: number[]; activeStack: number[];
}

export class GicV2 {
	private dctlr = 0;
	private cctlr = 0;
	private pmr = 0;
	private bpr = 0;
	private abpr = 1;
	private readonly enabled = new Uint8Array(GIC_NR_IRQS);
	/** Pending set by an edge, ISPENDR or an SGI; a level interrupt is also pending while its line is high. */
	private readonly latched = new Uint8Array(GIC_NR_IRQS);
	private readonly level = new Uint8Array(GIC_NR_IRQS);
	private readonly active = new Uint8Array(GIC_NR_IRQS);
	private readonly priority = new Uint8Array(GIC_NR_IRQS);
	private readonly edge = new Uint8Array(GIC_NR_IRQS);
	private readonly group = new Uint8Array(GIC_NR_IRQS);
	/** Acknowledged interrupts whose priority has not been dropped yet, most recent last. */
	private activeStack: number[] = [];
	/** The highest-priority interrupt that could be acknowledged now, or SPURIOUS; undefined: recompute. */
	private best?: number;
	/** The enabled interrupts, in order (a guest enables a score of the 288); undefined: recompute. */
	private enabledIds?: number[];

	readonly distributor: MmioHandler = { read: (o, s) => this.distRead(o, s), write: (o, s, v) => this.distWrite(o, s, Number(v & 0xffffffffn)) };
	readonly cpuInterface: MmioHandler = { read: o => this.cpuRead(o), write: (o, _s, v) => this.cpuWrite(o, Number(v & 0xffffffffn)) };

	/**
	 * `output` hears, after every change of state, whether the CPU's IRQ input is asserted: the
	 * board ends a run there to take the interrupt at once.
	 */
	constructor(private readonly output: (asserted: boolean) => void = () => {}) { this.reset(); }

	/** The state changed: the best interrupt is to be found again. */
	private changed(): void {
		this.best = undefined;
		this.output(this.irqAsserted());
	}

	private reset(): void {
		for (let i = 0; i < NR_SGIS; i++) { this.enabled[i] = 1; this.edge[i] = 1; }
		this.enabledIds = undefined;
	}

	private enabledList(): number[] {
		return this.enabledIds ??= Array.from(this.enabled.keys()).filter(i => this.enabled[i]);
	}

	/** A device's interrupt line: INTID `intid` goes high or low. */
	setLine(intid: number, high: boolean): void {
		const v = high ? 1 : 0;
		if (this.level[intid] === v) return;
		this.level[intid] = v;
		if (high && this.edge[intid]) this.latched[intid] = 1;
		this.changed();
	}

	/** The CPU's IRQ input: an enabled, pending interrupt above the priority mask and the running priority. */
	irqAsserted(): boolean {
		return this.highestPending() !== SPURIOUS;
	}

	private pending(i: number): boolean {
		return this.latched[i] === 1 || (this.level[i] === 1 && !this.edge[i]);
	}

	private groupEnabled(i: number): boolean {
		const g = this.group[i];
		return (this.dctlr & (g ? GICD_CTLR_GRP1 : GICD_CTLR_GRP0)) !== 0 &&
			(this.cctlr & (g ? GICC_CTLR_GRP1 : GICC_CTLR_GRP0)) !== 0;
	}

	private runningPriority(): number {
		const top = this.activeStack.at(-1);
		return top === undefined ? IDLE_PRIORITY : this.priority[top];
	}

	/** Group priority: the bits above the binary point (BPR). */
	private groupPriority(p: number): number {
		return p & (0xff << (this.bpr + 1)) & 0x1ff;
	}

	private highestPending(): number {
		if (this.best !== undefined) return this.best;
		let best = SPURIOUS, bestPrio = 0x100;
		for (const i of this.enabledList()) {
			if (this.active[i] || !this.pending(i) || !this.groupEnabled(i)) continue;
			if (this.priority[i] < bestPrio) { best = i; bestPrio = this.priority[i]; }
		}
		const running = this.runningPriority();
		if (best !== SPURIOUS && (bestPrio >= this.pmr ||
			(running !== IDLE_PRIORITY && this.groupPriority(bestPrio) >= this.groupPriority(running)))) best = SPURIOUS;
		return (this.best = best);
	}

	/** Highest pending for HPPIR: ignores the running priority and the mask. */
	private highestPendingAny(): number {
		let best = SPURIOUS, bestPrio = 0x100;
		for (const i of this.enabledList())
			if (!this.active[i] && this.pending(i) && this.priority[i] < bestPrio) { best = i; bestPrio = this.priority[i]; }
		return best;
	}

	private acknowledge(): number {
		const id = this.highestPending();
		if (id === SPURIOUS) return SPURIOUS;
		this.active[id] = 1;
		this.latched[id] = 0; // a level interrupt stays pending while its line is high, but is now active
		this.activeStack.push(id);
		this.changed();
		return id; // SGIs would carry the source CPU in bits 10-12: always CPU 0 here
	}

	private priorityDrop(id: number): void {
		const at = this.activeStack.lastIndexOf(id);
		if (at >= 0) this.activeStack.splice(at, 1);
	}

	/** GICC_EOIR's write (cpuWrite tells of the change). */
	private endOfInterrupt(value: number): void {
		const id = value & 0x3ff;
		if (id >= GIC_NR_IRQS) return;
		this.priorityDrop(id);
		if (!(this.cctlr & GICC_CTLR_EOIMODE)) this.active[id] = 0;
	}

	// ---- distributor ----

	/** Registers with one bit per interrupt: the array behind them, and whether a write sets or clears. */
	private bitRegister(offset: number): [Uint8Array, 'set' | 'clear' | 'write'] | undefined {
		if (offset >= GICD_IGROUPR && offset < GICD_ISENABLER) return [this.group, 'write'];
		if (offset >= GICD_ISENABLER && offset < GICD_ICENABLER) return [this.enabled, 'set'];
		if (offset >= GICD_ICENABLER && offset < GICD_ISPENDR) return [this.enabled, 'clear'];
		if (offset >= GICD_ISPENDR && offset < GICD_ICPENDR) return [this.latched, 'set'];
		if (offset >= GICD_ICPENDR && offset < GICD_ISACTIVER) return [this.latched, 'clear'];
		if (offset >= GICD_ISACTIVER && offset < GICD_ICACTIVER) return [this.active, 'set'];
		if (offset >= GICD_ICACTIVER && offset < GICD_IPRIORITYR) return [this.active, 'clear'];
		return undefined;
	}

	private distRead(offset: number, size: number): number {
		if (offset === GICD_CTLR) return this.dctlr;
		if (offset === GICD_TYPER) return GIC_NR_IRQS / 32 - 1;
		if (offset === GICD_IIDR) return 0x43b;
		const bits = this.bitRegister(offset);
		if (bits) {
			const [arr] = bits;
			const first = ((offset & 0x7f) >> 2) * 32;
			const pendingView = arr === this.latched;
			let v = 0;
			for (let b = 0; b < 32 && first + b < GIC_NR_IRQS; b++)
				if (pendingView ? this.pending(first + b) : arr[first + b]) v |= 1 << b;
			return v >>> 0;
		}
		if (offset >= GICD_IPRIORITYR && offset < GICD_ITARGETSR) return this.bytes(this.priority, offset - GICD_IPRIORITYR, size);
		if (offset >= GICD_ICFGR && offset < GICD_ICFGR + GIC_NR_IRQS / 4) {
			const first = (offset - GICD_ICFGR) * 4;
			let v = 0;
			for (let i = 0; i < 16 && first + i < GIC_NR_IRQS; i++) if (this.edge[first + i]) v |= 2 << (2 * i);
			return v >>> 0;
		}
		if (offset >= GICD_CPENDSGIR && offset < GICD_SPENDSGIR + 0x10) {
			const first = (offset & 0xf);
			let v = 0;
			for (let i = 0; i < 4; i++) if (this.latched[first + i]) v |= 1 << (8 * i);
			return v;
		}
		if (offset >= 0xfd0 && offset < 0x1000) return GICD_ID[(offset - 0xfd0) >> 2] ?? 0;
		return 0;
	}

	private bytes(arr: Uint8Array, index: number, size: number): number {
		let v = 0;
		for (let i = 0; i < size && index + i < GIC_NR_IRQS; i++) v |= arr[index + i] << (8 * i);
		return v >>> 0;
	}

	private distWrite(offset: number, size: number, value: number): void {
		this.writeDistributor(offset, size, value);
		this.changed();
	}

	private writeDistributor(offset: number, size: number, value: number): void {
		if (offset === GICD_CTLR) { this.dctlr = value & (GICD_CTLR_GRP0 | GICD_CTLR_GRP1); return; }
		const bits = this.bitRegister(offset);
		if (bits) {
			const [arr, how] = bits;
			const first = ((offset & 0x7f) >> 2) * 32;
			if (arr === this.enabled) this.enabledIds = undefined;
			for (let b = 0; b < 32 && first + b < GIC_NR_IRQS; b++) {
				const id = first + b, set = (value >>> b) & 1;
				if (arr === this.enabled && id < NR_SGIS) continue; // SGIs are always enabled
				if (how === 'write') arr[id] = set;
				else if (set) arr[id] = how === 'set' ? 1 : 0;
				if (arr === this.active && how === 'clear' && set) this.priorityDrop(id);
			}
			return;
		}
		if (offset >= GICD_IPRIORITYR && offset < GICD_ITARGETSR) {
			for (let i = 0; i < size; i++) {
				const id = offset - GICD_IPRIORITYR + i;
				if (id < GIC_NR_IRQS) this.priority[id] = (value >>> (8 * i)) & 0xff;
			}
			return;
		}
		if (offset >= GICD_ICFGR && offset < GICD_ICFGR + GIC_NR_IRQS / 4) {
			const first = (offset - GICD_ICFGR) * 4;
			for (let i = 0; i < 16; i++) {
				const id = first + i;
				if (id >= NR_SGIS && id < GIC_NR_IRQS) this.edge[id] = (value >>> (2 * i + 1)) & 1;
			}
			return;
		}
		if (offset === GICD_SGIR) {
			const filter = (value >>> 24) & 3, targetList = (value >>> 16) & 0xff;
			// Filter 0: the listed CPUs; 1: all but this one (none, on one CPU); 2: this CPU only.
			if (filter === 2 || (filter === 0 && (targetList & 1))) this.latched[value & 0xf] = 1;
			return;
		}
		if (offset >= GICD_CPENDSGIR && offset < GICD_SPENDSGIR + 0x10) {
			const set = offset >= GICD_SPENDSGIR, first = offset & 0xf;
			for (let i = 0; i < 4; i++) if ((value >>> (8 * i)) & 1) this.latched[first + i] = set ? 1 : 0;
		}
	}

	// ---- CPU interface ----

	private cpuRead(offset: number): number {
		switch (offset) {
		case GICC_CTLR: return this.cctlr;
		case GICC_PMR: return this.pmr;
		case GICC_BPR: return this.bpr;
		case GICC_ABPR: return this.abpr;
		case GICC_IAR: case GICC_AIAR: return this.acknowledge();
		case GICC_RPR: { const r = this.runningPriority(); return r === IDLE_PRIORITY ? 0xff : r; }
		case GICC_HPPIR: case GICC_AHPPIR: return this.highestPendingAny();
		case GICC_IIDR: return 0x0002043b; // architecture version 2, ARM
		default: return 0; // the active priorities (APR) and the rest: nothing a driver needs
		}
	}

	private cpuWrite(offset: number, value: number): void {
		switch (offset) {
		case GICC_CTLR: this.cctlr = value & GICC_CTLR_MASK; break;
		case GICC_PMR: this.pmr = value & 0xff; break;
		case GICC_BPR: this.bpr = value & 7; break;
		case GICC_ABPR: this.abpr = Math.max(1, value & 7); break;
		case GICC_EOIR: case GICC_AEOIR: this.endOfInterrupt(value); break;
		case GICC_DIR: {
			const id = value & 0x3ff;
			if (id < GIC_NR_IRQS) this.active[id] = 0;
			break;
		}
		}
		this.changed();
	}

	save(): GicState {
		const a = (x: Uint8Array) => Array.from(x);
		return {
			dctlr: this.dctlr, cctlr: this.cctlr, pmr: this.pmr, bpr: this.bpr, abpr: this.abpr,
			enabled: a(this.enabled), latched: a(this.latched), level: a(this.level), active: a(this.active),
			priority: a(this.priority), edge: a(this.edge), group: a(this.group),
			activeStack: [...this.activeStack],
		};
	}

	restore(s: GicState): void {
		({ dctlr: this.dctlr, cctlr: this.cctlr, pmr: this.pmr, bpr: this.bpr, abpr: this.abpr } = s);
		this.enabled.set(s.enabled); this.latched.set(s.latched); this.level.set(s.level); this.active.set(s.active);
		this.priority.set(s.priority); this.edge.set(s.edge); this.group.set(s.group);
		this.activeStack = [...s.activeStack];
		this.enabledIds = undefined;
		this.changed();
	}

	/** The interrupt controller node, as QEMU's virt writes it; `phandle` is what interrupt-parent refers to. */
	describe(parent: DtNode, dist: Region, cpu: Region, phandle: number): void {
		parent.child(`intc@${dist.base.toString(16)}`)
			.prop('phandle', [phandle])
			.prop('reg', [...regProp(dist.base, dist.size), ...regProp(cpu.base, cpu.size)])
			.prop('compatible', 'arm,cortex-a15-gic')
			.prop('ranges', null)
			.prop('#size-cells', [2])
			.prop('#address-cells', [2])
			.prop('interrupt-controller', null)
			.prop('#interrupt-cells', [3]);
	}
}

/** A device-tree `interrupts` cell triple: SPI n, level high, as QEMU's virt describes its devices. */
export const GIC_FDT_IRQ_TYPE_SPI = 0, GIC_FDT_IRQ_TYPE_PPI = 1;
export const IRQ_TYPE_LEVEL_HIGH = 4, IRQ_TYPE_EDGE_RISING = 1;
export const spiCells = (irq: number) => [GIC_FDT_IRQ_TYPE_SPI, irq, IRQ_TYPE_LEVEL_HIGH];
