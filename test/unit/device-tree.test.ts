import { describe, expect, it } from 'vitest';
import { DtNode, flattenDeviceTree } from '../../emulator/boot/device-tree.ts';

/** An independent reader of the DTB structure block: node paths with their raw properties. */
function readDtb(dtb: Buffer): Map<string, Map<string, Buffer>> {
	const offStruct = dtb.readUInt32BE(8), offStrings = dtb.readUInt32BE(12);
	const nodes = new Map<string, Map<string, Buffer>>();
	const path: string[] = [];
	let o = offStruct;
	const align = () => { o = (o + 3) & ~3; };
	for (;;) {
		const token = dtb.readUInt32BE(o); o += 4;
		if (token === 1) {
			const end = dtb.indexOf(0, o);
			path.push(dtb.toString('latin1', o, end));
			o = end + 1; align();
			nodes.set('/' + path.slice(1).join('/'), new Map());
		} else if (token === 2) path.pop();
		else if (token === 3) {
			const len = dtb.readUInt32BE(o), nameOff = dtb.readUInt32BE(o + 4);
			const name = dtb.toString('latin1', offStrings + nameOff, dtb.indexOf(0, offStrings + nameOff));
			nodes.get('/' + path.slice(1).join('/'))!.set(name, dtb.subarray(o + 8, o + 8 + len));
			o += 8 + len; align();
		} else if (token === 9) break;
		else throw new Error(`bad token ${token}`);
	}
	return nodes;
}

describe('flattened device tree writer', () => {
	const root = new DtNode('').prop('compatible', 'linux,dummy-virt').prop('#address-cells', [2]);
	root.child('chosen').prop('bootargs', 'console=ttyAMA0 quiet').prop('linux,initrd-start', [0x4800_0000n]);
	root.child('psci').prop('compatible', ['arm,psci-1.0', 'arm,psci-0.2']).prop('empty', null);
	const dtb = flattenDeviceTree(root);

	it('writes a version 17 header whose sizes add up', () => {
		expect(dtb.readUInt32BE(0)).toBe(0xd00dfeed);
		expect(dtb.readUInt32BE(4)).toBe(dtb.length);
		expect(dtb.readUInt32BE(20)).toBe(17);
		expect(dtb.readUInt32BE(24)).toBe(16);
		expect(dtb.readUInt32BE(12) + dtb.readUInt32BE(32)).toBe(dtb.length);
	});

	it('encodes strings, string lists, u32 cells, u64 values and empty properties', () => {
		const nodes = readDtb(dtb);
		expect([...nodes.keys()]).toEqual(['/', '/chosen', '/psci']);
		expect(nodes.get('/')!.get('#address-cells')).toEqual(Buffer.from([0, 0, 0, 2]));
		expect(nodes.get('/chosen')!.get('bootargs')!.toString()).toBe('console=ttyAMA0 quiet\0');
		expect(nodes.get('/chosen')!.get('linux,initrd-start')!.readBigUInt64BE(0)).toBe(0x4800_0000n);
		expect(nodes.get('/psci')!.get('compatible')!.toString()).toBe('arm,psci-1.0\0arm,psci-0.2\0');
		expect(nodes.get('/psci')!.get('empty')!.length).toBe(0);
	});

	it('shares one string for a property name used twice', () => {
		const strings = dtb.subarray(dtb.readUInt32BE(12)).toString('latin1');
		expect(strings.split('\0').filter(s => s === 'compatible')).toHaveLength(1);
	});
});
