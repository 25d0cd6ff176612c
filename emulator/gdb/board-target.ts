// The board as GDB's target: its registers and memory (through the guest's page tables), its
// breakpoints and stops (debug-control.ts), reverse execution (recorder.ts, on the virtual clock)
// and its modules (modules.ts). It is also the board's debugger: the board hands it each stop and
// each slice boundary.
import type { Board, BoardExit } from '../board/board.ts';
import type { BoardDebugger, DebugControl } from '../board/debug-control.ts';
import { memoryMap } from '../board/memory-map.ts';
import { translate } from '../cpu/address-translation.ts';
import { Recorder } from './recorder.ts';
import { ModuleWatch, addSymbolFile, type LoadedModule } from './modules.ts';
import { cpuRegisters, type RegisterFile } from './register-file.ts';
import type { TargetDescription } from './target-description.ts';
import { SIGINT, SIGTRAP, type DebugTarget, type ResumeKind, type StopReason } from './target.ts';

export interface BoardTargetOptions {
	/** The modules' .ko files on the host, as given to kobox. */
	modules: string[];
	/** kobox's lines for a person (stderr): each module's add-symbol-file command. */
	log: (line: string) => void;
	/** The exit status GDB is told when the board stops for good. */
	status: (exit: BoardExit) => number;
}

const PAGE = 0x1000n;

export class BoardTarget implements DebugTarget, BoardDebugger {
	private readonly control: DebugControl;
	/** Only on the virtual clock: the host's clock cannot be replayed. */
	readonly recorder?: Recorder;
	readonly reversible: boolean;
	readonly description: TargetDescription;
	private readonly registers: RegisterFile;
	private readonly modules: ModuleWatch;
	private readonly breakpoints = new Set<bigint>();
	private last: StopReason = { kind: 'stopped', signal: SIGTRAP };
	/** GDB's resume, waiting for the board's next stop. */
	private waiting?: (stop: StopReason) => void;
	/** The board, waiting for GDB's next resume. */
	private goOn?: () => void;
	/** Resolves when the board is halted (it may still be on its way to its first stop). */
	private halt: Promise<void>;
	private onHalt!: () => void;
	private interrupted = false;
	private detached = false;
	/** The modules GDB was last told of (at their positions), to tell it when the list changes. */
	private libraryKey = '';

	constructor(private readonly board: Board, private readonly opts: BoardTargetOptions) {
		this.control = board.attachDebugger(this);
		this.registers = cpuRegisters(board.cpu);
		this.description = this.registers.description;
		if (board.clock.kind === 'virtual') this.recorder = new Recorder(board, this.control);
		this.reversible = this.recorder !== undefined;
		this.modules = new ModuleWatch(board, this.control, opts.modules, (m, loaded) => this.moduleChanged(m, loaded), opts.log);
		// Stop before the first instruction, for GDB to connect.
		this.control.stopAt = this.control.position;
		this.halt = new Promise(resolve => { this.onHalt = resolve; });
	}

	private moduleChanged(m: LoadedModule, loaded: boolean): boolean {
		if (loaded) this.opts.log(addSymbolFile(m));
		return !this.detached && !this.recorder?.replaying;
	}

	// -- the board's side (BoardDebugger) --

	boundary(): void { this.recorder?.boundary(); }

	input(data: Uint8Array | 'end'): void {
		if (this.recorder) this.recorder.input(data);
		else this.board.deliverInput(data);
	}

	inputReady(): boolean { return this.recorder?.inputReady() ?? false; }

	mayPause(): boolean { return this.recorder?.mayPause() ?? true; }

	halted(): Promise<void> {
		const arrival = this.recorder?.halted();
		if (arrival === 'again') return Promise.resolve();
		const stop = this.control.stop;
		// GDB goes on by itself after a stop that says the modules changed: a breakpoint's stop
		// leaves that to the next one.
		const library = stop?.kind !== 'breakpoint' && this.librariesChanged();
		this.last = {
			kind: 'stopped',
			signal: this.interrupted && stop?.kind === 'position' ? SIGINT : SIGTRAP,
			breakpoint: stop?.kind === 'breakpoint' || arrival?.breakpoint,
			library: library || stop?.kind === 'event',
			historyBegin: arrival?.historyBegin,
		};
		this.interrupted = false;
		this.control.stopAt = undefined;
		this.tell(this.last);
		const goOn = new Promise<void>(resolve => { this.goOn = resolve; });
		this.onHalt();
		return goOn;
	}

