// The kobox board: one ARM64 CPU, RAM, and the devices of the memory map, booted like arm64 Linux.
import { setImmediate as yieldToEventLoop, setTimeout as sleep } from 'node:timers/promises';
import { createHash, randomBytes } from 'node:crypto';
import { Unicorn, type CpuContext } from '../cpu/unicorn.ts';
import { InstructionCounter, type RunEnd } from '../cpu/instruction-counter.ts';
import { decodeSnapshot, type BoardSnapshot } from './snapshot-file.ts';
import { PAGE, RamImage } from './ram-image.ts';
import { HostMemory } from '../cpu/host-memory.ts';

export type { BoardSnapshot } from './snapshot-file.ts';
import { Reg, SysRegs, PSTATE_DAIF, PSTATE_EL1H, type SysReg } from '../cpu/arm64-registers.ts';
import { Intno, EC, ESR_IL, PSTATE_I, currentLevel, esrClass, pendingException, takeIrq, takeSyncException } from '../cpu/exception-entry.ts';
import { readVirtual } from '../cpu/address-translation.ts';
import { locateAccess } from '../cpu/access-locator.ts';
import { DtNode, flattenDeviceTree } from '../boot/device-tree.ts';
import { loadKernelImage, type KernelImage } from '../boot/kernel-image.ts';
import { defaultKernelPath, requireFile } from '../paths.ts';
import { memoryMap, bootLayout, pageAligned, timerPpi } from './memory-map.ts';
import { regProp, type MmioDevice } from './device.ts';
import { Pl011Uart } from './pl011-uart.ts';
import { GoldfishRtc } from './goldfish-rtc.ts';
import { GicV2, GIC_PPI_BASE, GIC_SPI_BASE } from './gic-v2.ts';
import { GenericTimer } from './generic-timer.ts';
import { FilesWindow } from './files-window.ts';
import { PvPanic } from './pvpanic.ts';
import { PsciDevice, type PowerRequest } from './psci.ts';
import { VirtualClock, HostClock, type Clock } from './clock.ts';
import { InstructionCache } from './instruction-cache.ts';
import { describeKernelFault, type KernelFault } from './fault-report.ts';
import { DebugControl, type BoardDebugger, type OpenSlice } from './debug-control.ts';
import type { BoardExit } from './exit.ts';

export interface BoardOptions {
	/** The kernel ELF; defaults to the one the build puts in the cache. */
	kernel?: string;
	/** The whole kernel command line, like QEMU's -append. */
	cmdline?: string;
	/** RAM size in bytes. */
	memory?: number;
	/** An initramfs (cpio archive) handed to the kernel through /chosen, as a bootloader does. */
	initrd?: Buffer;
	time?: 'virtual' | 'host';
	/** Console bytes as the guest writes them. */
	onConsole?: (data: Buffer) => void;
	/** Give up after this many seconds of host time (0: never). */
	timeoutSeconds?: number;
	/** More console input may come (a person typing): waiting for it is not a stall. */
	interactive?: boolean;
	/** resume() returns at the end of the slice in which the guest writes this to the console. */
	pauseOn?: string;
	/**
	 * Start in the state of this snapshot file (snapshot-file.ts; kernel, command line and RAM size
	 * as when it was saved) instead of at the kernel's entry.
	 */
	state?: Buffer;
}


export type { BoardExit, ExitReason } from './exit.ts';

export const DEFAULT_CMDLINE = 'console=ttyAMA0';

/** The kernel ELF a board boots, or why there is none. */
export const kernelPathOf = (options: Pick<BoardOptions, 'kernel'>) => options.kernel
	? requireFile(options.kernel, 'kernel')
	: requireFile(defaultKernelPath, 'guest kernel', "run 'npm run setup' to build it");
/**
 * Instructions per slice (a uc_emu_start call), at least: a slice ends at the first block boundary
 * past it (the virtual clock's resolution, 10 µs). While an interrupt waits for the guest to unmask
 * IRQs, the slice also ends at the first block boundary with IRQs unmasked: the instructions that
 * unmask them (msr daifclr, msr daif) end their block, so the interrupt comes right after the
 * unmasking, however short the window before the guest masks them again (as an idle loop does,
 * around its wfi). An access to the timer, which traps to the board anyway, takes a waiting
 * interrupt first if the guest has unmasked.
 */
