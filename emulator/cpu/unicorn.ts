// A small typed wrapper over libunicorn: one Unicorn instance is one ARM CPU with its memory, an
// AArch64 Cortex-A57 (arm64) or an AArch32 Cortex-A15 (arm).
import koffi, { type TypeObject } from 'koffi';
import { nativeShim } from './native-shim.ts';
import type { Arch } from '../paths.ts';
import {
	unicornLib, type UnicornLib, type Handle, UC_ARCH_ARM, UC_ARCH_ARM64, UC_MODE_ARM, UC_PROT_ALL,
	HookCodeProto, HookIntrProto, HookMemProto, HookInsnSysProto, HookInsnInvalidProto, MmioReadProto, MmioWriteProto,
	UC_HOOK_INTR, UC_HOOK_INSN, UC_HOOK_CODE, UC_HOOK_BLOCK, UC_HOOK_MEM_INVALID, UC_HOOK_INSN_INVALID, UC_ARM64_INS_SYS,
	UC_PROT_READ, UC_PROT_EXEC, ctlRequest, UC_CTL_CPU_MODEL, UC_CTL_CONTEXT_MODE, UC_CTL_TLB_FLUSH, UC_CTL_TB_REMOVE_CACHE,
	UC_CPU_ARM64_A57, UC_CPU_ARM_CORTEX_A15,
} from './unicorn-ffi.ts';
import { Reg, SysRegs, xreg, type SysReg, PSTATE_DAIF, PSTATE_EL1H } from './arm64-registers.ts';
import { ArmReg, Cp15, CPSR_A, CPSR_F, CPSR_I, CPSR_T, Mode, SCTLR_M, rreg, type Cp15Reg } from './arm-registers.ts';

/** A uint64 address as koffi hands it over: a number when it fits, else a bigint, signed. */
const address = (a: number | bigint) => BigInt.asUintN(64, BigInt(a));

export class UnicornError extends Error {
	constructor(what: string, readonly code: number, message: string) {
		super(`${what}: ${message} (uc_err ${code})`);
	}
}

export interface MmioHandler {
	read(offset: number, size: number): number | bigint;
	write(offset: number, size: number, value: bigint): void;
	/**
	 * Native callbacks that take the device's accesses first, with `state` their user data: they
	 * find read() and write()'s callbacks in its first 16 bytes, for the accesses they leave.
	 */
	readonly native?: { read: unknown; write: unknown; state: Buffer };
}

export type IntrHook = (intno: number) => void;
export type CodeHook = (address: bigint, size: number) => void;
/** A SYS instruction (op0 1: cache and TLB maintenance): its encoding and Xt's value. */
export type SysInsnHook = (op: SysReg, xt: bigint) => void;
/** Return true when the access was fixed up and emulation can go on. */
export type MemFaultHook = (type: number, address: bigint, size: number, value: bigint) => boolean;

/** A hook, and its callback when the hook has one of its own (see codeHooks). */
interface Registered { hh: unknown; callback?: bigint }
/** What a range of physical addresses holds: RAM (Unicorn's own, or a host buffer) or a device. */
/** Memory the host mapped for the guest (host-memory.ts): its pointer, kept alive while mapped. */
export interface HostRam { readonly pointer: unknown; readonly size: number }

interface Region { address: bigint; size: number; kind: 'ram' | 'mmio'; memory?: Buffer | HostRam }
/** Where the address of the last instruction cache invalidation of a line is kept, while no other cache maintenance has come since. */
export interface LineMemory { lastLine: bigint | undefined }

/** A device access in progress: its physical address. */
export interface MmioAccess { readonly address: bigint; readonly write: boolean }
export interface HookHandle { readonly id: number }

/**
 * Where a uc_context's CPU state begins in Unicorn 2.1: after size_t context_size, uc_mode mode,
 * uc_arch arch and int snapshot_level. uc_context_size() counts the struct's size, rounded up past
 * it to 24, so the state does not end the context: 4 bytes of padding do.
 */