	/** The board stopped for good. */
	exited(exit: BoardExit): void {
		this.last = { kind: 'exited', status: this.opts.status(exit) };
		this.tell(this.last);
		this.onHalt();
	}

	/** The board's owner is done with it (a session's commands have run): GDB's run is over. */
	ended(): void {
		if (this.last.kind !== 'exited') this.exited({ reason: 'quit', message: 'the board was closed' });
	}

	private tell(stop: StopReason): void {
		const waiting = this.waiting;
		this.waiting = undefined;
		waiting?.(stop);
	}

	private librariesChanged(): boolean {
		const key = this.modules.at(this.control.position).map(m => m.loadedAt).join(',');
		const changed = key !== this.libraryKey;
		this.libraryKey = key;
		return changed;
	}

	// -- GDB's side (DebugTarget) --

	readRegister(n: number): Buffer | undefined { return this.registers.read(n); }

	writeRegister(n: number, value: Buffer): boolean {
		if (!this.mayChange() || !this.registers.write(n, value)) return false;
		this.recorder?.changed();
		return true;
	}

	/** Only RAM: a read of a device's registers would change the device. */
	private physical(va: bigint): bigint | undefined {
		const pa = translate(this.board.cpu, va);
		const ram = memoryMap.ram.base, end = ram + BigInt(this.board.memorySize);
		return pa !== undefined && pa >= ram && pa < end ? pa : undefined;
	}

	/** Each page's part of [address, address + length): its physical address and where it goes. */
	private *pages(address: bigint, length: number): Generator<{ pa?: bigint; at: number; size: number }> {
		for (let at = 0; at < length;) {
			const va = address + BigInt(at);
			const size = Math.min(length - at, Number(PAGE - (va & (PAGE - 1n))));
			yield { pa: this.physical(va), at, size };
			at += size;
		}
	}

	readMemory(address: bigint, length: number): Buffer | undefined {
		const parts: Buffer[] = [];
		for (const { pa, size } of this.pages(address, length)) {
			if (pa === undefined) break;
			parts.push(this.board.cpu.readMemory(pa, size));
		}
		return parts.length ? Buffer.concat(parts) : undefined;
	}

	writeMemory(address: bigint, data: Buffer): boolean {
		const pages = [...this.pages(address, data.length)];
		if (pages.some(p => p.pa === undefined) || !this.mayChange()) return false;
		for (const { pa, at, size } of pages) this.board.writeRam(pa!, data.subarray(at, at + size));
		this.recorder?.changed();
		return true;
	}

	/** The history before a change cannot be replayed into the state after it: change only at the run's furthest point. */
	private mayChange(): boolean { return this.recorder?.mayChange() ?? true; }

	insertBreakpoint(address: bigint): void { this.breakpoints.add(address); }
	removeBreakpoint(address: bigint): void { this.breakpoints.delete(address); }

	async resume(kind: ResumeKind): Promise<StopReason> {
		await this.halt;
		if (this.last.kind === 'exited') return this.last;
		const c = this.control;
		c.setBreakpoints(this.breakpoints);
		if (kind === 'continue') c.stopAt = undefined;
		else if (kind === 'step') c.stopAt = c.position + 1n;
		else if (!this.recorder) return this.last;
		else if (kind === 'reverse-step' ? !this.recorder.goTo(c.position - 1n) : !this.recorder.reverseContinue())
			return this.last = { kind: 'stopped', signal: SIGTRAP, historyBegin: true };
		const stopped = new Promise<StopReason>(resolve => { this.waiting = resolve; });
		this.go();
		return stopped;
	}

	private go(): void {
		const goOn = this.goOn;
		this.goOn = undefined;
		this.halt = new Promise(resolve => { this.onHalt = resolve; });
		goOn?.();
	}

	interrupt(): void {
		this.interrupted = true;
		this.board.debugBreak();
	}

	lastStop(): StopReason { return this.last; }

	libraries(): string { return this.modules.libraries(this.control.position); }

	release(kill: boolean): void {
		if (this.last.kind === 'exited') return;
		this.detached = true;
		if (this.recorder) this.recorder.retired = true;
		this.control.setBreakpoints([]);
		this.control.stopAt = undefined;
		if (kill) this.board.quit();
		this.go();
	}
}