const SLICE = 10_000;
/** The phandle of the interrupt controller in the device tree. */
const GIC_PHANDLE = 0x8001;
const EC_SYS64 = 0x18;
/** Run this long before letting Node's event loop breathe (input, signals, timers). */
const BATCH_MS = 20;
const WFI = 0xd503207f;
/** Waiting for input with no alarm: wake at least this often to check the timeout. */
const FOREVER = 1n << 62n;
const MAX_IDLE_MS = 1000;
const HVC_MASK = 0xffe0001f, HVC = 0xd4000002;

export class Board {
	readonly cpu = new Unicorn();
	/** Instructions retired: the virtual clock's source. */
	readonly counter = new InstructionCounter(this.cpu);
	readonly clock: Clock;
	readonly uart: Pl011Uart;
	private readonly kernelPath: string;
	private kernelImage?: KernelImage;
	readonly cmdline: string;
	readonly memorySize: number;
	/** Files for a running guest: see files-window.ts. */
	readonly files: FilesWindow;
	/** Guest RAM, shared with Unicorn: snapshots copy it and compare against it directly. */
	private readonly hostRam: HostMemory;
	private readonly ram: Buffer;
	/** An image of RAM as it is, while the guest has not run since (a restore, or a snapshot). */
	private ramImage?: RamImage;
	private readonly psci: PsciDevice;
	private readonly rtc: GoldfishRtc;
	readonly gic = new GicV2();
	readonly timer: GenericTimer;
	private inputArrived?: () => void;
	private inputEnded = false;
	private readonly scratch: CpuContext;
	private readonly icache: InstructionCache;
	private consoleChunks: Buffer[] = [];
	private consoleText: string[] = [];
	private exit?: BoardExit;
	private panicked = false;
	private lastKernelFault?: KernelFault;
	/** The physical address of the last access to nothing (Unicorn then stops with an error). */
	private unmappedAccess?: bigint;
	private pauseMatched = 0;
	private paused = false;
	/** The slice begun and not yet run to its end: only a debugger's stop leaves one open. */
	private open?: OpenSlice;
	/** A debugger's hold on the board, once one is attached. */
	private debug?: DebugControl;
	private consoleLength = 0;
	/** How much of the console onConsole has been given: a debugger's replay shows nothing twice. */
	private consoleShown = 0;

	/** The kernel ELF, read when first needed: a board restored from a snapshot file may never need it. */
	get kernel(): KernelImage { return this.kernelImage ??= loadKernelImage(this.kernelPath); }

	constructor(private readonly options: BoardOptions = {}) {
		this.cmdline = options.cmdline ?? DEFAULT_CMDLINE;
		this.memorySize = options.memory ?? memoryMap.ram.size;
		this.clock = options.time === 'host' ? new HostClock() : new VirtualClock(() => this.counter.retired);
		this.kernelPath = kernelPathOf(options);
		const spi = (irq: number) => (high: boolean) => this.gic.setLine(GIC_SPI_BASE + irq, high);
		this.uart = new Pl011Uart(b => this.transmitted(b), spi(memoryMap.uart0.irq!));
		this.psci = new PsciDevice(req => this.powerRequest(req));
		this.rtc = new GoldfishRtc(this.clock, spi(memoryMap.rtc.irq!));
		this.timer = new GenericTimer(this.clock, high => this.gic.setLine(GIC_PPI_BASE + timerPpi.nonSecureEl1, high));
		const devices: [keyof typeof memoryMap, MmioDevice][] = [
			['uart0', this.uart],
			['rtc', this.rtc],
			['pvpanic', new PvPanic(() => { this.panicked = true; })],
		];
		this.hostRam = HostMemory.anonymous(this.memorySize);
		this.ram = this.hostRam.buffer;
		this.cpu.mapRamBuffer(memoryMap.ram.base, this.ram);
		for (const [name, dev] of devices) this.cpu.mapMmio(memoryMap[name].base, pageAligned(memoryMap[name].size), dev);
		this.cpu.mapMmio(memoryMap.gicDist.base, memoryMap.gicDist.size, this.gic.distributor);
		this.cpu.mapMmio(memoryMap.gicCpu.base, memoryMap.gicCpu.size, this.gic.cpuInterface);
		this.files = new FilesWindow(this.cpu, memoryMap.files.base, memoryMap.files.size);
		this.files.load();
		this.scratch = this.cpu.saveContext();
		this.cpu.onInterrupt(intno => this.exception(intno));
		this.cpu.onMemoryFault((_type, address) => { this.unmappedAccess = address; return false; });
		this.icache = new InstructionCache(this.cpu, [memoryMap.ram.base, memoryMap.ram.base + BigInt(this.memorySize)], () => this.counter.stopAtBlock());
		if (options.state) {
			// RAM is all zero and nothing is translated yet: the file's pages go straight in.
			try {
				const state = decodeSnapshot(options.state, this.cpu, this.ram);
				this.restoreState(state);
				state.cpu.free();
				this.ramImage = state.ram;
			} catch (e) {
				this.cpu.close();
				throw e;
			}
			return;
		}
		this.loadKernel();
		const initrd = this.loadInitrd();
		this.cpu.writeMemory(bootLayout.deviceTree, this.deviceTree(devices, initrd));
		this.resetCpu();
	}

