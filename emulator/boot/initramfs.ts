// An initramfs as the kernel expects it: a "newc" cpio archive, written here without external tools.
// Every field that could vary between runs (inode numbers, times, owners) is fixed, for determinism.
const S_IFDIR = 0o040000, S_IFREG = 0o100000, S_IFLNK = 0o120000, S_IFCHR = 0o020000;

interface Entry { mode: number; data: Buffer; rdev: [number, number] }

export class Initramfs {
	private readonly entries = new Map<string, Entry>();

	private add(path: string, entry: Entry): this {
		const clean = normalise(path);
		const parts = clean.split('/');
		for (let i = 1; i < parts.length; i++) {
			const dir = parts.slice(0, i).join('/');
			if (!this.entries.has(dir)) this.entries.set(dir, { mode: S_IFDIR | 0o755, data: Buffer.alloc(0), rdev: [0, 0] });
		}
		this.entries.set(clean, entry);
		return this;
	}

	directory(path: string, perm = 0o755): this {
		return this.add(path, { mode: S_IFDIR | perm, data: Buffer.alloc(0), rdev: [0, 0] });
	}

	file(path: string, data: Buffer | string, perm = 0o644): this {
		return this.add(path, { mode: S_IFREG | perm, data: Buffer.from(data), rdev: [0, 0] });
	}

	symlink(path: string, target: string): this {
		return this.add(path, { mode: S_IFLNK | 0o777, data: Buffer.from(target), rdev: [0, 0] });
	}

	charDevice(path: string, major: number, minor: number, perm = 0o600): this {
		return this.add(path, { mode: S_IFCHR | perm, data: Buffer.alloc(0), rdev: [major, minor] });
	}

	has(path: string): boolean { return this.entries.has(normalise(path)); }

	/** The archive: parents before children, then the TRAILER!!! entry. */
	toBuffer(): Buffer {
		const chunks: Buffer[] = [];
		let ino = 1, offset = 0;
		const push = (b: Buffer) => { chunks.push(b); offset += b.length; };
		const pad = () => { if (offset % 4) push(Buffer.alloc(4 - (offset % 4))); };
		const write = (name: string, e: Entry) => {
			const fields = [ino++, e.mode, 0, 0, (e.mode & S_IFDIR) === S_IFDIR ? 2 : 1, 0, e.data.length, 0, 0, e.rdev[0], e.rdev[1], name.length + 1, 0];
			push(Buffer.from('070701' + fields.map(f => f.toString(16).padStart(8, '0')).join('') + name + '\0', 'latin1'));
			pad();
			push(e.data);
			pad();
		};
		for (const name of [...this.entries.keys()].sort()) write(name, this.entries.get(name)!);
		write('TRAILER!!!', { mode: 0, data: Buffer.alloc(0), rdev: [0, 0] });
		return Buffer.concat(chunks);
	}
}

function normalise(path: string): string {
	const parts = path.split('/').filter(p => p && p !== '.');
	if (!parts.length || parts.includes('..')) throw new Error(`bad path in initramfs: '${path}'`);
	return parts.join('/');
}
