// A traced process's memory, read through its page tables from a hook in the kernel (where TTBR0
// still maps the process that made the call).
import { readVirtual } from '../cpu/address-translation.ts';
import type { Unicorn } from '../cpu/unicorn.ts';

const PAGE = 0x1000;

export class UserMemory {
	constructor(private readonly cpu: Unicorn) {}

	/** `length` bytes at `address`, or undefined if any of them is not mapped. */
	bytes(address: bigint, length: number): Buffer | undefined {
		if (address === 0n) return undefined;
		return length === 0 ? Buffer.alloc(0) : readVirtual(this.cpu, address, length);
	}

	u64(address: bigint): bigint | undefined { return this.bytes(address, 8)?.readBigUInt64LE(0); }
	u32(address: bigint): number | undefined { return this.bytes(address, 4)?.readUInt32LE(0); }
	/** A pointer or long of the process's word size. */
	word(address: bigint, bits: 32 | 64): bigint | undefined {
		return bits === 64 ? this.u64(address) : (n => n === undefined ? undefined : BigInt(n))(this.u32(address));
	}

	/**
	 * The NUL-terminated string at `address`, up to `max` bytes (`terminated` false if it is longer),
	 * read a page at a time so that a string ending before an unmapped page is still read.
	 */
	cString(address: bigint, max: number): { bytes: Buffer; terminated: boolean } | undefined {
		if (address === 0n) return undefined;
		const parts: Buffer[] = [];
		let length = 0;
		for (let a = address; length < max;) {
			const chunk = Math.min(PAGE - Number(a & BigInt(PAGE - 1)), max - length);
			const b = this.bytes(a, chunk);
			if (!b) return length ? { bytes: Buffer.concat(parts), terminated: false } : undefined;
			const nul = b.indexOf(0);
			if (nul >= 0) {
				parts.push(b.subarray(0, nul));
				return { bytes: Buffer.concat(parts), terminated: true };
			}
			parts.push(b);
			length += chunk;
			a += BigInt(chunk);
		}
		return { bytes: Buffer.concat(parts), terminated: false };
	}
}