const CONTEXT_STATE = 20;

/** Saved CPU registers (not memory): an opaque Unicorn context. */
export class CpuContext {
	private view?: DataView;
	constructor(readonly ptr: unknown, readonly size: number, private lib: UnicornLib) {}
	/**
	 * The raw bytes of the saved state; Unicorn keeps some CPU state nowhere else. A live view of the
	 * context's memory, made once: every exception reads it (see pendingException).
	 */
	bytes(): DataView { return this.view ??= new DataView(koffi.view(this.ptr as never, this.size)); }
	/**
	 * A copy of the CPU state alone, to keep beyond this process (see Unicorn.loadContext): Unicorn
	 * 2.1's uc_context is a header (the state's size first, the mode and architecture, memory
	 * snapshot bookkeeping), then the CPU state (see CONTEXT_STATE).
	 */
	cpuState(): Buffer {
		const v = this.bytes(), { offset, length } = this.stateRange();
		return Buffer.from(new Uint8Array(v.buffer, v.byteOffset + offset, length));
	}
	stateRange(): { offset: number; length: number } {
		const length = Number(this.bytes().getBigUint64(0, true));
		if (length <= 0 || CONTEXT_STATE + length > this.size) throw new Error(`a CPU context of ${this.size} bytes says its state has ${length}`);
		return { offset: CONTEXT_STATE, length };
	}
	free(): void { this.view = undefined; this.lib.uc_context_free(this.ptr); }
}

export class Unicorn {
	private readonly lib = unicornLib();
	private readonly uc: Handle;
	private readonly u64 = new BigUint64Array(1);
	private readonly cp = Buffer.alloc(32); // struct uc_arm64_cp_reg
	private readonly cp32 = Buffer.alloc(40); // struct uc_arm_cp_reg
	private readonly pcReg: number;
	private hooks = new Map<number, Registered>();
	private mmioCallbacks: bigint[] = [];
	/** Callbacks shared by many hooks (codeHooks): unregistered at close. */
	private sharedCallbacks: bigint[] = [];
	private regions: Region[] = [];
	/** Host memory Unicorn holds pointers to (guest RAM, native hooks' data): kept referenced while the engine lives. */
	private pinned: unknown[] = [];
	private invalidateContext?: CpuContext;
	private nextHookId = 1;
	private closed = false;
	/** The device access in progress (mmioAccess), and its record once made. */
	private accessOpen = false;
	private accessBase = 0n;
	private accessOffset: number | bigint = 0;
	private accessWrite = false;
	private currentAccess?: MmioAccess;
	/** The first exception thrown inside a callback: emulation stops and run() rethrows it. */
	private callbackError: unknown;

	constructor(readonly arch: Arch = 'arm64') {
		const out: unknown[] = [null];
		const arm = arch === 'arm';
		this.check(this.lib.uc_open(arm ? UC_ARCH_ARM : UC_ARCH_ARM64, UC_MODE_ARM, out), 'uc_open');
		this.uc = out[0];
		this.pcReg = arm ? ArmReg.PC : Reg.PC;
		this.check(this.lib.uc_ctl(this.uc, ctlRequest(UC_CTL_CPU_MODEL, 1, 'w'), 'int', arm ? UC_CPU_ARM_CORTEX_A15 : UC_CPU_ARM64_A57),
			'uc_ctl(CPU_MODEL)');
		// AArch32: an undefined instruction reaches this hook before the interrupt hook, and stops
		// the CPU unless the hook says it is handled. It is: the board enters the vector from the
		// interrupt hook, which Unicorn calls next (entering it here too would enter it twice).
		if (arm) this.addHook(UC_HOOK_INSN_INVALID, HookInsnInvalidProto, () => true);
	}

	private check(err: number, what: string): void {
		if (err !== 0) throw new UnicornError(what, err, this.lib.uc_strerror(err) as string);
	}