	private loadKernel(): void {
		const ramEnd = memoryMap.ram.base + BigInt(this.memorySize);
		if (this.kernel.end > ramEnd) throw new Error(`kernel does not fit in ${this.memorySize >> 20} MiB of RAM`);
		for (const seg of this.kernel.segments) this.cpu.writeMemory(seg.paddr, seg.data);
	}

	/** The initramfs goes after the kernel image, 2 MiB aligned. Returns its [start, end). */
	private loadInitrd(): [bigint, bigint] | undefined {
		const data = this.options.initrd;
		if (!data) return undefined;
		const start = (this.kernel.end + 0x1f_ffffn) & ~0x1f_ffffn;
		const end = start + BigInt(data.length);
		if (end > memoryMap.ram.base + BigInt(this.memorySize) - 0x100_0000n)
			throw new Error(`initramfs of ${data.length >> 20} MiB does not fit in ${this.memorySize >> 20} MiB of RAM`);
		this.cpu.writeMemory(start, data);
		return [start, end];
	}

	private deviceTree(devices: [keyof typeof memoryMap, MmioDevice][], initrd?: [bigint, bigint]): Buffer {
		const root = new DtNode('')
			.prop('interrupt-parent', [GIC_PHANDLE])
			.prop('compatible', 'linux,dummy-virt')
			.prop('#address-cells', [2]).prop('#size-cells', [2]);
		const uartPath = `/pl011@${memoryMap.uart0.base.toString(16)}`;
		const chosen = root.child('chosen').prop('bootargs', this.cmdline).prop('stdout-path', uartPath);
		if (initrd) chosen.prop('linux,initrd-start', [initrd[0]]).prop('linux,initrd-end', [initrd[1]]);
		// Entropy for the guest's random numbers: fixed on the virtual clock, so runs repeat.
		chosen.prop('rng-seed', this.clock.kind === 'virtual'
			? createHash('sha512').update('kobox virtual rng-seed').digest()
			: randomBytes(64));
		root.child(`memory@${memoryMap.ram.base.toString(16)}`)
			.prop('device_type', 'memory').prop('reg', regProp(memoryMap.ram.base, this.memorySize));
		const cpus = root.child('cpus').prop('#address-cells', [1]).prop('#size-cells', [0]);
		cpus.child('cpu@0').prop('device_type', 'cpu').prop('compatible', 'arm,cortex-a57')
			.prop('reg', [0]).prop('enable-method', 'psci');
		this.psci.describe(root);
		this.gic.describe(root, memoryMap.gicDist, memoryMap.gicCpu, GIC_PHANDLE);
		this.timer.describe(root, [timerPpi.secureEl1, timerPpi.nonSecureEl1]);
		for (const [name, dev] of devices) dev.describe(root, memoryMap[name]);
		this.files.describe(root);
		const dtb = flattenDeviceTree(root);
		if (dtb.length > bootLayout.deviceTreeMax) throw new Error('device tree too large');
		return dtb;
	}

	/** The state arm64 Linux expects from a bootloader: EL1h, MMU off, x0 = device tree. */
	private resetCpu(): void {
		const cpu = this.cpu;
		cpu.setSysReg(SysRegs.SCR_EL3, 0x401n); // RW | NS: EL1 is AArch64 and non-secure
		cpu.setSysReg(SysRegs.HCR_EL2, 1n << 31n); // RW
		cpu.setSysReg(SysRegs.CNTHCTL_EL2, 0n); // EL1 physical timer and counter accesses trap to the board
		cpu.setReg(Reg.PSTATE, BigInt(PSTATE_DAIF | PSTATE_EL1H));
		cpu.setSysReg(SysRegs.SPSR_EL1, 0n);
		for (let i = 0; i < 31; i++) cpu.setX(i, 0);
		cpu.setX(0, bootLayout.deviceTree);
		cpu.pc = this.kernel.entry;
	}

