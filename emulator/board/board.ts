// The kobox board: one ARM CPU (AArch64, or AArch32 for 32-bit ARM), RAM, and the devices of the
// memory map, booted as the architecture's Linux is. What differs between the two is the CPU's
// (arch-cpu.ts); the memory map, the devices and the run loop are the same.
import { setImmediate as yieldToEventLoop, setTimeout as sleep } from 'node:timers/promises';
import { createHash, randomBytes } from 'node:crypto';
import { Unicorn, type CpuContext } from '../cpu/unicorn.ts';
import { InstructionCounter, type RunEnd } from '../cpu/instruction-counter.ts';
import { decodeSnapshot, type BoardSnapshot } from './snapshot-file.ts';
import { PAGE, RamImage } from './ram-image.ts';
import { HostMemory } from '../cpu/host-memory.ts';
import { FastExceptions, type NativeExceptions } from '../cpu/fast-exceptions.ts';
import { ArmFastExceptions } from '../cpu/arm-fast-exceptions.ts';

export type { BoardSnapshot } from './snapshot-file.ts';
import { locateAccess } from '../cpu/access-locator.ts';
import { DtNode, flattenDeviceTree } from '../boot/device-tree.ts';
import { loadKernelImage, type KernelImage } from '../boot/kernel-image.ts';
import { defaultKernelPath, guestKernelPath, requireFile, setupCommand, type Arch } from '../paths.ts';
import type { ArchCpu, BoardServices } from './arch-cpu.ts';
import { Arm64Cpu } from './arm64-cpu.ts';
import { ArmCpu, CACHE_MAINTENANCE } from './arm-cpu.ts';
import { memoryMap, bootLayout, pageAligned, timerPpi } from './memory-map.ts';
import { regProp, type MmioDevice } from './device.ts';
import { Pl011Uart } from './pl011-uart.ts';
import { GoldfishRtc } from './goldfish-rtc.ts';
import { GicV2, GIC_PPI_BASE, GIC_SPI_BASE } from './gic-v2.ts';
import { GenericTimer, NS_PER_TICK } from './generic-timer.ts';
import { FilesWindow } from './files-window.ts';
import { PvPanic } from './pvpanic.ts';
import { Pl061Gpio } from './pl061-gpio.ts';
import { PsciDevice, type PowerRequest } from './psci.ts';
import { VirtualClock, HostClock, NS_PER_INSTRUCTION, type Clock } from './clock.ts';
import { InstructionCache } from './instruction-cache.ts';
import { describeKernelFault, type KernelFault } from './fault-report.ts';
import { DebugControl, type BoardDebugger, type OpenSlice } from './debug-control.ts';
import type { BoardExit } from './exit.ts';

