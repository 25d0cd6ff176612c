// The remote protocol's commands, answered from a DebugTarget: one packet in, at most one packet
// out. The guest is one thread (the CPU) of one process; its "signals" are those of GDB's stop
// replies only. Reverse execution is `bs` and `bc`, from which GDB builds reverse-stepi,
// reverse-step, reverse-next, reverse-finish and reverse-continue.
import { fromHex, parseHexNumber, toHex } from './packets.ts';
import type { DebugTarget, ResumeKind, StopReason } from './target.ts';

/** What to do with a packet: answer it (an empty answer means "not supported"), or not. */
export type Reply =
	| { kind: 'answer'; data: Buffer | string }
	/** Run the guest and answer with the stop reply when it stops. */
	| { kind: 'resume'; how: ResumeKind }
	/** Answer (if anything), then end the connection: GDB detaches, or `kill`s the guest. */
	| { kind: 'close'; data?: string; kill: boolean };

const answer = (data: Buffer | string): Reply => ({ kind: 'answer', data });
const OK = answer('OK');
const UNSUPPORTED = answer('');
/** EFAULT, as gdbserver answers an access it cannot make. */
const EFAULT = answer('E0e');
const EINVAL = answer('E16');

/** Bytes in one m/qXfer answer at most; qSupported tells GDB (PacketSize is in hex). */
const PACKET_SIZE = 0x4000;
const MAX_DATA = PACKET_SIZE / 2 - 16;

const FEATURES = [
	`PacketSize=${PACKET_SIZE.toString(16)}`, 'QStartNoAckMode+', 'qXfer:features:read+', 'qXfer:libraries:read+',
	'swbreak+', 'hwbreak+', 'vContSupported+',
];
const REVERSE = ['ReverseStep+', 'ReverseContinue+'];


export class GdbCommands {
	/** QStartNoAckMode was agreed: neither side acknowledges packets any more. */
	noAck = false;

	constructor(private readonly target: DebugTarget) {}

	handle(packet: Buffer): Reply {
		const text = packet.toString('latin1');
		const [head] = text.split(/[:;,]/, 1);
		switch (text[0]) {
		case '?': return answer(this.stopReply(this.target.lastStop()));
		case 'g': return this.readRegisters();
		case 'G': return this.writeRegisters(text.slice(1));
		case 'p': return this.readRegister(text.slice(1));
		case 'P': return this.writeRegister(text.slice(1));
		case 'm': return this.readMemory(text.slice(1));
		case 'M': return this.writeMemory(text.slice(1));
		case 'X': return this.writeBinary(packet);
		case 'Z': case 'z': return this.breakpoint(text);
		case 'c': case 'C': return { kind: 'resume', how: 'continue' };
		case 's': case 'S': return { kind: 'resume', how: 'step' };
		case 'b':
			if (!this.target.reversible) return UNSUPPORTED;
			if (text === 'bc') return { kind: 'resume', how: 'reverse-continue' };
			if (text === 'bs') return { kind: 'resume', how: 'reverse-step' };
			return UNSUPPORTED;
		case 'H': case 'T': return OK;
		case 'D': return { kind: 'close', data: 'OK', kill: false };
		case 'k': return { kind: 'close', kill: true };
		case 'v': return this.vPacket(text);
		}
		switch (head) {
		case 'qSupported': return answer([...FEATURES, ...this.target.reversible ? REVERSE : []].join(';'));
		case 'QStartNoAckMode':
			this.noAck = true;
			return OK;
		case 'qAttached': return answer('1');
		case 'qC': return answer('QC1');
		case 'qfThreadInfo': return answer('m1');
		case 'qsThreadInfo': return answer('l');
		case 'qSymbol': return OK;
		case 'qXfer': return this.transfer(text);
		}
		return UNSUPPORTED;
	}

	/** The stop reply for `stop`: T (a signal, with the registers GDB always reads) or W (exited). */
	stopReply(stop: StopReason): string {
		if (stop.kind === 'exited') return `W${(stop.status & 0xff).toString(16).padStart(2, '0')}`;
		let reply = `T${stop.signal.toString(16).padStart(2, '0')}`;
		for (const n of this.target.description.expedited) {
			const value = this.target.readRegister(n);
			if (value) reply += `${n.toString(16)}:${toHex(value)};`;
		}
		reply += 'thread:1;';
		if (stop.breakpoint) reply += 'swbreak:;';
		if (stop.library) reply += 'library:;';
		if (stop.historyBegin) reply += 'replaylog:begin;';
		return reply;
	}