	private powerRequest(req: PowerRequest): void {
		this.finish(this.panicked
			? { reason: 'panic', message: 'guest kernel panicked' }
			: req === 'off'
				? { reason: 'poweroff', message: 'guest powered the board off' }
				: { reason: 'reset', message: 'guest reset the board' });
	}

	private finish(exit: BoardExit): void {
		this.exit ??= exit;
		this.cpu.stop();
	}

	/**
	 * Unicorn reports every CPU exception here; do what the hardware would. First the instruction
	 * counter learns where the exception left the block it cut short: the instructions before the
	 * one that raised it retired, and so did an SVC (its return address is the next instruction);
	 * an instruction that faulted did not. An HVC or a trapped register access that the board
	 * carries out retires too, when the board steps over it.
	 */
	private exception(intno: number): void {
		const cpu = this.cpu;
		const pc = cpu.pc;
		const from = currentLevel(cpu.reg(Reg.PSTATE));
		const pending = pendingException(cpu, this.scratch);
		// Unicorn reports an SMC with the address after it; the board makes it an undefined instruction.
		this.counter.cut(intno === Intno.SMC ? pc - 4n : pc);
		if (intno === Intno.UDEF && pending.targetEl === 2 && esrClass(pending.syndrome) === EC_SYS64) {
			// The board has the CPU between two instructions: an interrupt the guest has
			// unmasked since the slice began is taken now, before the access.
			if (this.gic.irqAsserted() && (cpu.reg(Reg.PSTATE) & PSTATE_I) === 0n) {
				this.debug?.faulted();
				takeIrq(cpu);
				return;
			}
			this.sysRegTrap(pending.syndrome, pc);
			return;
		}
		if (intno === Intno.UDEF && this.isHvc(pc)) {
			cpu.setX(0, this.psci.call(Number(cpu.x(0) & 0xffffffffn), cpu.x(1)));
			this.stepOver(pc);
			return;
		}
		switch (intno) {
		case Intno.SWI:
			if (from.el === 0) this.lastKernelFault = undefined; // the kernel got back to user space
			takeSyncException(cpu, pending.syndrome, pc);
			return;
		case Intno.UDEF:
		case Intno.BKPT:
			this.debug?.faulted();
			this.noteKernelFault(from.el, pc, pending.syndrome);
			takeSyncException(cpu, pending.syndrome, pc);
			return;
		case Intno.PREFETCH_ABORT: // no instruction started: the fetch failed
		case Intno.DATA_ABORT:
			if (intno === Intno.DATA_ABORT) this.debug?.faulted();
			this.noteKernelFault(from.el, pc, pending.syndrome, pending.faultAddress);
			takeSyncException(cpu, pending.syndrome, pc, pending.faultAddress);
			return;
		case Intno.SMC: // no secure firmware on this board: SMC is undefined
			this.debug?.faulted();
			this.noteKernelFault(from.el, pc - 4n, ESR_IL);
			takeSyncException(cpu, ESR_IL, pc - 4n);
			return;
		default:
			this.finish({ reason: 'cpu-error', message: `unexpected CPU exception ${intno} at pc 0x${pc.toString(16)}` });
		}
	}

	/** The board carried out the instruction at `pc` for the guest: it retired, go on after it. */
	private stepOver(pc: bigint): void {
		this.cpu.pc = pc + 4n;
		this.counter.stepOver();
	}

	/**
	 * An EL1 access to the generic timer, trapped to EL2 (CNTHCTL_EL2): do it, and step over the
	 * instruction. A register the board does not serve is an undefined instruction for the guest.
	 */
	private sysRegTrap(esr: bigint, pc: bigint): void {
		const cpu = this.cpu;
		const iss = Number(esr & 0x1ff_ffffn);
		const rt = (iss >> 5) & 31, read = (iss & 1) === 1;
		const reg: SysReg = { op0: (iss >> 20) & 3, op2: (iss >> 17) & 7, op1: (iss >> 14) & 7, crn: (iss >> 10) & 15, crm: (iss >> 1) & 15 };
		let served: boolean;
		if (read) {
			const value = this.timer.readRegister(reg);
			served = value !== undefined;
			if (value !== undefined && rt !== 31) cpu.setX(rt, value);
		} else {
			served = this.timer.writeRegister(reg, rt === 31 ? 0n : cpu.x(rt));
		}
		if (served) {
			this.stepOver(pc);
		} else {
			this.debug?.faulted();
			takeSyncException(cpu, ESR_IL, pc);
		}
	}

