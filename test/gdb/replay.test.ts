// Reverse execution, without GDB: a board stopped at a breakpoint goes back instruction by
// instruction through exactly the states it went through, back to where its history starts, and
// forward again to the same states; the input the guest was given (console input, files) comes
// again at the same points, and the console shows nothing twice.
import { describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { runGuest } from '../../emulator/guest/run.ts';
import { Session } from '../../emulator/guest/session.ts';
import { BoardTarget } from '../../emulator/gdb/board-target.ts';
import { PacketReader, encodePacket } from '../../emulator/gdb/packets.ts';
import { regnum } from '../../emulator/gdb/target-description.ts';
import { builtModulesDir } from '../../emulator/paths.ts';
import { loadKernelImage } from '../../emulator/boot/kernel-image.ts';
import { defaultKernelPath } from '../../emulator/paths.ts';
import type { StopReason } from '../../emulator/gdb/target.ts';

const chardev = join(builtModulesDir, 'chardev/chardev.ko');
const symbol = (name: string) => loadKernelImage(defaultKernelPath).symbols.address(name)!;
const PC = regnum('pc');

/** The general registers, SP, PC and PSTATE: what a state is here. */
const state = (t: BoardTarget) => Array.from({ length: 34 }, (_, n) => t.readRegister(n)!.toString('hex')).join(' ');
const pc = (t: BoardTarget) => t.readRegister(PC)!.readBigUInt64LE(0);

async function continueTo(t: BoardTarget, address: bigint): Promise<StopReason> {
	for (;;) {
		const stop = await t.resume('continue');
		if (stop.kind === 'exited' || pc(t) === address) return stop;
	}
}

describe('reverse execution', () => {
	it('goes back through the states the run went through, to the start of its history and forward again', async () => {
		const lines: string[] = [];
		let attached!: (t: BoardTarget) => void;
		const attaching = new Promise<BoardTarget>(resolve => { attached = resolve; });
		const run = runGuest({
			cmdline: 'console=ttyAMA0 quiet', command: ['insmod', '/chardev.ko'], add: [{ host: chardev, guest: '/chardev.ko' }],
		}, board => attached(new BoardTarget(board, { modules: [chardev], log: l => lines.push(l), status: () => 0 })));
		const target = await attaching;
		const initcall = symbol('do_one_initcall');
		target.insertBreakpoint(initcall);
		const hit = await continueTo(target, initcall);
		expect(hit).toMatchObject({ kind: 'stopped', signal: 5, breakpoint: true });
		const states = [state(target)];
		for (let i = 0; i < 40; i++) {
			await target.resume('step');
			states.push(state(target));
		}
		expect(new Set(states).size).toBe(states.length);
		for (let i = states.length - 2; i >= 0; i--) {
			await target.resume('reverse-step');
			expect(state(target)).toBe(states[i]);
		}
		// Before the breakpoint's hit, none back to where the history starts (where GDB attached).
		expect(await target.resume('reverse-continue')).toMatchObject({ kind: 'stopped', historyBegin: true });
		expect(await target.resume('reverse-step')).toMatchObject({ kind: 'stopped', historyBegin: true });
		await continueTo(target, initcall);
		expect(state(target)).toBe(states[0]);
		target.removeBreakpoint(initcall);
		expect(await target.resume('continue')).toEqual({ kind: 'exited', status: 0 });
		const r = await run;
		expect(r.exit.reason).toBe('poweroff');
		expect(r.status).toBe(0);
		expect(r.console.match(/reboot: Power down/g)).toHaveLength(1);
		// The module's load, told once although the replays ran it again.
		expect(lines.filter(l => l.startsWith('add-symbol-file '))).toHaveLength(1);
	}, 120_000);
});

/** Just enough of GDB's side of the protocol to drive a board over TCP. */
class Client {
	private reader = new PacketReader();
	private replies: string[] = [];
	private wake?: () => void;

	private constructor(private readonly socket: Socket) {
		socket.on('data', (chunk: Buffer) => {
			for (const e of this.reader.push(chunk)) {
				if (e.kind !== 'packet') continue;
				socket.write('+');
				this.replies.push(e.data.toString('latin1'));
				this.wake?.();
			}
		});
	}

	static connect(port: number): Promise<Client> {
		return new Promise((resolve, reject) => {
			const socket = connect(port, '127.0.0.1', () => resolve(new Client(socket)));
			socket.on('error', reject);
		});
	}

	async ask(packet: string): Promise<string> {
		this.socket.write(encodePacket(packet));
		while (!this.replies.length) await new Promise<void>(resolve => { this.wake = resolve; });
		return this.replies.shift()!;
	}

	/** Ctrl-C, as GDB sends it while the guest runs. */
	interrupt(): void { this.socket.write(Buffer.of(3)); }

	/** A reply to a packet sent earlier (see ask). */
	async next(): Promise<string> {
		while (!this.replies.length) await new Promise<void>(resolve => { this.wake = resolve; });
		return this.replies.shift()!;
	}

	send(packet: string): void { this.socket.write(encodePacket(packet)); }

	close(): void { this.socket.end(); }
}

/** GDB's options for a test: any free port, told through kobox's line. */
function gdbOptions() {
	let seen!: (port: number) => void;
	const port = new Promise<number>(resolve => { seen = resolve; });
	const options = { port: 0, status: () => 0, log: (l: string) => { const m = /on port (\d+)/.exec(l); if (m) seen(Number(m[1])); } };
	return { options, port };
}

describe('Ctrl-C', () => {
	it('stops a guest that runs on by itself, and GDB\'s kill stops the board', async () => {
		const gdb = gdbOptions();
		const run = runGuest({ cmdline: 'console=ttyAMA0 quiet', command: ['sh', '-c', 'while :; do :; done'], gdb: gdb.options });
		const client = await Client.connect(await gdb.port);
		expect(await client.ask('?')).toMatch(/^T05/);
		// Busybox's shell, spinning at EL0, once it got there: on a loaded machine the first stops
		// may still find the kernel starting it (or taking a tick).
		let mode = '';
		for (let tries = 0; tries < 20 && mode !== '00'; tries++) {
			client.send('c');
			await new Promise(resolve => setTimeout(resolve, 300));
			client.interrupt();
			expect(await client.next()).toMatch(/^T02.*thread:1;$/);
			mode = (await client.ask('p21')).slice(0, 2);
		}
		expect(mode).toBe('00');
		client.send('k');
		const r = await run;
		expect(r.exit.reason).toBe('quit');
		client.close();
	}, 60_000);
});

describe('reverse execution over the remote protocol, in a session', () => {
	it('gives the guest its files and its command again when the run goes back before them', async () => {
		const options = gdbOptions();
		const booting = Session.boot({ add: [chardev], gdb: options.options });
		const gdb = await Client.connect(await options.port);
		expect(await gdb.ask('?')).toMatch(/^T05/);
		const initcall = symbol('do_one_initcall').toString(16);
		expect(await gdb.ask(`Z0,${initcall},4`)).toBe('OK');
		// GDB's continue: the board runs while the session has it run (its files, then a command).
		const firstStop = gdb.ask('c');
		const session = await booting;
		const record = session.run('insmod /chardev.ko');
		let stop = await firstStop;
		while (!/swbreak/.test(stop)) stop = await gdb.ask('c');
		const registers = await gdb.ask('g');
		for (let i = 0; i < 3; i++) expect(await gdb.ask('bs')).toMatch(/^T05/);
		do stop = await gdb.ask('bc'); while (!/replaylog:begin/.test(stop));
		// Forward from before the files and the command were given: the same run, to the same hit.
		do stop = await gdb.ask('c'); while (!/swbreak/.test(stop));
		expect(await gdb.ask('g')).toBe(registers);
		expect(await gdb.ask(`z0,${initcall},4`)).toBe('OK');
		expect(await gdb.ask('D')).toBe('OK');
		gdb.close();
		const r = await record;
		session.close();
		expect(r.status).toBe(0);
		expect(r.dmesg.join('\n')).toContain('chardev: the same major again: -16');
	}, 120_000);
});
