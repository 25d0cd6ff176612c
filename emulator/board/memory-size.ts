// RAM sizes as people write them for QEMU's -m: 128M, 1G, 512 (MiB).
const UNITS: Record<string, number> = { '': 1 << 20, K: 1 << 10, M: 1 << 20, G: 2 ** 30 };
const MIN = 16 * 2 ** 20, MAX = 3 * 2 ** 30;

export function parseMemorySize(text: string): number {
	const m = /^(\d+)\s*([KMG]?)(i?B)?$/i.exec(text.trim());
	if (!m) throw new Error(`'${text}' is not a memory size (try 128M or 1G)`);
	const bytes = Number(m[1]) * UNITS[m[2].toUpperCase()];
	if (bytes < MIN || bytes > MAX) throw new Error(`memory size must be between 16M and 3G, not ${text}`);
	if (bytes % 0x20_0000) throw new Error(`memory size must be a multiple of 2M, not ${text}`);
	return bytes;
}