	mapRam(address: number | bigint, size: number, perms = UC_PROT_ALL): void {
		this.check(this.lib.uc_mem_map(this.uc, address, size, perms), 'uc_mem_map');
		this.regions.push({ address: BigInt(address), size, kind: 'ram' });
	}

	/** RAM backed by `memory`, which the host may then read and write directly. */
	/** RAM the host owns: a Buffer, or memory kobox mapped itself (host-memory.ts). */
	mapRamBuffer(address: number | bigint, memory: Buffer | HostRam, perms = UC_PROT_ALL): void {
		const [pointer, size] = Buffer.isBuffer(memory) ? [memory, memory.length] : [memory.pointer, memory.size];
		this.check(this.lib.uc_mem_map_ptr(this.uc, address, size, perms, pointer), 'uc_mem_map_ptr');
		this.pinned.push(memory);
		this.regions.push({ address: BigInt(address), size, kind: 'ram', memory });
	}

	mapMmio(address: number | bigint, size: number, device: MmioHandler): void {
		const base = BigInt(address);
		// koffi passes a uint64 as a number when it fits, as a bigint otherwise.
		// A device's registers are read and written a million times a suite: no closure, and the
		// access's record only made if something asks for it (mmioAccess).
		const read = koffi.register((_uc: unknown, off: number | bigint, sz: number) => {
			this.openAccess(base, off, false);
			try {
				return BigInt(device.read(Number(off), sz));
			} catch (e) {
				return this.failed(e, 0n);
			} finally {
				this.accessOpen = false;
			}
		}, koffi.pointer(MmioReadProto));
		const write = koffi.register((_uc: unknown, off: number | bigint, sz: number, value: number | bigint) => {
			this.openAccess(base, off, true);
			try {
				device.write(Number(off), sz, BigInt.asUintN(64, BigInt(value)));
			} catch (e) {
				this.failed(e, undefined);
			} finally {
				this.accessOpen = false;
			}
		}, koffi.pointer(MmioWriteProto));
		this.mmioCallbacks.push(read, write);
		const native = device.native;
		if (native) {
			native.state.writeBigUInt64LE(koffi.address(read), 0);
			native.state.writeBigUInt64LE(koffi.address(write), 8);
			this.pinned.push(native.state);
			this.check(this.lib.uc_mmio_map_native(this.uc, address, size, native.read, native.state, native.write, native.state), 'uc_mmio_map');
		} else {
			this.check(this.lib.uc_mmio_map(this.uc, address, size, read, null, write, null), 'uc_mmio_map');
		}
		this.regions.push({ address: BigInt(address), size, kind: 'mmio' });
	}

	/** The device access in progress, while a device's callback runs. */
	get mmioAccess(): MmioAccess | undefined {
		if (!this.accessOpen) return undefined;
		return this.currentAccess ??= { address: this.accessBase + BigInt(this.accessOffset), write: this.accessWrite };
	}

	private openAccess(base: bigint, offset: number | bigint, write: boolean): void {
		this.accessOpen = true;
		this.accessBase = base;
		this.accessOffset = offset;
		this.accessWrite = write;
		this.currentAccess = undefined;
	}

	/**
	 * A throwaway engine in this one's state, to try instructions on without side effects: the same
	 * memory map, its RAM readable but not writable (a store stops with UC_ERR_WRITE_PROT), devices
	 * that only tell `accessed` (reads give 0), the same CPU registers. RAM in host buffers is shared;
	 * RAM of Unicorn's own reads as zeros there (copying it would cost more than a try needs: the
	 * address an instruction accesses depends on its registers, not on what it reads).
	 */
	scratchCopy(accessed: (access: MmioAccess) => void): Unicorn {
		const copy = new Unicorn(this.arch);
		const device = (base: bigint): MmioHandler => ({
			read: off => { accessed({ address: base + BigInt(off), write: false }); return 0; },
			write: off => accessed({ address: base + BigInt(off), write: true }),
		});
		try {
			for (const r of this.regions) {
				if (r.kind === 'mmio') copy.mapMmio(r.address, r.size, device(r.address));
				else if (r.memory) copy.mapRamBuffer(r.address, r.memory, UC_PROT_READ | UC_PROT_EXEC);
				else copy.mapRam(r.address, r.size, UC_PROT_READ | UC_PROT_EXEC);
			}
			const mine = this.saveContext(), state = mine.cpuState();
			mine.free();
			const ctx = copy.loadContext(state);
			copy.restoreContext(ctx);
			ctx.free();
		} catch (e) {
			copy.close();
			throw e;
		}
		return copy;
	}