	private isHvc(pc: bigint): boolean {
		const insn = readVirtual(this.cpu, pc, 4);
		return insn !== undefined && ((insn.readUInt32LE(0) & HVC_MASK) >>> 0) === HVC;
	}

	private noteKernelFault(el: number, pc: bigint, esr: bigint, far?: bigint): void {
		if (el === 1) this.lastKernelFault = { pc, esr, far };
	}

	/**
	 * An access to a physical address with nothing behind it: a synchronous external abort
	 * for the guest (FAR not valid), as a bus error on real hardware. Unicorn leaves the PC at the
	 * block's start after a data access (see access-locator.ts); after a fetch it is right.
	 */
	private externalAbort(fetch: boolean): void {
		const cpu = this.cpu;
		const block = this.counter.block;
		const pc = !fetch && block && this.unmappedAccess !== undefined
			? locateAccess(cpu, block, this.unmappedAccess) ?? cpu.pc
			: cpu.pc;
		this.unmappedAccess = undefined;
		this.counter.cut(pc);
		if (!fetch) this.debug?.faulted();
		const from = currentLevel(cpu.reg(Reg.PSTATE));
		const ec = fetch ? (from.el ? EC.IABT_CUR : EC.IABT_LOW) : (from.el ? EC.DABT_CUR : EC.DABT_LOW);
		const FNV = 1n << 10n, FSC_EXTERNAL = 0x10n;
		const esr = (BigInt(ec) << 26n) | ESR_IL | FNV | FSC_EXTERNAL;
		this.noteKernelFault(from.el, pc, esr);
		takeSyncException(cpu, esr, pc, 0n);
	}

	private transmitted(byte: number): void {
		this.consoleChunks.push(Buffer.of(byte));
		const marker = this.options.pauseOn;
		if (!marker) return;
		if (byte === marker.charCodeAt(this.pauseMatched)) this.pauseMatched++;
		else this.pauseMatched = byte === marker.charCodeAt(0) ? 1 : 0;
		if (this.pauseMatched === marker.length) {
			this.pauseMatched = 0;
			this.paused = true;
		}
	}

	private flushConsole(): void {
		if (!this.consoleChunks.length) return;
		const data = Buffer.concat(this.consoleChunks);
		this.consoleChunks = [];
		this.consoleText.push(data.toString('latin1'));
		this.consoleLength += data.length;
		const fresh = this.consoleLength - this.consoleShown;
		if (fresh <= 0) return;
		this.options.onConsole?.(fresh < data.length ? data.subarray(data.length - fresh) : data);
		this.consoleShown = this.consoleLength;
	}

	/** Everything the guest has written to the console so far. */
	get console(): string {
		this.flushConsole();
		return this.consoleText.join('');
	}

	/** Stop the board from the host, as pulling the plug (QEMU's Ctrl-A X). */
	quit(): void {
		this.finish({ reason: 'quit', message: 'board stopped from the host' });
		this.inputArrived?.();
	}

	/** Bytes typed for the guest's console (with a debugger attached, the debugger passes them on). */
	input(data: Uint8Array): void {
		if (this.debug) this.debug.debugger_.input(data);
		else this.deliverInput(data);
		this.inputArrived?.();
	}

	/** No more input will come: from now on, waiting for it is a stall. */
	endInput(): void {
		if (this.debug) this.debug.debugger_.input('end');
		else this.deliverInput('end');
		this.inputArrived?.();
	}

	/** Console input (or its end) reaches the guest now: for a debugger, at a slice boundary. */
	deliverInput(data: Uint8Array | 'end'): void {
		if (data === 'end') this.inputEnded = true;
		else this.uart.receive(data);
	}

	/**
	 * Attach a debugger (see debug-control.ts): from now on the board stops where the returned
	 * control says, and hands console input to the debugger.
	 */
	attachDebugger(d: BoardDebugger): DebugControl {
		if (this.debug) throw new Error('a debugger is attached already');
		this.debug = new DebugControl(this.cpu, this.counter, [memoryMap.ram.base, memoryMap.ram.base + BigInt(this.memorySize)], d);
		return this.debug;
	}

