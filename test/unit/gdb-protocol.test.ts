// GDB's remote protocol without GDB: the packet layer (framing, checksums, escaping) and the
// commands, answered from a target that is a plain object.
import { describe, expect, it } from 'vitest';
import { PacketReader, checksum, encodePacket, escape, unescape } from '../../emulator/gdb/packets.ts';
import { GdbCommands, type Reply } from '../../emulator/gdb/commands.ts';
import { aarch64Target, armTarget, regnum } from '../../emulator/gdb/target-description.ts';

const { registers, xml: targetXml } = aarch64Target;
import type { DebugTarget, ResumeKind, StopReason } from '../../emulator/gdb/target.ts';

describe('packets', () => {
	it('frames data with the modulo-256 sum of its bytes in two hex digits', () => {
		expect(checksum(Buffer.from('OK'))).toBe(0x9a);
		expect(encodePacket('OK').toString()).toBe('$OK#9a');
		expect(encodePacket('').toString()).toBe('$#00');
		expect(encodePacket('qSupported').toString()).toBe('$qSupported#37');
	});

	it('escapes $ # } and * as } and the byte XOR 0x20, and sums the escaped bytes', () => {
		const data = Buffer.from([0x24, 0x23, 0x7d, 0x2a, 0x41]);
		expect([...escape(data)]).toEqual([0x7d, 0x04, 0x7d, 0x03, 0x7d, 0x5d, 0x7d, 0x0a, 0x41]);
		expect(unescape(escape(data))).toEqual(data);
		const wire = encodePacket(data);
		expect(wire.subarray(-2).toString()).toBe(checksum(escape(data)).toString(16).padStart(2, '0'));
	});

	it('reads packets, acknowledgements and Ctrl-C from a stream split anywhere', () => {
		const binary = encodePacket(Buffer.concat([Buffer.from('X10,1:'), Buffer.of(0x7d)]));
		const wire = Buffer.concat([Buffer.from('+$m1000,4#8e-\x03'), binary]);
		const reader = new PacketReader();
		const events = [...wire].flatMap(b => reader.push(Buffer.of(b)));
		expect(events.map(e => e.kind)).toEqual(['ack', 'packet', 'nack', 'interrupt', 'packet']);
		expect(events[1]).toEqual({ kind: 'packet', data: Buffer.from('m1000,4') });
		expect(binary.toString('latin1')).toContain('X10,1:}]#');
		expect(events[4]).toEqual({ kind: 'packet', data: Buffer.concat([Buffer.from('X10,1:'), Buffer.of(0x7d)]) });
	});

	it('reports a packet whose checksum is wrong, for GDB to send it again', () => {
		const reader = new PacketReader();
		expect(reader.push(Buffer.from('$g#00$g#67'))).toEqual([{ kind: 'corrupt' }, { kind: 'packet', data: Buffer.from('g') }]);
		expect(reader.push(Buffer.from('$g#zz'))).toEqual([{ kind: 'corrupt' }]);
	});
});

/** A target of 256 bytes of memory at 0x1000 and registers that hold their own number. */
class FakeTarget implements DebugTarget {
	reversible = true;
	description = aarch64Target;
	memory = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
	regs: Buffer[] = registers.map((r, n) => { const b = Buffer.alloc(r.size); b[0] = n; return b; });
	breakpoints = new Set<bigint>();
	resumed: ResumeKind[] = [];
	released?: boolean;
	readRegister(n: number) { return this.regs[n]; }
	writeRegister(n: number, v: Buffer) { this.regs[n] = v; return true; }
	readMemory(a: bigint, length: number) {
		const at = Number(a) - 0x1000;
		return at < 0 || at >= 256 ? undefined : this.memory.subarray(at, at + length);
	}
	writeMemory(a: bigint, data: Buffer) {
		const at = Number(a) - 0x1000;
		if (at < 0 || at + data.length > 256) return false;
		data.copy(this.memory, at);
		return true;
	}
	insertBreakpoint(a: bigint) { this.breakpoints.add(a); }
	removeBreakpoint(a: bigint) { this.breakpoints.delete(a); }
	resume(kind: ResumeKind): Promise<StopReason> { this.resumed.push(kind); return Promise.resolve({ kind: 'stopped', signal: 5 }); }
	interrupt() {}
	lastStop(): StopReason { return { kind: 'stopped', signal: 5, breakpoint: true } as const; }
	libraries() { return '<library-list version="1.0"></library-list>'; }
	release(kill: boolean) { this.released = kill; }
}

const text = (r: Reply) => (r.kind === 'answer' ? Buffer.from(r.data).toString('latin1') : r.kind);