export interface BoardOptions {
	/** The CPU: arm64 (the default), or 32-bit ARM. */
	arch?: Arch;
	/** The kernel ELF; defaults to the one the build puts in the cache for the architecture. */
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

export { guestKernelPath } from '../paths.ts';

/** The kernel ELF a board boots, or why there is none. */
export const kernelPathOf = (options: Pick<BoardOptions, 'kernel' | 'arch'>) => options.kernel
	? requireFile(options.kernel, 'kernel')
	: options.arch === 'arm'
		? requireFile(guestKernelPath('arm'), 'the 32-bit ARM guest kernel', `run ${setupCommand('arm')} to build it`)
		: requireFile(defaultKernelPath, 'guest kernel', `run ${setupCommand('arm64')} to build it`);
/**
 * Instructions per slice (a uc_emu_start call), at most, unless something ends it sooner: a device
 * event (a timer's deadline), or an interrupt the controller asserts during the slice (a device's
 * line, an unmasking write), which ends it at the next block boundary so that the interrupt is taken
 * there. While an interrupt waits for the guest to unmask IRQs, the slice also ends at the first
 * block boundary with IRQs unmasked: the instructions that unmask them (msr daifclr, msr daif) end
 * their block, so the interrupt comes right after the unmasking, however short the window before
 * the guest masks them again (as an idle loop does, around its wfi). An access to the timer, which
 * traps to the board anyway, takes a waiting interrupt first if the guest has unmasked. Each slice
 * costs a return to JavaScript: a short one (it was 10,000) made a busy guest pay one every 10,000
 * instructions. Half a tick (HZ=250: 4 ms, a million instructions): a debugger's Ctrl-C, which
 * stops the board where a slice ends, does not always find it taking the tick's interrupt.
 */
const SLICE = 500_000;
/** The phandle of the interrupt controller in the device tree. */
const GIC_PHANDLE = 0x8001;
/** Run this long before letting Node's event loop breathe (input, signals, timers). */
const BATCH_MS = 20;
/** Waiting for input with no alarm: wake at least this often to check the timeout. */
const FOREVER = 1n << 62n;
const MAX_IDLE_MS = 1000;

export class Board {
	readonly arch: Arch;
	readonly cpu: Unicorn;
	/** Instructions retired: the virtual clock's source. */
	readonly counter: InstructionCounter;
	/** What the board does with its CPU that depends on the architecture. */
	private readonly archCpu: ArchCpu;
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
	/** RAM as a Buffer, for snapshots and restores (see HostMemory.buffer). */
	private get ram(): Buffer { return this.hostRam.buffer; }
	/** An image of RAM as it is, while the guest has not run since (a restore, or a snapshot). */
	private ramImage?: RamImage;
	private readonly psci: PsciDevice;
	private readonly rtc: GoldfishRtc;
	/** The 32-bit board's PL061 GPIO with QEMU's virt's power key on it. */
	readonly gpio?: Pl061Gpio;
	readonly gic = new GicV2(asserted => this.irqChanged(asserted));
	readonly timer: GenericTimer;
	private inputArrived?: () => void;
	private inputEnded = false;
	private readonly scratch: CpuContext;
	private readonly icache: InstructionCache;
	/** Bytes the guest wrote since the last flushConsole(): a byte at a time, without a Buffer each. */
	private consoleBytes = Buffer.alloc(4096);
	private consoleBytesLength = 0;
	private consoleText: string[] = [];
	private exit?: BoardExit;
	private panicked = false;
	/** The kernel's last fault, and how many system calls the shim had taken from user space then. */
	private kernelFault?: { fault: KernelFault; fromUser: bigint };
	/** The common exceptions, taken in native code (see fast-exceptions.ts). */
	private readonly fastExceptions: NativeExceptions;

	/** The kernel's last fault, unless the kernel has since got back to user space (a system call). */
	private get lastKernelFault(): KernelFault | undefined {
		const k = this.kernelFault;
		return k && k.fromUser === this.fastExceptions.fromUser ? k.fault : undefined;
	}
	private set lastKernelFault(fault: KernelFault | undefined) {
		this.kernelFault = fault && { fault, fromUser: this.fastExceptions.fromUser };
	}
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
	/** When the board next lets the event loop turn: every BATCH_MS of running, across resume() calls. */
	private yieldAt = 0;

	/** The kernel ELF, read when first needed: a board restored from a snapshot file may never need it. */
	get kernel(): KernelImage { return this.kernelImage ??= loadKernelImage(this.kernelPath, this.arch); }