	/**
	 * Write guest RAM from the host (a debugger's change), at physical `address`: the code Unicorn
	 * translated from those pages goes, as after a restore.
	 */
	writeRam(address: bigint, data: Uint8Array): void {
		const ram = memoryMap.ram.base;
		if (address < ram || address + BigInt(data.length) > ram + BigInt(this.memorySize)) throw new RangeError(`no RAM at 0x${address.toString(16)}`);
		this.ram.set(data, Number(address - ram));
		this.ramImage = undefined;
		this.cpu.invalidatePhysical([[address & ~0xfffn, (address + BigInt(data.length) + 0xfffn) & ~0xfffn]]);
	}

	/** Stop for the debugger as soon as may be (Ctrl-C): before the next instruction the board runs. */
	debugBreak(): void {
		if (!this.debug) return;
		this.debug.stopAt = this.debug.position;
		this.inputArrived?.();
	}

	/**
	 * Run one slice of instructions. Returns 'run' to go on, 'stopped' when the board has stopped,
	 * or the nanoseconds of host time to wait before going on (the guest sleeps in `wfi`).
	 *
	 * Before the slice, devices whose time has come raise their lines, and a pending interrupt is
	 * taken if the guest has IRQs unmasked. The slice ends at the first block boundary past the next
	 * device event (or, while an interrupt waits, where the guest unmasks IRQs), so a timer
	 * interrupt arrives within a block of its deadline, at the same instruction every run.
	 */
	private step(): 'run' | 'stopped' | 'debug' | bigint {
		const cpu = this.cpu, debug = this.debug;
		if (!this.open) {
			if (debug) {
				debug.debugger_.boundary();
				debug.slices++;
			}
			this.open = this.beginSlice();
		}
		if (debug?.stopsHere()) return 'debug';
		this.ramImage = undefined; // a debugger's stop comes back here within one resume()
		let err: number, end: RunEnd;
		if (debug) {
			const r = debug.run(this.open);
			if (!this.exit) this.icache.apply();
			// Stopped inside the slice: the slice stays open, to go on with afterwards.
			if (r.stopped) return this.exit ? 'stopped' : 'debug';
			({ err, end } = r);
		} else {
			({ err, end } = this.counter.run(Number(this.open.limit - this.counter.retired), this.open.untilUnmasked));
			if (!this.exit) this.icache.apply();
		}
		this.open = undefined;
		if (this.exit) return 'stopped';
		if (err !== 0) {
			const UC_ERR_READ_UNMAPPED = 6, UC_ERR_WRITE_UNMAPPED = 7, UC_ERR_FETCH_UNMAPPED = 8;
			if (err === UC_ERR_READ_UNMAPPED || err === UC_ERR_WRITE_UNMAPPED || err === UC_ERR_FETCH_UNMAPPED) {
				this.externalAbort(err === UC_ERR_FETCH_UNMAPPED);
				return 'run';
			}
			this.finish({ reason: 'cpu-error', message: `CPU stopped: ${cpu.errorText(err)} at pc 0x${cpu.pc.toString(16)}` });
			return 'stopped';
		}
		// Only a run that ended for some other reason than the counter's can have ended in a wfi.
		return end === 'other' && this.waitingForInterrupt() ? this.wakeUp() : 'run';
	}

	/**
	 * A slice's start: devices whose time has come raise their lines, a pending interrupt is taken
	 * if the guest has IRQs unmasked, and the slice's end is set.
	 */
	private beginSlice(): OpenSlice {
		const cpu = this.cpu;
		this.updateDevices();
		let untilUnmasked = false;
		if (this.gic.irqAsserted()) {
			if ((cpu.reg(Reg.PSTATE) & PSTATE_I) === 0n) takeIrq(cpu);
			else untilUnmasked = true;
		}
		let count = SLICE;
		const next = this.nextDeviceEvent();
		if (next !== undefined && this.clock.kind === 'virtual') {
			const ahead = next - this.clock.uptimeNs;
			if (ahead < BigInt(count)) count = Math.max(1, Number(ahead));
		}
		return { limit: this.counter.retired + BigInt(count), untilUnmasked };
	}

	/** Devices whose interrupt depends on time look at the clock. */
	private updateDevices(): void {
		this.timer.update();
		this.rtc.update();
	}

	/** The uptime (ns) of the next device event: a timer or alarm firing. */
	private nextDeviceEvent(): bigint | undefined {
		const t = this.timer.nextEvent(), a = this.rtc.nextEvent();
		return t === undefined ? a : a === undefined || t < a ? t : a;
	}