	writeMemory(address: number | bigint, data: Uint8Array): void {
		this.check(this.lib.uc_mem_write(this.uc, address, data, data.length), 'uc_mem_write');
	}

	readMemory(address: number | bigint, length: number): Buffer {
		const buf = Buffer.alloc(length);
		this.check(this.lib.uc_mem_read(this.uc, address, buf, length), 'uc_mem_read');
		return buf;
	}

	/**
	 * The little-endian word of `bytes` at physical `address`, read straight from RAM the host
	 * holds (a page walk's descriptors, an instruction: each a call into Unicorn otherwise), or
	 * undefined where no RAM is.
	 */
	readWord(address: bigint, bytes: 4 | 8): bigint | undefined {
		for (const r of this.regions) {
			if (r.kind !== 'ram' || !r.memory || address < r.address || address + BigInt(bytes) > r.address + BigInt(r.size)) continue;
			const offset = Number(address - r.address);
			if (Buffer.isBuffer(r.memory)) return bytes === 8 ? r.memory.readBigUInt64LE(offset) : BigInt(r.memory.readUInt32LE(offset));
			return BigInt(koffi.decode(r.memory.pointer as never, offset, bytes === 8 ? 'uint64_t' : 'uint32_t') as number | bigint);
		}
		const raw = this.tryReadMemory(address, bytes);
		return raw && (bytes === 8 ? raw.readBigUInt64LE(0) : BigInt(raw.readUInt32LE(0)));
	}

	/** Like readMemory, but undefined when the physical range is not all mapped RAM. */
	tryReadMemory(address: bigint, length: number): Buffer | undefined {
		const buf = Buffer.alloc(length);
		return this.lib.uc_mem_read(this.uc, address, buf, length) === 0 ? buf : undefined;
	}

	reg(id: number): bigint {
		this.u64[0] = 0n; // some registers (PSTATE, NZCV, FPCR...) are read as 32 bits
		this.check(this.lib.uc_reg_read(this.uc, id, this.u64), 'uc_reg_read');
		return this.u64[0];
	}

	setReg(id: number, value: bigint | number): void {
		this.u64[0] = BigInt.asUintN(64, BigInt(value));
		this.check(this.lib.uc_reg_write(this.uc, id, this.u64), 'uc_reg_write');
	}

	/** A register wider than 64 bits (a 128-bit V register), as its little-endian bytes. */
	regBytes(id: number, size: number): Buffer {
		const buf = Buffer.alloc(size);
		this.check(this.lib.uc_reg_read(this.uc, id, buf), 'uc_reg_read');
		return buf;
	}

	setRegBytes(id: number, value: Uint8Array): void {
		this.check(this.lib.uc_reg_write(this.uc, id, Buffer.from(value)), 'uc_reg_write');
	}

