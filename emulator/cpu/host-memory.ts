// Guest RAM as pages the host maps itself (mmap through libc), not a buffer V8 allocates: page
// aligned, so the host's kernel tells which pages the guest ever touched (mincore) and gives pages
// back as zeros (madvise). A restore then compares only the pages that were touched, instead of
// reading all 128 MiB to find the few that are no longer zero.
import koffi from 'koffi';

const PROT_READ = 1, PROT_WRITE = 2, MAP_PRIVATE = 0x02, MAP_ANONYMOUS = 0x20, MADV_DONTNEED = 4;
export const HOST_PAGE = 4096;

function bindLibc() {
	const libc = koffi.load('libc.so.6');
	return {
		mmap: libc.func('void *mmap(void *addr, size_t length, int prot, int flags, int fd, int64_t offset)'),
		munmap: libc.func('int munmap(uintptr_t addr, size_t length)'),
		madvise: libc.func('int madvise(uintptr_t addr, size_t length, int advice)'),
		mincore: libc.func('int mincore(uintptr_t addr, size_t length, _Out_ uint8_t *vec)'),
	};
}

let libc: ReturnType<typeof bindLibc> | undefined;
const lib = () => (libc ??= bindLibc());

/** Unmapped once nothing in JavaScript can reach the memory (the engine is closed before that). */
const unmapWhenUnreachable = new FinalizationRegistry<{ address: bigint; size: number }>(
	({ address, size }) => lib().munmap(address, size));
/** A view keeps its memory mapped. */
const owners = new WeakMap<ArrayBufferLike, HostMemory>();

export class HostMemory {
	/** The mapping, for the engine to use as guest memory (uc_mem_map_ptr). */
	readonly pointer: unknown;
	private readonly address: bigint;
	private view?: Buffer;

	private constructor(mapping: unknown, readonly size: number) {
		this.pointer = mapping;
		this.address = BigInt(koffi.address(mapping));
		unmapWhenUnreachable.register(this, { address: this.address, size });
	}

	/**
	 * The memory as a Buffer, made when first asked for: V8 counts a view as external memory, and
	 * 128 MiB of it cost a command that never reads RAM itself a full garbage collection.
	 */
	get buffer(): Buffer {
		if (!this.view) {
			this.view = Buffer.from(koffi.view(this.pointer as never, this.size));
			owners.set(this.view.buffer, this);
		}
		return this.view;
	}

	/** `size` bytes of zeros (size a multiple of the page size), no page of it touched yet. */
	static anonymous(size: number): HostMemory {
		if (size % HOST_PAGE) throw new RangeError(`host memory of ${size} bytes: not whole pages`);
		const mapping = lib().mmap(null, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (koffi.address(mapping) === BigInt.asUintN(64, -1n)) throw new Error(`cannot map ${size >> 20} MiB of memory for the guest`);
		return new HostMemory(mapping, size);
	}

	/** One byte a page: bit 0 set for the pages the host holds (touched since mapped or discarded). */
	touchedPages(): Uint8Array {
		const vec = new Uint8Array(this.size / HOST_PAGE);
		if (lib().mincore(this.address, this.size, vec) !== 0) vec.fill(1); // cannot tell: all of them
		return vec;
	}

	/** Zeros again in [offset, offset + length), whole pages, their host memory given back. */
	discard(offset: number, length: number): void {
		if (lib().madvise(this.address + BigInt(offset), length, MADV_DONTNEED) !== 0) this.buffer.fill(0, offset, offset + length);
	}
}