	/**
	 * The CPU executed `wfi`: decide when it wakes. A pending interrupt wakes it (whatever PSTATE.I
	 * says), and so, as the architecture allows, does console input or a device event: the guest
	 * looks again and waits again if it has nothing to do.
	 *
	 * A slice that wrote the pause marker ends the wait too: the host's answer (console input,
	 * files) comes before the next instruction, so the clock must not first jump to the next device
	 * event. A session's shell that printed the marker and was idle within the same slice used to
	 * find its next command arriving up to 4 s later (the watchdog's timer), all of it idle time.
	 */
	private wakeUp(): 'run' | 'stopped' | bigint {
		this.updateDevices();
		if (this.gic.irqAsserted() || this.uart.hasInput() || this.paused) return 'run';
		const next = this.nextDeviceEvent();
		if (next !== undefined) {
			const delay = next - this.clock.uptimeNs;
			if (this.clock.kind === 'virtual') {
				this.clock.sleep(delay);
				return 'run';
			}
			return delay > 0n ? delay : 'run';
		}
		if (this.options.interactive && !this.inputEnded) return FOREVER;
		this.finish({ reason: 'stalled', message: 'guest stopped making progress: waiting for an event that cannot come' });
		return 'stopped';
	}

	private waitingForInterrupt(): boolean {
		const insn = readVirtual(this.cpu, this.cpu.pc - 4n, 4);
		return insn !== undefined && insn.readUInt32LE(0) === WFI;
	}

	/** Wait (host time) until `ns` have passed or input arrives. */
	private async idle(ns: bigint, limitMs: number): Promise<void> {
		const ms = Math.min(Number(ns / 1_000_000n), limitMs);
		const ac = new AbortController();
		const typed = new Promise<void>(resolve => { this.inputArrived = resolve; });
		await Promise.race([sleep(ms, undefined, { signal: ac.signal }).catch(() => {}), typed]);
		ac.abort();
		this.inputArrived = undefined;
	}

	/** Run until the guest powers off, panics, stalls or runs out of time. */
	async run(): Promise<BoardExit> {
		let r: BoardExit | 'paused';
		do r = await this.resume(); while (r === 'paused');
		return r;
	}

	/** How long each run()/resume() lets the guest run from now on (seconds; 0: no limit). */
	setTimeout(seconds: number): void {
		this.options.timeoutSeconds = seconds;
	}

	/**
	 * Run like run(), but return 'paused' at the end of the slice in which the guest wrote the
	 * `pauseOn` marker: always the same instruction for the same inputs, so what the guest is given
	 * while paused (console input, files) reaches it at a point that does not depend on the host.
	 * The timeout counts from this call.
	 */
	async resume(): Promise<BoardExit | 'paused'> {
		if (this.exit) return this.exit;
		this.ramImage = undefined;
		const timeout = this.options.timeoutSeconds ?? 0;
		let deadline = timeout > 0 ? Date.now() + timeout * 1000 : Infinity;
		try {
			while (!this.exit) {
				const batchEnd = Date.now() + BATCH_MS;
				let state: ReturnType<Board['step']> = 'run';
				// A pause comes at the end of a slice (a debugger's stop may leave one open).
				while (state === 'run' && !(this.paused && !this.open) && Date.now() < batchEnd) state = this.step();
				this.flushConsole();
				if (state === 'debug') {
					// The time the debugger holds the board does not count against the timeout.
					const since = Date.now();
					await this.debug!.debugger_.halted();
					deadline += Date.now() - since;
					this.debug!.resumed();
					continue;
				}
				if (this.paused && !this.open && !this.exit) {
					this.paused = false;
					if (!this.debug || this.debug.debugger_.mayPause()) return 'paused';
				}
				if (!this.exit && Date.now() > deadline)
					this.finish({ reason: 'timeout', message: `guest still running after ${timeout} s (--timeout)` });
				if (this.exit) break;
				if (typeof state === 'bigint' && !this.debug?.debugger_.inputReady())
					await this.idle(state, Math.max(0, Math.min(deadline - Date.now() + 1, MAX_IDLE_MS)));
				else await yieldToEventLoop();
			}
		} catch (e) {
			this.finish({ reason: 'cpu-error', message: `emulator error: ${(e as Error).stack ?? e}` });
		}
		this.flushConsole();
		const exit = this.exit!;
		if (exit.reason === 'panic' && this.lastKernelFault)
			exit.faultReport = await describeKernelFault(this.cpu, this.kernel.symbols, this.lastKernelFault);
		this.debug?.debugger_.exited(exit);
		return exit;
	}

