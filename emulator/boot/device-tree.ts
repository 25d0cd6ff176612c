// A writer for flattened device trees (DTB, version 17), what a bootloader hands to Linux.
export type PropValue = string | string[] | number[] | bigint[] | Buffer | null;

export class DtNode {
	readonly props: [string, PropValue][] = [];
	readonly children: DtNode[] = [];
	constructor(readonly name: string) {}

	prop(name: string, value: PropValue): this { this.props.push([name, value]); return this; }

	child(name: string): DtNode {
		const n = new DtNode(name);
		this.children.push(n);
		return n;
	}
}

const FDT_MAGIC = 0xd00dfeed, FDT_BEGIN_NODE = 1, FDT_END_NODE = 2, FDT_PROP = 3, FDT_END = 9;

/** Property bytes: strings NUL-terminated, number[] as big-endian u32 cells, bigint[] as u64. */
export function encodeProp(value: PropValue): Buffer {
	if (value === null) return Buffer.alloc(0);
	if (Buffer.isBuffer(value)) return value;
	if (typeof value === 'string') return Buffer.from(value + '\0', 'latin1');
	if (value.length && typeof value[0] === 'string') return Buffer.from((value as string[]).map(s => s + '\0').join(''), 'latin1');
	if (value.length && typeof value[0] === 'bigint') {
		const b = Buffer.alloc(value.length * 8);
		(value as bigint[]).forEach((v, i) => b.writeBigUInt64BE(v, i * 8));
		return b;
	}
	const b = Buffer.alloc(value.length * 4);
	(value as number[]).forEach((v, i) => b.writeUInt32BE(v >>> 0, i * 4));
	return b;
}

export function flattenDeviceTree(root: DtNode, bootCpu = 0): Buffer {
	const struct: Buffer[] = [];
	const strings: string[] = [];
	const stringOffsets = new Map<string, number>();
	let stringsLen = 0;
	const u32 = (v: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(v); struct.push(b); };
	const padded = (b: Buffer) => { struct.push(b, Buffer.alloc((4 - (b.length % 4)) % 4)); };
	const nameOff = (name: string) => {
		let off = stringOffsets.get(name);
		if (off === undefined) {
			off = stringsLen;
			stringOffsets.set(name, off);
			strings.push(name + '\0');
			stringsLen += name.length + 1;
		}
		return off;
	};
	const walk = (node: DtNode) => {
		u32(FDT_BEGIN_NODE);
		padded(Buffer.from(node.name + '\0', 'latin1'));
		for (const [name, value] of node.props) {
			const data = encodeProp(value);
			u32(FDT_PROP); u32(data.length); u32(nameOff(name));
			padded(data);
		}
		node.children.forEach(walk);
		u32(FDT_END_NODE);
	};
	walk(root);
	u32(FDT_END);
	const structBlock = Buffer.concat(struct);
	const stringsBlock = Buffer.from(strings.join(''), 'latin1');
	const header = 40, rsvmap = 16; // one empty reserve-map entry ends the list
	const offStruct = header + rsvmap, offStrings = offStruct + structBlock.length;
	const total = offStrings + stringsBlock.length;
	const out = Buffer.alloc(total);
	[FDT_MAGIC, total, offStruct, offStrings, header, 17, 16, bootCpu, stringsBlock.length, structBlock.length]
		.forEach((v, i) => out.writeUInt32BE(v, i * 4));
	structBlock.copy(out, offStruct);
	stringsBlock.copy(out, offStrings);
	return out;
}