	x(n: number): bigint { return this.reg(xreg(n)); }
	setX(n: number, value: bigint | number): void { this.setReg(xreg(n), value); }
	/** AArch32's Rn, as 32 bits. */
	r(n: number): bigint { return this.reg(rreg(n)) & 0xffff_ffffn; }
	setR(n: number, value: bigint | number): void { this.setReg(rreg(n), BigInt.asUintN(32, BigInt(value))); }
	/** The `n`th argument of a function call, at the function's first instruction (AAPCS64: x0..x7; AAPCS: r0..r3); the result (n = 0) where it returns. */
	arg(n: number): bigint { return this.arch === 'arm' ? this.r(n) : this.x(n); }
	/** Where a function returns to, at its first instruction: the link register (x30; lr, without the Thumb bit). */
	returnAddress(): bigint { return this.arch === 'arm' ? this.r(14) & ~1n : this.x(30); }
	/** The stack pointer of the mode the CPU is in. */
	stackPointer(): bigint { return this.arch === 'arm' ? this.r(13) : this.reg(Reg.SP); }
	/** On AArch32, writing the PC also sets the Thumb state from bit 0 (write a Thumb address with it set). */
	get pc(): bigint { return this.reg(this.pcReg); }
	set pc(value: bigint) { this.setReg(this.pcReg, value); }

	/**
	 * Where to start Unicorn to go on from the PC: on AArch32, with bit 0 the Thumb state (Unicorn
	 * takes the state from it, and the PC register reads without it).
	 */
	get resumeAddress(): bigint { return this.inInstructionSet(this.pc); }

	/** Go on at `address` in the instruction set the CPU is in now. */
	jump(address: bigint): void { this.pc = this.inInstructionSet(address); }

	/** `address` as Unicorn takes a PC: with bit 0 set when the CPU is in Thumb state (AArch32). */
	private inInstructionSet(address: bigint): bigint {
		return this.arch === 'arm' && this.reg(ArmReg.CPSR) & CPSR_T ? address | 1n : address;
	}

	private fillCp(r: SysReg): Buffer {
		const c = this.cp;
		c.writeUInt32LE(r.crn, 0); c.writeUInt32LE(r.crm, 4); c.writeUInt32LE(r.op0, 8);
		c.writeUInt32LE(r.op1, 12); c.writeUInt32LE(r.op2, 16);
		return c;
	}

	sysReg(r: SysReg): bigint {
		const c = this.fillCp(r);
		this.check(this.lib.uc_reg_read(this.uc, Reg.CP_REG, c), 'uc_reg_read(CP_REG)');
		return c.readBigUInt64LE(24);
	}

	/** Writing any CP_REG also makes Unicorn 2.1 rebuild its cached translation flags. */
	setSysReg(r: SysReg, value: bigint | number): void {
		const c = this.fillCp(r);
		c.writeBigUInt64LE(BigInt.asUintN(64, BigInt(value)), 24);
		this.check(this.lib.uc_reg_write(this.uc, Reg.CP_REG, c), 'uc_reg_write(CP_REG)');
	}

	/** struct uc_arm_cp_reg for cp15 register `r`, the Non-secure copy (the CPU runs as a Non-secure kernel). */
	private fillCp15(r: Cp15Reg): Buffer {
		const c = this.cp32;
		c.fill(0);
		c.writeUInt32LE(15, 0); c.writeUInt32LE(r.is64 ? 1 : 0, 4); c.writeUInt32LE(0, 8);
		c.writeUInt32LE(r.crn, 12); c.writeUInt32LE(r.crm, 16); c.writeUInt32LE(r.opc1, 20); c.writeUInt32LE(r.opc2, 24);
		return c;
	}

	/** An AArch32 cp15 register. */
	cp15(r: Cp15Reg): bigint {
		const c = this.fillCp15(r);
		this.check(this.lib.uc_reg_read(this.uc, ArmReg.CP_REG, c), 'uc_reg_read(CP_REG)');
		return c.readBigUInt64LE(32);
	}

	setCp15(r: Cp15Reg, value: bigint | number): void {
		const c = this.fillCp15(r);
		c.writeBigUInt64LE(BigInt.asUintN(64, BigInt(value)), 32);
		this.check(this.lib.uc_reg_write(this.uc, ArmReg.CP_REG, c), 'uc_reg_write(CP_REG)');
	}