	private readRegisters(): Reply {
		const { registers } = this.target.description;
		const values: Buffer[] = [];
		for (let n = 0; n < registers.length; n++) values.push(this.target.readRegister(n) ?? Buffer.alloc(registers[n].size));
		return answer(toHex(Buffer.concat(values)));
	}

	private writeRegisters(hex: string): Reply {
		const data = fromHex(hex);
		if (!data) return EINVAL;
		const { registers } = this.target.description;
		let at = 0;
		for (let n = 0; n < registers.length && at + registers[n].size <= data.length; n++) {
			this.target.writeRegister(n, data.subarray(at, at + registers[n].size));
			at += registers[n].size;
		}
		return OK;
	}

	private readRegister(arg: string): Reply {
		const n = parseHexNumber(arg);
		const value = n === undefined ? undefined : this.target.readRegister(Number(n));
		return value ? answer(toHex(value)) : EINVAL;
	}

	private writeRegister(arg: string): Reply {
		const [num, hex] = arg.split('=');
		const n = parseHexNumber(num), value = fromHex(hex ?? '');
		if (n === undefined || !value || this.target.description.registers[Number(n)]?.size !== value.length) return EINVAL;
		return this.target.writeRegister(Number(n), value) ? OK : EINVAL;
	}

	/** `ADDR,LENGTH`, both hex. */
	private range(arg: string): { address: bigint; length: number } | undefined {
		const [a, l] = arg.split(',');
		const address = parseHexNumber(a ?? ''), length = parseHexNumber(l ?? '');
		return address === undefined || length === undefined ? undefined : { address, length: Number(length) };
	}

	private readMemory(arg: string): Reply {
		const r = this.range(arg);
		if (!r) return EINVAL;
		const data = this.target.readMemory(r.address, Math.min(r.length, MAX_DATA));
		return data?.length || r.length === 0 ? answer(toHex(data ?? Buffer.alloc(0))) : EFAULT;
	}

	private writeMemory(arg: string): Reply {
		const colon = arg.indexOf(':');
		const r = this.range(arg.slice(0, colon)), data = fromHex(arg.slice(colon + 1));
		if (colon < 0 || !r || !data || data.length !== r.length) return EINVAL;
		return this.target.writeMemory(r.address, data) ? OK : EFAULT;
	}

	/** X: the data is binary (already unescaped by the packet layer). */
	private writeBinary(packet: Buffer): Reply {
		const colon = packet.indexOf(0x3a);
		const r = colon < 0 ? undefined : this.range(packet.toString('latin1', 1, colon));
		const data = packet.subarray(colon + 1);
		if (!r || data.length !== r.length) return EINVAL;
		return r.length === 0 || this.target.writeMemory(r.address, Buffer.from(data)) ? OK : EFAULT;
	}

	/** Z0/z0 (software) and Z1/z1 (hardware) breakpoints are the same here; watchpoints are not served. */
	private breakpoint(text: string): Reply {
		const [type, addr] = text.slice(1).split(',');
		const address = parseHexNumber(addr ?? '');
		if (type !== '0' && type !== '1') return UNSUPPORTED;
		if (address === undefined) return EINVAL;
		if (text[0] === 'Z') this.target.insertBreakpoint(address);
		else this.target.removeBreakpoint(address);
		return OK;
	}

	private vPacket(text: string): Reply {
		if (text === 'vCont?') return answer('vCont;c;C;s;S');
		if (text.startsWith('vCont;')) {
			// The action for our thread, or the default one: all-stop mode has one CPU to run.
			const action = text.slice(6).split(';')[0];
			if (action[0] === 'c' || action[0] === 'C') return { kind: 'resume', how: 'continue' };
			if (action[0] === 's' || action[0] === 'S') return { kind: 'resume', how: 'step' };
			return EINVAL;
		}
		if (text.startsWith('vKill')) return { kind: 'close', data: 'OK', kill: true };
		return UNSUPPORTED;
	}

	/** qXfer:OBJECT:read:ANNEX:OFFSET,LENGTH, answered `m` (more follows) or `l` (the last part). */
	private transfer(text: string): Reply {
		const [, object, op, annex, span] = text.split(':');
		if (op !== 'read') return UNSUPPORTED;
		let document: string;
		if (object === 'features' && annex === 'target.xml') document = this.target.description.xml;
		else if (object === 'libraries' && annex === '') document = this.target.libraries();
		else return object === 'features' ? answer('E00') : UNSUPPORTED;
		const r = this.range(span ?? '');
		if (!r) return EINVAL;
		const data = Buffer.from(document, 'utf8');
		const start = Number(r.address), part = data.subarray(start, start + Math.min(r.length, MAX_DATA));
		return answer(Buffer.concat([Buffer.from(start + part.length < data.length ? 'm' : 'l'), part]));
	}
}
