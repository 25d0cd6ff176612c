// The registers kobox shows GDB, in GDB's AArch64 numbering: its target description (what
// `qXfer:features:read:target.xml` returns) and the size of each register in a `g` packet. The
// features and register names are the ones GDB's aarch64 code looks for (org.gnu.gdb.aarch64.core
// and .fpu); the vector registers are a union of the lane views GDB shows as v0.d, v0.s, ...

export interface RegisterInfo {
	name: string;
	/** Bytes in a `g`/`p` packet. */
	size: number;
}

const core: RegisterInfo[] = [
	...Array.from({ length: 31 }, (_, n) => ({ name: `x${n}`, size: 8 })),
	{ name: 'sp', size: 8 }, { name: 'pc', size: 8 }, { name: 'cpsr', size: 4 },
];
const fpu: RegisterInfo[] = [
	...Array.from({ length: 32 }, (_, n) => ({ name: `v${n}`, size: 16 })),
	{ name: 'fpsr', size: 4 }, { name: 'fpcr', size: 4 },
];

/** Every register, by GDB's number (its index here). */
export const registers: readonly RegisterInfo[] = [...core, ...fpu];

/** GDB's number of a register, by name. */
export const regnum = (name: string) => registers.findIndex(r => r.name === name);

const reg = (r: RegisterInfo, type: string) => `<reg name="${r.name}" bitsize="${r.size * 8}" type="${type}"/>`;

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

const coreType = (r: RegisterInfo) => r.name === 'sp' ? 'data_ptr' : r.name === 'pc' ? 'code_ptr' : r.name === 'cpsr' ? 'uint32' : 'int';

/**
 * The target description. No OS ABI: the guest is a kernel, not a Linux process, so GDB treats
 * it as bare metal and takes the modules' addresses from `qXfer:libraries` (GNU/Linux's ABI
 * would look for a dynamic linker's list of shared objects).
 */
export const targetXml = `<?xml version="1.0"?>
<!DOCTYPE target SYSTEM "gdb-target.dtd">
<target version="1.0">
<architecture>aarch64</architecture>
<osabi>none</osabi>
<feature name="org.gnu.gdb.aarch64.core">
${core.map(r => reg(r, coreType(r))).join('\n')}
</feature>
<feature name="org.gnu.gdb.aarch64.fpu">
${vectorTypes()}
${fpu.map(r => reg(r, r.size === 16 ? 'aarch64v' : 'uint32')).join('\n')}
</feature>
</target>
`;