	private addHook(type: number, proto: TypeObject, fn: (...args: never[]) => unknown,
		begin: bigint | number = 1, end: bigint | number = 0, ...extra: unknown[]): HookHandle {
		const cb = koffi.register(fn, koffi.pointer(proto));
		const hh: unknown[] = [0];
		this.check(this.lib.uc_hook_add(this.uc, hh, type, cb, null, begin, end, ...extra), 'uc_hook_add');
		const id = this.nextHookId++;
		this.hooks.set(id, { hh: hh[0], callback: cb });
		return { id };
	}

	onInterrupt(fn: IntrHook): HookHandle {
		return this.addHook(UC_HOOK_INTR, HookIntrProto, (_uc: unknown, intno: number) => this.guard(() => fn(intno), undefined));
	}

	/** Called before each instruction in [begin, end]; costly, so only for tracing. */
	onCode(fn: CodeHook, begin: bigint | number = 1, end: bigint | number = 0): HookHandle {
		return this.addHook(UC_HOOK_CODE, HookCodeProto, (_uc: unknown, a: number | bigint, s: number) => this.guard(() => fn(address(a), s), undefined), begin, end);
	}

	onBlock(fn: CodeHook, begin: bigint | number = 1, end: bigint | number = 0): HookHandle {
		return this.addHook(UC_HOOK_BLOCK, HookCodeProto, (_uc: unknown, a: number | bigint, s: number) => this.guard(() => fn(address(a), s), undefined), begin, end);
	}

	/**
	 * A block hook in native code: `callback` is a uc_cb_hookcode_t of a loaded library, `data` its
	 * user data, which must stay referenced as long as the hook lives.
	 */
	onBlockNative(callback: unknown, data: Buffer): HookHandle {
		return this.addNativeHook(UC_HOOK_BLOCK, callback, data);
	}

	/** A native interrupt hook; `data` stays referenced while the engine lives. */
	onInterruptNative(callback: unknown, data: Buffer): HookHandle {
		return this.addNativeHook(UC_HOOK_INTR, callback, data);
	}

	/** `fn` as an interrupt hook's function pointer, for native code to call (see fast-exceptions.ts). */
	interruptCallback(fn: IntrHook): unknown {
		const cb = koffi.register((_uc: unknown, intno: number) => this.guard(() => fn(intno), undefined), koffi.pointer(HookIntrProto));
		this.sharedCallbacks.push(cb);
		return cb;
	}

	private addNativeHook(type: number, callback: unknown, data: Buffer, ...extra: unknown[]): HookHandle {
		const hh: unknown[] = [0];
		this.check(this.lib.uc_hook_add(this.uc, hh, type, callback, data, 1, 0, ...extra), 'uc_hook_add');
		const id = this.nextHookId++;
		this.hooks.set(id, { hh: hh[0] });
		this.pinned.push(data);
		return { id };
	}

	/**
	 * SYS instructions (cache and TLB maintenance, address translation) with CRm in `crms`; Unicorn
	 * then does its own handling. Unicorn calls the hook for every SYS instruction (DC ZVA alone
	 * comes thousands of times a command): the native shim's filter (sys-insn-filter.c) lets only
	 * those CRms through to JavaScript, and of IC IVAU only the first line of each page it covers.
	 * Returns the filter's memory of the last IC IVAU's address (for a board's snapshot).
	 */
	onSysInstruction(crms: readonly number[], fn: SysInsnHook): LineMemory {
		const cpRegSize = 32;
		const host = koffi.register((_uc: unknown, _reg: number, cp: unknown) => this.guard(() => {
			const v = new DataView(koffi.view(cp as never, cpRegSize));
			const u = (o: number) => v.getUint32(o, true);
			fn({ crn: u(0), crm: u(4), op0: u(8), op1: u(12), op2: u(16) }, v.getBigUint64(24, true));
			return 0;
		}, 0), koffi.pointer(HookInsnSysProto));
		this.sharedCallbacks.push(host);
		const filter = Buffer.alloc(24);
		filter.writeUInt32LE(crms.reduce((mask, crm) => mask | (1 << crm), 0) >>> 0, 0);
		const shim = nativeShim();
		shim.sysFilterInit(filter, host);
		this.addNativeHook(UC_HOOK_INSN, shim.sysInsnHook, filter, 'int', UC_ARM64_INS_SYS);
		// struct kobox_sys_filter: have_last at 4, last_line at 8.
		return {
			get lastLine() { return filter.readUInt32LE(4) ? filter.readBigUInt64LE(8) : undefined; },
			set lastLine(va: bigint | undefined) {
				filter.writeUInt32LE(va === undefined ? 0 : 1, 4);
				filter.writeBigUInt64LE(va ?? 0n, 8);
			},
		};
	}