describe('commands', () => {
	const target = new FakeTarget();
	const commands = new GdbCommands(target);
	const ask = (packet: string | Buffer) => commands.handle(Buffer.isBuffer(packet) ? packet : Buffer.from(packet, 'latin1'));

	it('tells GDB what it serves, reverse execution included', () => {
		const features = text(ask('qSupported:multiprocess+;swbreak+;xmlRegisters=i386')).split(';');
		expect(features).toEqual(expect.arrayContaining(['qXfer:features:read+', 'qXfer:libraries:read+', 'ReverseStep+', 'ReverseContinue+', 'swbreak+']));
		const forward = new GdbCommands(Object.assign(new FakeTarget(), { reversible: false }));
		expect(text(forward.handle(Buffer.from('qSupported')))).not.toContain('Reverse');
		expect(text(forward.handle(Buffer.from('bs')))).toBe('');
	});

	it('describes AArch64 registers as GDB numbers them', () => {
		expect([regnum('x0'), regnum('x30'), regnum('sp'), regnum('pc'), regnum('cpsr'), regnum('v0'), regnum('fpsr'), regnum('fpcr')])
			.toEqual([0, 30, 31, 32, 33, 34, 66, 67]);
		expect(targetXml).toContain('<feature name="org.gnu.gdb.aarch64.core">');
		expect(targetXml).toContain('<reg name="cpsr" bitsize="32" type="uint32"/>');
		expect(targetXml).toContain('<reg name="v31" bitsize="128" type="aarch64v"/>');
	});

	it('describes 32-bit ARM registers as GDB numbers them: r0..pc, then cpsr, then VFP', () => {
		const n = (name: string) => regnum(name, armTarget);
		expect([n('r0'), n('r12'), n('sp'), n('lr'), n('pc'), n('cpsr'), n('d0'), n('d31'), n('fpscr')])
			.toEqual([0, 12, 13, 14, 15, 16, 17, 48, 49]);
		expect(armTarget.xml).toContain('<architecture>arm</architecture>');
		expect(armTarget.xml).toContain('<feature name="org.gnu.gdb.arm.core">');
		expect(armTarget.xml).toContain('<reg name="d31" bitsize="64" type="ieee_double"/>');
		expect(armTarget.expedited).toEqual([11, 13, 15]);
	});

	it('serves the target description in parts, m then l', () => {
		const first = text(ask('qXfer:features:read:target.xml:0,40'));
		expect(first).toBe(`m${targetXml.slice(0, 0x40)}`);
		const all = text(ask(`qXfer:features:read:target.xml:0,${(targetXml.length + 100).toString(16)}`));
		expect(all).toBe(`l${targetXml}`);
		expect(text(ask(`qXfer:features:read:target.xml:${targetXml.length.toString(16)},10`))).toBe('l');
		expect(text(ask('qXfer:libraries:read::0,1000'))).toBe('l<library-list version="1.0"></library-list>');
	});

	it('reads and writes registers, one or all, little-endian', () => {
		const all = text(ask('g'));
		expect(all.length).toBe(registers.reduce((n, r) => n + r.size, 0) * 2);
		expect(all.slice(0, 16)).toBe('0000000000000000');
		expect(text(ask('p20'))).toBe('2000000000000000');
		expect(text(ask('p21'))).toBe('21000000');
		expect(text(ask('P20=0810000000000000'))).toBe('OK');
		expect(target.regs[32].readBigUInt64LE(0)).toBe(0x1008n);
		expect(text(ask('P20=08'))).toBe('E16');
		expect(text(ask('p99'))).toBe('E16');
	});

	it('reads memory in hex, stops short at what cannot be read, and writes hex or binary data', () => {
		expect(text(ask('m1000,4'))).toBe('00010203');
		expect(text(ask('m10fe,4'))).toBe('feff');
		expect(text(ask('m2000,4'))).toBe('E0e');
		expect(text(ask('M1010,2:abcd'))).toBe('OK');
		expect(target.memory.subarray(0x10, 0x12)).toEqual(Buffer.from([0xab, 0xcd]));
		expect(text(ask(Buffer.concat([Buffer.from('X1020,2:'), Buffer.from([0x23, 0x7d])])))).toBe('OK');
		expect(target.memory.subarray(0x20, 0x22)).toEqual(Buffer.from([0x23, 0x7d]));
		expect(text(ask('M3000,1:00'))).toBe('E0e');
	});

	it('sets software and hardware breakpoints, and leaves watchpoints unserved', () => {
		expect(text(ask('Z0,ffff000040001000,4'))).toBe('OK');
		expect(text(ask('Z1,1234,4'))).toBe('OK');
		expect([...target.breakpoints]).toEqual([0xffff000040001000n, 0x1234n]);
		expect(text(ask('z0,ffff000040001000,4'))).toBe('OK');
		expect([...target.breakpoints]).toEqual([0x1234n]);
		expect(text(ask('Z2,1000,4'))).toBe('');
	});

	it('resumes forward and backward', () => {
		const kinds = ['c', 's', 'vCont;c', 'vCont;s:1', 'bc', 'bs'].map(p => ask(p));
		expect(kinds.map(r => r.kind === 'resume' && r.how)).toEqual(['continue', 'step', 'continue', 'step', 'reverse-continue', 'reverse-step']);
		expect(text(ask('vCont?'))).toBe('vCont;c;C;s;S');
	});

	it('tells a stop with the registers GDB reads at once, and why', () => {
		expect(text(ask('?'))).toBe('T051d:1d00000000000000;1f:1f00000000000000;20:0810000000000000;thread:1;swbreak:;');
		expect(commands.stopReply({ kind: 'stopped', signal: 2 })).toMatch(/^T02.*thread:1;$/);
		expect(commands.stopReply({ kind: 'stopped', signal: 5, library: true, historyBegin: true })).toMatch(/library:;replaylog:begin;$/);
		expect(commands.stopReply({ kind: 'exited', status: 1 })).toBe('W01');
	});

	it('detaches, or kills', () => {
		expect(ask('D')).toEqual({ kind: 'close', data: 'OK', kill: false });
		expect(ask('k')).toEqual({ kind: 'close', kill: true });
		expect(text(ask('QStartNoAckMode'))).toBe('OK');
		expect(commands.noAck).toBe(true);
		expect(text(ask('qFooBar'))).toBe('');
	});
});
