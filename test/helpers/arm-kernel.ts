// A stand-in for a 32-bit ARM kernel, for tests of what boots one: it prints "ok" on the PL011 and
// powers the board off through PSCI. No cross tools needed (see arm-code.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arm, elf32, image } from './arm-code.ts';

export function writeOkKernel(dir: string): string {
	const kernel = join(dir, 'vmlinux');
	writeFileSync(kernel, elf32(0x4020_0000, 0x4020_0000, image([
		arm(0x0, [
			0xe3001000, // movw r1, #0x0000
			0xe3401900, // movt r1, #0x0900               (the PL011's data register)
			0xe3a0006f, // mov r0, #'o'
			0xe5810000, // str r0, [r1]
			0xe3a0006b, // mov r0, #'k'
			0xe5810000, // str r0, [r1]
			0xe3a0000a, // mov r0, #'\n'
			0xe5810000, // str r0, [r1]
			0xe3000008, // movw r0, #0x0008
			0xe3480400, // movt r0, #0x8400
			0xe1400070, // hvc #0                         (PSCI SYSTEM_OFF)
			0xeafffffe, // b .
		]),
	], 0x1000)));
	return kernel;
}
