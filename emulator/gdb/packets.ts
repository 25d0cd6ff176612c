// GDB's remote serial protocol on the wire: `$data#cc` packets (cc: the sum of data's bytes, mod
// 256, in hex), `+`/`-` acknowledgements, and a lone 0x03 byte for Ctrl-C. Inside a packet `}`
// escapes the next byte (sent XORed with 0x20), so that binary data (the X packet, qXfer answers)
// may hold `$`, `#`, `}` and `*`. Nothing here knows what the packets mean.

export type WireEvent =
	| { kind: 'packet'; data: Buffer }
	/** A packet whose checksum did not match: the peer is to send it again (answer `-`). */
	| { kind: 'corrupt' }
	| { kind: 'ack' }
	| { kind: 'nack' }
	| { kind: 'interrupt' };

const DOLLAR = 0x24, HASH = 0x23, ESCAPE = 0x7d, STAR = 0x2a, PLUS = 0x2b, MINUS = 0x2d, CTRL_C = 0x03;

export function checksum(data: Uint8Array): number {
	let sum = 0;
	for (const b of data) sum = (sum + b) & 0xff;
	return sum;
}

/** Data as a packet's body carries it: `$`, `#`, `}` and `*` escaped. */
export function escape(data: Uint8Array): Buffer {
	const out: number[] = [];
	for (const b of data) {
		if (b === DOLLAR || b === HASH || b === ESCAPE || b === STAR) out.push(ESCAPE, b ^ 0x20);
		else out.push(b);
	}
	return Buffer.from(out);
}

/** A packet's body as the data it carries (escapes undone). */
export function unescape(body: Uint8Array): Buffer {
	const out = Buffer.alloc(body.length);
	let n = 0;
	for (let i = 0; i < body.length; i++) out[n++] = body[i] === ESCAPE && i + 1 < body.length ? body[++i] ^ 0x20 : body[i];
	return out.subarray(0, n);
}

/** The bytes on the wire for a packet carrying `data`. */
export function encodePacket(data: Uint8Array | string): Buffer {
	const body = escape(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
	return Buffer.concat([Buffer.of(DOLLAR), body, Buffer.from(`#${checksum(body).toString(16).padStart(2, '0')}`)]);
}

/**
 * Splits the byte stream from GDB into events, whatever the chunks it arrives in. Between packets
 * only `+`, `-` and 0x03 mean anything; other bytes there are noise and dropped, as GDB's own stub
 * does.
 */
export class PacketReader {
	private body: number[] = [];
	/** Where in a packet the next byte goes: outside one, in its body, or in its checksum's digits. */
	private state: 'idle' | 'body' | 'sum1' | 'sum2' = 'idle';
	private sum = '';

	push(chunk: Uint8Array): WireEvent[] {
		const events: WireEvent[] = [];
		for (const b of chunk) {
			switch (this.state) {
			case 'idle':
				if (b === DOLLAR) {
					this.body = [];
					this.state = 'body';
				} else if (b === PLUS) events.push({ kind: 'ack' });
				else if (b === MINUS) events.push({ kind: 'nack' });
				else if (b === CTRL_C) events.push({ kind: 'interrupt' });
				break;
			case 'body':
				if (b === HASH) {
					this.state = 'sum1';
					this.sum = '';
				} else this.body.push(b);
				break;
			case 'sum1':
				this.sum = String.fromCharCode(b);
				this.state = 'sum2';
				break;
			case 'sum2': {
				this.sum += String.fromCharCode(b);
				this.state = 'idle';
				const body = Uint8Array.from(this.body);
				const good = /^[0-9a-fA-F]{2}$/.test(this.sum) && parseInt(this.sum, 16) === checksum(body);
				events.push(good ? { kind: 'packet', data: unescape(body) } : { kind: 'corrupt' });
				break;
			}
			}
		}
		return events;
	}
}

// The hex encodings the packets use for numbers and bytes.

export const toHex = (data: Uint8Array) => Buffer.from(data).toString('hex');

export function fromHex(text: string): Buffer | undefined {
	return /^([0-9a-fA-F]{2})*$/.test(text) ? Buffer.from(text, 'hex') : undefined;
}

/** A number as GDB writes addresses and lengths: hex digits, most significant first. */
export function parseHexNumber(text: string): bigint | undefined {
	return /^[0-9a-fA-F]{1,16}$/.test(text) ? BigInt(`0x${text}`) : undefined;
}
