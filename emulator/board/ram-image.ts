// A copy of guest RAM that keeps only the pages that are not all zero: most of a board's RAM is
// never touched, and copying all of it (128 MiB, page-faulting a fresh buffer in) made every
// snapshot cost ~100 ms. A snapshot file holds the same pages, so an image read from one costs
// no copy at all.
export const PAGE = 4096;
const BLANK = Buffer.alloc(PAGE);

export class RamImage {
	private slots?: Int32Array;

	/**
	 * `pages`: the numbers of the pages held, ascending; `data`: their bytes, one page after the
	 * other. Every other page of the `size` bytes is zero.
	 */
	constructor(readonly size: number, readonly pages: Uint32Array, readonly data: Buffer) {
		if (data.length !== pages.length * PAGE) throw new Error(`a RAM image of ${pages.length} pages with ${data.length} bytes`);
	}

	/** A copy of `ram`'s pages that are not all zero; `touched`: bit 0 clear for pages known to be zero. */
	static of(ram: Buffer, touched?: Uint8Array): RamImage {
		const pages: number[] = [];
		for (let page = 0; page * PAGE < ram.length; page++)
			if ((!touched || touched[page] & 1) && !isZeroPage(ram, page * PAGE)) pages.push(page);
		const data = Buffer.allocUnsafe(pages.length * PAGE);
		pages.forEach((page, i) => ram.copy(data, i * PAGE, page * PAGE, (page + 1) * PAGE));
		return new RamImage(ram.length, Uint32Array.from(pages), data);
	}

	/** Where page `page` is in `data`, or -1 for a zero page. */
	slot(page: number): number {
		if (!this.slots) {
			this.slots = new Int32Array(this.size / PAGE).fill(-1);
			this.pages.forEach((p, i) => { this.slots![p] = i; });
		}
		return this.slots[page];
	}
}

export const isZeroPage = (buf: Buffer, offset: number) => buf.compare(BLANK, 0, PAGE, offset, offset + PAGE) === 0;
