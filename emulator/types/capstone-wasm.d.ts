// The part of capstone-wasm's API kobox uses. Its own typings are not reachable through its
// package.json "exports", so TypeScript under NodeNext cannot find them.
declare module 'capstone-wasm' {
	export interface Insn { id: number; address: number | bigint; size: number; bytes: Uint8Array; mnemonic: string; opStr: string }
	export class Capstone {
		constructor(arch: number, mode: number);
		disasm(data: number[] | Uint8Array, options?: { address?: number | bigint; count?: number }): Insn[];
		close(): void;
	}
	export const Const: { CS_ARCH_ARM64: number; CS_ARCH_ARM: number; CS_MODE_ARM: number; CS_MODE_THUMB: number };
	export function loadCapstone(args?: Record<string, unknown>): Promise<void>;
}