	constructor(private readonly options: BoardOptions = {}) {
		this.arch = options.arch ?? 'arm64';
		this.kernelPath = kernelPathOf(options);
		this.cpu = new Unicorn(this.arch);
		this.counter = new InstructionCounter(this.cpu);
		this.cmdline = options.cmdline ?? DEFAULT_CMDLINE;
		this.memorySize = options.memory ?? memoryMap.ram.size;
		this.clock = options.time === 'host' ? new HostClock() : new VirtualClock(() => this.counter.retired);
		const spi = (irq: number) => (high: boolean) => this.gic.setLine(GIC_SPI_BASE + irq, high);
		this.uart = new Pl011Uart(bytes => this.transmitted(bytes), spi(memoryMap.uart0.irq!));
		if (options.pauseOn) this.uart.hold(options.pauseOn.charCodeAt(0));
		this.psci = new PsciDevice(req => this.powerRequest(req));
		this.rtc = new GoldfishRtc(this.clock, spi(memoryMap.rtc.irq!), () => this.shortenSlice());
		// A deadline or an alarm sooner than the slice's end ends the slice there: the IRQ comes on time.
		this.timer = new GenericTimer(this.clock, high => this.gic.setLine(GIC_PPI_BASE + timerPpi.nonSecureEl1, high),
			() => this.shortenSlice());
		const devices: [keyof typeof memoryMap, MmioDevice][] = [
			['uart0', this.uart],
			['rtc', this.rtc],
			['pvpanic', new PvPanic(() => { this.panicked = true; })],
		];
		// QEMU's virt has the PL061 and its power key on both architectures, but Debian's arm64
		// kernel builds gpio-keys as a module and the arm64 guest kernel has no GPIO: only armmp
		// builds both in (the power key is its input0), so only the 32-bit board has them.
		if (this.arch === 'arm') {
			this.gpio = new Pl061Gpio(spi(memoryMap.gpio.irq!));
			devices.splice(2, 0, ['gpio', this.gpio]);
		}
		this.hostRam = HostMemory.anonymous(this.memorySize);
		this.cpu.mapRamBuffer(memoryMap.ram.base, this.hostRam);
		for (const [name, dev] of devices) this.cpu.mapMmio(memoryMap[name].base, pageAligned(memoryMap[name].size), dev);
		this.cpu.mapMmio(memoryMap.gicDist.base, memoryMap.gicDist.size, this.gic.distributor);
		this.cpu.mapMmio(memoryMap.gicCpu.base, memoryMap.gicCpu.size, this.gic.cpuInterface);
		this.files = new FilesWindow(this.cpu, memoryMap.files.base, memoryMap.files.size);
		this.files.load();
		this.scratch = this.cpu.saveContext();
		this.icache = new InstructionCache(this.cpu, [memoryMap.ram.base, memoryMap.ram.base + BigInt(this.memorySize)], () => this.counter.stopAtBlock());
		const services: BoardServices = {
			cpu: this.cpu, counter: this.counter, gic: this.gic, timer: this.timer, psci: this.psci, icache: this.icache, scratch: this.scratch,
			faulted: () => this.debug?.faulted(),
			noteKernelFault: fault => { this.lastKernelFault = fault; },
			finish: exit => this.finish(exit),
		};
		this.archCpu = this.arch === 'arm' ? new ArmCpu(services) : new Arm64Cpu(services);
		const exception = (intno: number) => this.archCpu.exception(intno);
		const clock = this.clock instanceof VirtualClock
			? { slept: this.clock.sleptState, nsPerInstruction: Number(NS_PER_INSTRUCTION), nsPerTick: Number(NS_PER_TICK) }
			: undefined;
		if (this.arch === 'arm') {
			const shim = new ArmFastExceptions(this.cpu, this.counter, exception, clock, CACHE_MAINTENANCE, this.timer.registers);
			this.icache.shareLines(shim);
			this.fastExceptions = shim;
		} else {
			this.fastExceptions = new FastExceptions(this.cpu, this.counter, exception, clock, this.timer.registers);
		}
		this.fastExceptions.irqAsserted = this.gic.irqAsserted();
		this.cpu.onMemoryFault((_type, address) => { this.unmappedAccess = address; return false; });
		if (options.state) {
			// RAM is all zero and nothing is translated yet: the file's pages go straight in.
			try {
				const state = decodeSnapshot(options.state, this.cpu, this.memorySize,
					(offset, bytes) => this.cpu.writeMemory(memoryMap.ram.base + BigInt(offset), bytes));
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
		const dtb = this.deviceTree(devices, initrd);
		const kernelStart = this.kernel.segments.reduce((m, seg) => (seg.paddr < m ? seg.paddr : m), this.kernel.end);
		if (kernelStart > bootLayout.deviceTree && bootLayout.deviceTree + BigInt(dtb.length) > kernelStart)
			throw new Error(`the device tree (${dtb.length} bytes at the start of RAM) would overlap the kernel at 0x${kernelStart.toString(16)}`);
		this.cpu.writeMemory(bootLayout.deviceTree, dtb);
		this.archCpu.reset(this.kernel.entry, bootLayout.deviceTree);
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
		cpus.child('cpu@0').prop('device_type', 'cpu').prop('compatible', this.arch === 'arm' ? 'arm,cortex-a15' : 'arm,cortex-a57')
			.prop('reg', [0]).prop('enable-method', 'psci');
		this.psci.describe(root);
		this.gic.describe(root, memoryMap.gicDist, memoryMap.gicCpu, GIC_PHANDLE);
		this.timer.describe(root, [timerPpi.secureEl1, timerPpi.nonSecureEl1],
			this.arch === 'arm' ? ['arm,armv7-timer'] : ['arm,armv8-timer', 'arm,armv7-timer']);
		for (const [name, dev] of devices) dev.describe(root, memoryMap[name]);
		this.files.describe(root);
		const dtb = flattenDeviceTree(root);
		if (dtb.length > bootLayout.deviceTreeMax) throw new Error('device tree too large');
		return dtb;
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
	 * An access to a physical address with nothing behind it: a synchronous external abort
	 * for the guest, as a bus error on real hardware. Unicorn leaves the PC at the block's start
	 * after a data access (see access-locator.ts); after a fetch it is right.
	 */
	private externalAbort(fetch: boolean, write: boolean): void {
		const cpu = this.cpu;
		const block = this.counter.block;
		const pc = !fetch && block && this.unmappedAccess !== undefined
			? locateAccess(cpu, block, this.unmappedAccess) ?? cpu.pc
			: cpu.pc;
		this.unmappedAccess = undefined;
		this.counter.cut(pc);
		if (!fetch) this.debug?.faulted();
		this.archCpu.externalAbort(pc, fetch, write);
	}

	/**
	 * The interrupt controller's output changed: an interrupt it asserts during a slice ends the
	 * slice at the next block, to be taken there.
	 */
	private irqChanged(asserted: boolean): void {
		// (The controller changes nothing before the board has made its shim.)
		if (this.fastExceptions) this.fastExceptions.irqAsserted = asserted;
		if (asserted) this.counter.stopAtBlock();
	}

	private transmitted(bytes: Uint8Array): void {
		if (this.consoleBytesLength + bytes.length > this.consoleBytes.length) {
			const grown = Buffer.alloc(Math.max(this.consoleBytes.length * 2, this.consoleBytesLength + bytes.length));
			this.consoleBytes.copy(grown, 0, 0, this.consoleBytesLength);
			this.consoleBytes = grown;
		}
		this.consoleBytes.set(bytes, this.consoleBytesLength);
		this.consoleBytesLength += bytes.length;
		const marker = this.options.pauseOn;
		if (!marker) return;
		for (const byte of bytes) {
			if (byte === marker.charCodeAt(this.pauseMatched)) this.pauseMatched++;
			else this.pauseMatched = byte === marker.charCodeAt(0) ? 1 : 0;
			if (this.pauseMatched === marker.length) {
				this.pauseMatched = 0;
				this.paused = true;
				// The guest goes on to read what the pause gives it: the slice ends at the next block.
				this.counter.stopAtBlock();
			}
		}
		// Bytes of a marker begun come here one by one (the native path keeps no match of its own).
		this.uart.holdAll(this.pauseMatched > 0);
	}

	private flushConsole(): void {
		this.uart.takeSent();
		if (!this.consoleBytesLength) return;
		const data = Buffer.from(this.consoleBytes.subarray(0, this.consoleBytesLength));
		this.consoleBytesLength = 0;
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
		this.fastExceptions.enabled = false; // the debugger sees every exception
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
		this.cpu.writeMemory(address, data);
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
				this.externalAbort(err === UC_ERR_FETCH_UNMAPPED, err === UC_ERR_WRITE_UNMAPPED);
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
		this.updateDevices();
		let untilUnmasked = false;
		if (this.gic.irqAsserted()) {
			if (!this.archCpu.irqsMasked()) this.archCpu.takeIrq();
			else untilUnmasked = true;
		}
		let count = BigInt(SLICE);
		const ahead = this.instructionsToNextEvent();
		if (ahead !== undefined && ahead < count) count = ahead > 1n ? ahead : 1n;
		return { limit: this.counter.retired + count, untilUnmasked };
	}

	/** On the virtual clock, the instructions to retire before the next device event (0 if it is due). */
	private instructionsToNextEvent(): bigint | undefined {
		const next = this.nextDeviceEvent();
		if (next === undefined || !(this.clock instanceof VirtualClock)) return undefined;
		return this.clock.instructionsUntil(next);
	}

	/** End the open slice at the next device event, if that is sooner than the slice's end. */
	private shortenSlice(): void {
		const ahead = this.instructionsToNextEvent();
		if (!this.open || ahead === undefined) return;
		const limit = this.counter.retired + ahead;
		if (limit >= this.open.limit) return;
		this.open.limit = limit;
		this.counter.lowerLimit(limit);
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
		return this.archCpu.waitingForInterrupt();
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

	private async letEventLoopTurn(): Promise<void> {
		await yieldToEventLoop();
		this.yieldAt = Date.now() + BATCH_MS;
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
			// Short resumes one after the other (a session's commands) would otherwise never let the
			// event loop turn: timers and a debugger's socket would wait for them all.
			if (Date.now() >= this.yieldAt) await this.letEventLoopTurn();
			while (!this.exit) {
				let state: ReturnType<Board['step']> = 'run';
				// A pause comes at the end of a slice (a debugger's stop may leave one open).
				while (state === 'run' && !(this.paused && !this.open) && Date.now() < this.yieldAt) state = this.step();
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
				if (typeof state === 'bigint' && !this.debug?.debugger_.inputReady()) {
					await this.idle(state, Math.max(0, Math.min(deadline - Date.now() + 1, MAX_IDLE_MS)));
					this.yieldAt = Date.now() + BATCH_MS;
				} else if (state !== 'run' || Date.now() >= this.yieldAt) {
					await this.letEventLoopTurn();
				}
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
			arch: this.arch,
			cpu: this.cpu.saveContext(),
			ram: this.ramImage ??= RamImage.of(this.ram, this.hostRam.touchedPages()),
			clock: this.clock.save(),
			rtc: this.rtc.save(),
			uart: this.uart.save(),
			gic: this.gic.save(),
			timer: this.timer.save(),
			gpio: this.gpio?.save(),
			instructions: this.counter.retired,
			console: this.console,
			pauseMatched: this.pauseMatched,
			icacheLastLine: this.icache.lastLine,
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
			// Only changed pages can hold stale translations: the guest executed nothing from a page
			// it never touched (Unicorn looked at each page of an untouched stretch, about 0.5 ms a restore).
			if (changed) {
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
		if (s.arch !== this.arch) throw new Error(`cannot restore a snapshot of a ${s.arch} board on a ${this.arch} one`);
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
		if (s.gpio) this.gpio?.restore(s.gpio);
		this.files.load();
		this.consoleBytesLength = 0;
		this.consoleText = [s.console];
		this.consoleLength = s.console.length;
		if (!this.debug) this.consoleShown = this.consoleLength;
		this.open = s.open;
		this.panicked = s.panicked;
		this.lastKernelFault = s.lastKernelFault;
		this.exit = undefined;
		this.inputEnded = false;
		this.pauseMatched = s.pauseMatched ?? 0;
		this.uart.holdAll(this.pauseMatched > 0);
		this.icache.lastLine = s.icacheLastLine;
		this.paused = false;
	}

	close(): void {
		this.cpu.close();
		this.fastExceptions.free();
		this.hostRam.discard(0, this.memorySize); // its pages back now; the mapping goes with the board
	}
}
