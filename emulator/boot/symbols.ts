// The kernel's symbol table on the host side, to name addresses in reports and traces.
import { STT_FUNC, STT_OBJECT, type ElfSymbol } from './elf.ts';

export interface SymbolHit { name: string; offset: bigint; size: bigint }

export class SymbolTable {
	private readonly sorted: ElfSymbol[];

	constructor(symbols: ElfSymbol[]) {
		this.sorted = symbols
			.filter(s => (s.type === STT_FUNC || s.type === STT_OBJECT || s.type === 0) && s.name && !s.name.startsWith('$') && s.shndx !== 0)
			.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
	}

	address(name: string): bigint | undefined {
		return this.sorted.find(s => s.name === name)?.value;
	}

	/**
	 * A function by its C name: its symbol, or the one copy GCC made of it under another
	 * (`name.isra.0`, `name.constprop.0`), which is then the function's code.
	 */
	function(name: string): { name: string; address: bigint } | undefined {
		const found = this.sorted.filter(s => s.name === name);
		const pick = found.length ? found : this.sorted.filter(s => s.name.startsWith(`${name}.`));
		return pick.length === 1 ? { name: pick[0].name, address: pick[0].value } : undefined;
	}

	/**
	 * The nearest symbol at or below `addr`, as Linux's kallsyms names it: its size runs to the
	 * next symbol (alignment padding included), not the ELF size.
	 */
	lookup(addr: bigint): SymbolHit | undefined {
		let lo = 0, hi = this.sorted.length - 1, best = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (this.sorted[mid].value <= addr) { best = mid; lo = mid + 1; } else hi = mid - 1;
		}
		if (best < 0) return undefined;
		const s = this.sorted[best];
		const next = this.sorted.slice(best + 1).find(n => n.value > s.value);
		const size = next ? next.value - s.value : BigInt(s.size);
		if (!next && addr - s.value >= size) return undefined;
		return { name: s.name, offset: addr - s.value, size };
	}

	/** The name of the function that starts at `addr` (not another label there: __end_rodata, _sinittext). */
	functionAt(addr: bigint): string | undefined {
		return this.sorted.find(s => s.value === addr && s.type === STT_FUNC)?.name;
	}

	/** `name+0xoff/0xsize`, the %pS format. */
	format(addr: bigint): string {
		const hit = this.lookup(addr);
		return hit ? `${hit.name}+0x${hit.offset.toString(16)}/0x${hit.size.toString(16)}` : `0x${addr.toString(16)}`;
	}
}