	/** Accesses to physical addresses with no RAM or device behind them. */
	onMemoryFault(fn: MemFaultHook): HookHandle {
		return this.addHook(UC_HOOK_MEM_INVALID, HookMemProto,
			(_uc: unknown, type: number, a: number | bigint, s: number, v: number | bigint) => this.guard(() => fn(type, BigInt(a), s, BigInt(v)), false));
	}

	/**
	 * Code hooks on single addresses, all calling `fn` with the address, that can also be added
	 * while the CPU runs (from another hook, where koffi cannot register a callback: so `fn` is
	 * registered once, here). Code Unicorn translated before a hook was added does not call it (see
	 * invalidateVirtual and invalidatePhysical).
	 */
	codeHooks(fn: (address: bigint) => void): (address: bigint) => HookHandle {
		const cb = koffi.register((_uc: unknown, a: number | bigint) =>
			this.guard(() => fn(address(a)), undefined), koffi.pointer(HookCodeProto));
		this.sharedCallbacks.push(cb);
		return address => {
			const hh: unknown[] = [0];
			this.check(this.lib.uc_hook_add(this.uc, hh, UC_HOOK_CODE, cb, null, address, address), 'uc_hook_add');
			const id = this.nextHookId++;
			this.hooks.set(id, { hh: hh[0] });
			return { id };
		};
	}

	/**
	 * Forget the code translated from virtual [begin, end), as the CPU maps it now: from a hook,
	 * while the CPU runs kernel code that maps the range (invalidatePhysical cannot run there).
	 */
	invalidateVirtual(begin: bigint, end: bigint): void {
		this.check(this.lib.uc_ctl(this.uc, ctlRequest(UC_CTL_TB_REMOVE_CACHE, 2, 'w'), 'uint64_t', begin, 'uint64_t', end), 'uc_ctl(TB_REMOVE_CACHE)');
	}

	removeHook(h: HookHandle): void {
		const r = this.hooks.get(h.id);
		if (!r) return;
		this.check(this.lib.uc_hook_del(this.uc, r.hh), 'uc_hook_del');
		if (r.callback !== undefined) koffi.unregister(r.callback);
		this.hooks.delete(h.id);
	}

	/** A JS exception cannot cross back into C: remember it, stop the CPU, rethrow from run(). */
	private guard<T>(fn: () => T, fallback: T): T {
		try {
			return fn();
		} catch (e) {
			return this.failed(e, fallback);
		}
	}

	/** A callback threw: emulation stops, and run() rethrows the first such error. */
	private failed<T>(e: unknown, fallback: T): T {
		this.callbackError ??= e;
		this.lib.uc_emu_stop(this.uc);
		return fallback;
	}

	/**
	 * Run from `begin` for at most `count` instructions (0: no limit).
	 * Returns the uc_err code: errors from the guest (unmapped access...) are results, not exceptions.
	 * A count makes Unicorn 2.1 call a hook before every instruction, and only code translated while
	 * that hook exists calls it; a run without a count after one with a count drops every translated
	 * block. An engine runs with a count always or never (see instruction-counter.ts).
	 */
	run(begin: bigint, count: number): number {
		const err = this.lib.uc_emu_start(this.uc, begin, 0xffff_ffff_ffff_ffffn, 0, count) as number;
		if (this.callbackError !== undefined) {
			const e = this.callbackError;
			this.callbackError = undefined;
			throw e;
		}
		return err;
	}

