// kobox-files (kobox,files): a window of memory the host fills with a cpio archive while the board
// is stopped, so that files reach a running guest (after a snapshot is restored, say) without a
// new boot. The first 64-bit word is the archive's length; the archive follows. The guest's driver
// (guest-kernel/drivers/misc/kobox-files.c) reads it as /dev/kobox-files; the host only stores
// bytes, as a flash chip would.
import type { DtNode } from '../boot/device-tree.ts';
import type { Unicorn } from '../cpu/unicorn.ts';
import { regProp } from './device.ts';

const HEADER = 8;

export class FilesWindow {
	constructor(private readonly cpu: Unicorn, readonly base: bigint, readonly size: number) {
		cpu.mapRam(base, size);
	}

	/** What the window holds now (a debugger's replay puts it back). */
	current: Uint8Array = new Uint8Array(0);

	/** Put `archive` in the window (an empty one when omitted). */
	load(archive: Uint8Array = new Uint8Array(0)): void {
		if (archive.length > this.size - HEADER)
			throw new Error(`files of ${archive.length} bytes do not fit in the ${this.size >> 20} MiB kobox-files window`);
		const header = Buffer.alloc(HEADER);
		header.writeBigUInt64LE(BigInt(archive.length));
		this.cpu.writeMemory(this.base, header);
		if (archive.length) this.cpu.writeMemory(this.base + BigInt(HEADER), archive);
		this.current = archive;
	}

	describe(parent: DtNode): void {
		parent.child(`kobox-files@${this.base.toString(16)}`)
			.prop('compatible', 'kobox,files')
			.prop('reg', regProp(this.base, this.size));
	}
}
