// The registers kobox shows GDB, in GDB's numbering for the board's architecture: the target
// description (what `qXfer:features:read:target.xml` returns) and the size of each register in a
// `g` packet. The features and register names are the ones GDB's code for the architecture looks
// for: org.gnu.gdb.aarch64.core and .fpu on arm64 (the vector registers a union of the lane views
// GDB shows as v0.d, v0.s, ...); org.gnu.gdb.arm.core and .vfp on 32-bit ARM.
import type { Arch } from '../paths.ts';

export interface RegisterInfo {
	name: string;
	/** Bytes in a `g`/`p` packet. */
	size: number;
}

export interface TargetDescription {
	/** Every register, by GDB's number (its index here). */
	readonly registers: readonly RegisterInfo[];
	/** The target.xml document. */
	readonly xml: string;
	/** The registers a stop reply carries, so that GDB need not ask for them at every step: frame pointer, sp and pc. */
	readonly expedited: readonly number[];
}

const reg = (r: RegisterInfo, type: string) => `<reg name="${r.name}" bitsize="${r.size * 8}" type="${type}"/>`;
const numbered = (list: readonly RegisterInfo[]) => (name: string) => list.findIndex(r => r.name === name);

/**
 * A description without an OS ABI: the guest is a kernel, not a Linux process, so GDB treats it
 * as bare metal and takes the modules' addresses from `qXfer:libraries` (GNU/Linux's ABI would
 * look for a dynamic linker's list of shared objects).
 */
const document = (architecture: string, features: string) => `<?xml version="1.0"?>
<!DOCTYPE target SYSTEM "gdb-target.dtd">
<target version="1.0">
<architecture>${architecture}</architecture>
<osabi>none</osabi>
${features}</target>
`;

// -- AArch64 --

const a64Core: RegisterInfo[] = [
	...Array.from({ length: 31 }, (_, n) => ({ name: `x${n}`, size: 8 })),
	{ name: 'sp', size: 8 }, { name: 'pc', size: 8 }, { name: 'cpsr', size: 4 },
];
const a64Fpu: RegisterInfo[] = [
	...Array.from({ length: 32 }, (_, n) => ({ name: `v${n}`, size: 16 })),
	{ name: 'fpsr', size: 4 }, { name: 'fpcr', size: 4 },
];

// One vector type per lane width, and the union GDB shows for a whole V register.
const lanes: [string, string, number][] = [
	['d', 'ieee_double', 2], ['s', 'ieee_single', 4], ['h', 'ieee_half', 8], ['b', '', 16], ['q', '', 1],
];
const intType = (bytes: number, signed: boolean) => `${signed ? 'int' : 'uint'}${bytes * 8}`;

function vectorTypes(): string {
	const out: string[] = [];
	for (const [name, float, count] of lanes) {
		const bytes = 16 / count;
		const fields: [string, string][] = [];
		if (float) {
			out.push(`<vector id="v${count}f" type="${float}" count="${count}"/>`);
			fields.push(['f', `v${count}f`]);
		}
		out.push(`<vector id="v${count}u" type="${intType(bytes, false)}" count="${count}"/>`);
		out.push(`<vector id="v${count}i" type="${intType(bytes, true)}" count="${count}"/>`);
		fields.push(['u', `v${count}u`], ['s', `v${count}i`]);
		out.push(`<union id="vn${name}">${fields.map(([f, t]) => `<field name="${f}" type="${t}"/>`).join('')}</union>`);
	}
	out.push(`<union id="aarch64v">${lanes.map(([name]) => `<field name="${name}" type="vn${name}"/>`).join('')}</union>`);
	return out.join('\n');
}

const a64Type = (r: RegisterInfo) => r.name === 'sp' ? 'data_ptr' : r.name === 'pc' ? 'code_ptr' : r.name === 'cpsr' ? 'uint32' : 'int';
const a64Registers = [...a64Core, ...a64Fpu];

export const aarch64Target: TargetDescription = {
	registers: a64Registers,
	xml: document('aarch64', `<feature name="org.gnu.gdb.aarch64.core">
${a64Core.map(r => reg(r, a64Type(r))).join('\n')}
</feature>
<feature name="org.gnu.gdb.aarch64.fpu">
${vectorTypes()}
${a64Fpu.map(r => reg(r, r.size === 16 ? 'aarch64v' : 'uint32')).join('\n')}
</feature>
`),
	expedited: ['x29', 'sp', 'pc'].map(numbered(a64Registers)),
};

// -- 32-bit ARM --

const armCore: RegisterInfo[] = [
	...Array.from({ length: 13 }, (_, n) => ({ name: `r${n}`, size: 4 })),
	{ name: 'sp', size: 4 }, { name: 'lr', size: 4 }, { name: 'pc', size: 4 }, { name: 'cpsr', size: 4 },
];
const armVfp: RegisterInfo[] = [...Array.from({ length: 32 }, (_, n) => ({ name: `d${n}`, size: 8 })), { name: 'fpscr', size: 4 }];
const armType = (r: RegisterInfo) => r.name === 'sp' ? 'data_ptr' : r.name === 'pc' ? 'code_ptr' : r.name === 'lr' || r.name === 'cpsr' ? 'uint32' : 'int';
const armRegisters = [...armCore, ...armVfp];

// The numbers follow the order: r0..r15 are 0..15 as GDB's own, cpsr is 16 (GDB maps it to its
// internal number by name).
export const armTarget: TargetDescription = {
	registers: armRegisters,
	xml: document('arm', `<feature name="org.gnu.gdb.arm.core">
${armCore.map(r => reg(r, armType(r))).join('\n')}
</feature>
<feature name="org.gnu.gdb.arm.vfp">
${armVfp.map(r => reg(r, r.size === 8 ? 'ieee_double' : 'int')).join('\n')}
</feature>
`),
	// Linux/arm's frame pointer is r11 (fp).
	expedited: ['r11', 'sp', 'pc'].map(numbered(armRegisters)),
};

export const targetDescription = (arch: Arch): TargetDescription => arch === 'arm' ? armTarget : aarch64Target;

/** GDB's number of a register of `target`, by name. */
export const regnum = (name: string, target: TargetDescription = aarch64Target) => numbered(target.registers)(name);
