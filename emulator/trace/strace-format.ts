// strace's way of printing values: quoted strings with C escapes cut at 32 bytes, flags joined with
// `|`, named constants, and pointers in hex.

/** strace's default -s: strings and buffers show at most this many bytes. */
export const MAX_STRLEN = 32;

const ESCAPES: Record<number, string> = { 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x0b: '\\v', 0x22: '\\"', 0x5c: '\\\\' };
const isOctalDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x37;

/** Bytes as a C string literal, as strace quotes them: octal escapes, 3 digits only before a digit. */
export function quote(bytes: Uint8Array): string {
	let s = '"';
	for (let i = 0; i < bytes.length; i++) {
		const c = bytes[i];
		if (ESCAPES[c]) s += ESCAPES[c];
		else if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
		else if (isOctalDigit(bytes[i + 1])) s += `\\${(c >> 6).toString()}${((c >> 3) & 7).toString()}${(c & 7).toString()}`;
		else s += `\\${c.toString(8)}`;
	}
	return `${s}"`;
}

/** A buffer of `length` bytes of which `bytes` were read: cut at MAX_STRLEN with `...` after. */
export const quoteBuffer = (bytes: Uint8Array, length: number): string =>
	quote(bytes.subarray(0, Math.min(length, MAX_STRLEN))) + (length > MAX_STRLEN ? '...' : '');

export const hex = (v: bigint): string => `0x${v.toString(16)}`;

/** A pointer: NULL or its address. */
export const pointer = (v: bigint): string => (v === 0n ? 'NULL' : hex(v));

/** The argument as a C int (its low 32 bits, signed). */
export const int = (v: bigint): number => Number(BigInt.asIntN(32, v));

/** The argument as a C long, of the process's word size. */
export const long = (v: bigint, bits: 32 | 64 = 64): bigint => BigInt.asIntN(bits, v);

/** A named constant, or the number (strace: the number, then a comment naming what it is not). */
export function xlat(v: number | bigint, names: Readonly<Record<number, string>>, what?: string): string {
	const name = names[Number(v)];
	if (name) return name;
	return what ? `${hex(BigInt(v))} /* ${what}_??? */` : String(v);
}

/** Flags by name, joined with |; bits without a name in hex; zero as `zero` (default 0). */
export function flags(v: bigint, names: readonly (readonly [bigint, string])[], zero = '0'): string {
	const parts: string[] = [];
	let rest = v;
	for (const [bit, name] of names) {
		if (bit !== 0n && (rest & bit) === bit) {
			parts.push(name);
			rest &= ~bit;
		}
	}
	if (rest !== 0n) parts.push(hex(rest));
	return parts.length ? parts.join('|') : zero;
}

/** rlimit values as strace prints them: RLIM64_INFINITY, N*1024, or N. */
export function rlim(v: bigint): string {
	if (v === (1n << 64n) - 1n) return 'RLIM64_INFINITY';
	if (v > 1024n && v % 1024n === 0n) return `${v / 1024n}*1024`;
	return v.toString();
}
