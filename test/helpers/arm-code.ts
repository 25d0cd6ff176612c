// Hand-assembled AArch32 machine code for tests, as literal words: A32 instructions as 32-bit words,
// T32 ones as halfwords (a 32-bit Thumb instruction is two, first halfword first). Each listing's
// comments give its assembly (GNU as syntax, -march=armv7-a), so a test needs no cross tools.
export interface Code { at: number; set: 'arm' | 'thumb'; units: readonly number[] }

export const arm = (at: number, words: readonly number[]): Code => ({ at, set: 'arm', units: words });
export const thumb = (at: number, halfwords: readonly number[]): Code => ({ at, set: 'thumb', units: halfwords });

/** The listings placed at their offsets in an image of `size` bytes (zeros elsewhere). */
export function image(codes: readonly Code[], size: number): Buffer {
	const out = Buffer.alloc(size);
	for (const c of codes) {
		const unit = c.set === 'arm' ? 4 : 2;
		c.units.forEach((u, i) => (unit === 4 ? out.writeUInt32LE(u >>> 0, c.at + 4 * i) : out.writeUInt16LE(u, c.at + 2 * i)));
	}
	return out;
}

/**
 * A minimal 32-bit ARM executable (ELFCLASS32, EM_ARM): the image as one PT_LOAD segment at
 * `address` (virtual = physical), entered at `entry`. No sections, no symbols.
 */
export function elf32(address: number, entry: number, body: Buffer): Buffer {
	const EHSIZE = 52, PHENTSIZE = 32, offset = 0x1000;
	const out = Buffer.alloc(offset + body.length);
	out.writeUInt32BE(0x7f454c46, 0);
	out[4] = 1; out[5] = 1; out[6] = 1; // ELFCLASS32, little-endian, version 1
	out.writeUInt16LE(2, 16); // ET_EXEC
	out.writeUInt16LE(40, 18); // EM_ARM
	out.writeUInt32LE(1, 20);
	out.writeUInt32LE(entry, 24);
	out.writeUInt32LE(EHSIZE, 28); // e_phoff
	out.writeUInt32LE(0x0500_0000, 36); // e_flags: EABI version 5
	out.writeUInt16LE(EHSIZE, 40);
	out.writeUInt16LE(PHENTSIZE, 42);
	out.writeUInt16LE(1, 44);
	out.writeUInt16LE(40, 46); // e_shentsize
	const ph = EHSIZE;
	out.writeUInt32LE(1, ph); // PT_LOAD
	out.writeUInt32LE(offset, ph + 4);
	out.writeUInt32LE(address, ph + 8);
	out.writeUInt32LE(address, ph + 12);
	out.writeUInt32LE(body.length, ph + 16);
	out.writeUInt32LE(body.length, ph + 20);
	out.writeUInt32LE(7, ph + 24); // RWX
	out.writeUInt32LE(0x1000, ph + 28);
	body.copy(out, offset);
	return out;
}