	/**
	 * The whole state of the board: CPU registers (Unicorn's context), RAM (where all of the
	 * kernel's state lives), the instructions retired and the clock, the devices' registers (the interrupt controller's and the
	 * timer's too) and what the console has shown.
	 * The files window is not part of it: the host loads it anew for each use.
	 */
	snapshot(): BoardSnapshot {
		if (this.exit) throw new Error(`cannot snapshot a board that has stopped (${this.exit.reason})`);
		return {
			cpu: this.cpu.saveContext(),
			ram: this.ramImage ??= RamImage.of(this.ram, this.hostRam.touchedPages()),
			clock: this.clock.save(),
			rtc: this.rtc.save(),
			uart: this.uart.save(),
			gic: this.gic.save(),
			timer: this.timer.save(),
			instructions: this.counter.retired,
			console: this.console,
			pauseMatched: this.pauseMatched,
			open: this.open,
			panicked: this.panicked,
			lastKernelFault: this.lastKernelFault,
		};
	}

	/**
	 * Put back the pages that differ from the snapshot's, and drop the code Unicorn translated from
	 * them: translations of unchanged pages stay valid, so a restored board need not translate the
	 * kernel and busybox again. (Without the invalidation, the guest runs stale code.) Pages that are
	 * zero in the snapshot lose their translations too, changed or not: Unicorn misses some guest
	 * writes to pages it has translated (a store through a TLB entry made before the page held code
	 * is not caught), so a page the run filled with code, executed, and cleared again (`dc zva` in
	 * clear_page on a freed module page) would keep the old code's translations.
	 */
	private restoreRam(saved: RamImage): void {
		const base = memoryMap.ram.base;
		const ranges: [bigint, bigint][] = [];
		// A page the guest never touched is still zero: only touched ones need a look.
		const touched = this.hostRam.touchedPages();
		let start = -1, discardFrom = -1;
		for (let off = 0, page = 0; off <= saved.size; off += PAGE, page++) {
			const slot = off < saved.size ? saved.slot(page) : -1;
			let changed = false;
			if (slot >= 0) {
				changed = this.ram.compare(saved.data, slot * PAGE, (slot + 1) * PAGE, off, off + PAGE) !== 0;
				if (changed) saved.data.copy(this.ram, off, slot * PAGE, (slot + 1) * PAGE);
			} else if (off < saved.size && touched[page] & 1) {
				changed = true;
				if (discardFrom < 0) discardFrom = off;
			}
			if (discardFrom >= 0 && !(changed && slot < 0)) {
				this.hostRam.discard(discardFrom, off - discardFrom);
				discardFrom = -1;
			}
			if (changed || (off < saved.size && slot < 0)) {
				if (start < 0) start = off;
			} else if (start >= 0) {
				ranges.push([base + BigInt(start), base + BigInt(off)]);
				start = -1;
			}
		}
		this.cpu.invalidatePhysical(ranges);
	}

	/** Go back to a snapshot of this board: after it, the board runs exactly as it did from there. */
	restore(s: BoardSnapshot): void {
		this.restoreRam(s.ram);
		this.restoreState(s);
		this.ramImage = s.ram;
	}

	/** Everything of a snapshot but its RAM. */
	private restoreState(s: Omit<BoardSnapshot, 'ram'>): void {
		this.cpu.restoreContext(s.cpu);
		this.counter.retired = s.instructions;
		this.clock.restore(s.clock);
		this.gic.restore(s.gic);
		this.timer.restore(s.timer);
		this.rtc.restore(s.rtc);
		this.uart.restore(s.uart);
		this.files.load();
		this.consoleChunks = [];
		this.consoleText = [s.console];
		this.consoleLength = s.console.length;
		if (!this.debug) this.consoleShown = this.consoleLength;
		this.open = s.open;
		this.panicked = s.panicked;
		this.lastKernelFault = s.lastKernelFault;
		this.exit = undefined;
		this.inputEnded = false;
		this.pauseMatched = s.pauseMatched ?? 0;
		this.paused = false;
	}

	close(): void {
		this.cpu.close();
		this.hostRam.discard(0, this.memorySize); // its pages back now; the mapping goes with the board
	}
}