	stop(): void { this.lib.uc_emu_stop(this.uc); }

	errorText(code: number): string { return this.lib.uc_strerror(code) as string; }

	/** Snapshot of the CPU registers only (memory is saved separately). */
	saveContext(ctx?: CpuContext): CpuContext {
		if (!ctx) {
			this.check(this.lib.uc_ctl(this.uc, ctlRequest(UC_CTL_CONTEXT_MODE, 1, 'w'), 'int', 1), 'uc_ctl(CONTEXT_MODE)');
			const out: unknown[] = [null];
			this.check(this.lib.uc_context_alloc(this.uc, out), 'uc_context_alloc');
			ctx = new CpuContext(out[0], Number(this.lib.uc_context_size(this.uc)), this.lib);
		}
		this.check(this.lib.uc_context_save(this.uc, ctx.ptr), 'uc_context_save');
		return ctx;
	}

	/**
	 * A context holding cpuState()'s bytes, saved by another process with the same libunicorn. The
	 * CPU state has no pointers of the process that saved it (the boot cache's tests check that a
	 * board restored from one runs as the board that saved it).
	 */
	loadContext(state: Uint8Array): CpuContext {
		const ctx = this.saveContext(), { offset, length } = ctx.stateRange();
		if (state.length !== length) {
			ctx.free();
			throw new Error(`a saved CPU state of ${state.length} bytes, not ${length}: saved by another libunicorn`);
		}
		const v = ctx.bytes();
		new Uint8Array(v.buffer, v.byteOffset + offset, length).set(state);
		return ctx;
	}

	restoreContext(ctx: CpuContext): void {
		this.check(this.lib.uc_context_restore(this.uc, ctx.ptr), 'uc_context_restore');
	}

	/**
	 * Forget the translated blocks of code in physical ranges [begin, end) of one RAM region, after
	 * the host rewrote them. Unicorn finds a range's blocks through the CPU's address translation,
	 * so this runs with the MMU off for a moment (virtual = physical), then puts the CPU back and
	 * flushes the TLB.
	 */
	invalidatePhysical(ranges: [bigint, bigint][]): void {
		if (!ranges.length) return;
		const saved = this.invalidateContext = this.saveContext(this.invalidateContext);
		try {
			if (this.arch === 'arm') {
				this.setReg(ArmReg.CPSR, BigInt(Mode.SVC) | CPSR_A | CPSR_I | CPSR_F);
				this.setCp15(Cp15.SCTLR, this.cp15(Cp15.SCTLR) & ~SCTLR_M);
			} else {
				this.setReg(Reg.PSTATE, BigInt(PSTATE_DAIF | PSTATE_EL1H));
				this.setSysReg(SysRegs.SCTLR_EL1, this.sysReg(SysRegs.SCTLR_EL1) & ~1n);
			}
			for (const [begin, end] of ranges)
				this.check(this.lib.uc_ctl(this.uc, ctlRequest(UC_CTL_TB_REMOVE_CACHE, 2, 'w'), 'uint64_t', begin, 'uint64_t', end), 'uc_ctl(TB_REMOVE_CACHE)');
		} finally {
			this.restoreContext(saved);
			this.check(this.lib.uc_ctl(this.uc, ctlRequest(UC_CTL_TLB_FLUSH, 0, 'w')), 'uc_ctl(TLB_FLUSH)');
		}
	}

	close(): void {
		if (this.closed) return;
		this.closed = true;
		// uc_close frees the hooks; deleting them one by one first made Unicorn drop its translations
		// for each (about 6 ms at the end of every command).
		this.lib.uc_close(this.uc);
		for (const { callback } of this.hooks.values()) if (callback !== undefined) koffi.unregister(callback);
		this.hooks.clear();
		for (const cb of [...this.mmioCallbacks, ...this.sharedCallbacks]) koffi.unregister(cb);
		this.mmioCallbacks = [];
		this.sharedCallbacks = [];
		this.pinned = [];
	}
}
