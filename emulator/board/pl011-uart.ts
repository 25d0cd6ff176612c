// ARM PrimeCell PL011 UART: the console. Transmit goes to the host; receive comes from a host queue.
// Interrupts as QEMU's pl011 raises them: receive (RXRIS) while received bytes wait, transmit
// (TXRIS) after each byte sent until cleared (the host takes bytes at once), through IMSC to the
// interrupt line.
//
// The flag register's reads and the bytes sent are served in native code (uart-fast-path.c), which
// shares this device's state: the mask, the transmit interrupt, how many bytes wait to be read, and
// the bytes it sent, which go to the host when it takes them (takeSent) or before the next byte
// that comes here.
import type { DtNode } from '../boot/device-tree.ts';
import { nativeShim } from '../cpu/native-shim.ts';
import { regProp, type MmioDevice } from './device.ts';
import { spiCells } from './gic-v2.ts';
import type { Region } from './memory-map.ts';

const UARTDR = 0x00, UARTFR = 0x18, UARTIBRD = 0x24, UARTFBRD = 0x28, UARTLCR_H = 0x2c, UARTCR = 0x30;
const UARTIFLS = 0x34, UARTIMSC = 0x38, UARTRIS = 0x3c, UARTMIS = 0x40, UARTICR = 0x44, UARTDMACR = 0x48;
const FR_RXFE = 1 << 4, FR_TXFE = 1 << 7;
const INT_RX = 1 << 4, INT_TX = 1 << 5;
// PrimeCell identification registers, read by drivers that probe the AMBA bus.
const PERIPH_ID = [0x11, 0x10, 0x14, 0x00], PCELL_ID = [0x0d, 0xf0, 0x05, 0xb1];
/** Registers the board only stores: baud rate, line control, control, FIFO levels, DMA. */
const PLAIN = [UARTIBRD, UARTFBRD, UARTLCR_H, UARTCR, UARTIFLS, UARTDMACR];

export interface UartState { rx: number[]; regs: number[]; imsc: number; txRis: boolean }

// struct kobox_uart's fields (after its two callbacks), as 32-bit words, and where its bytes sent begin.
const RX_COUNT = 4, IMSC = 5, TX_RIS = 6, HELD_ALL = 7, TX_LEN = 8, TX_SIZE = 9, HELD = 40, TX = 72;
const TX_BUFFER = 64 * 1024;

export class Pl011Uart implements MmioDevice {
	private rx: number[] = [];
	private regs: number[] = PLAIN.map(r => (r === UARTCR ? 0x300 : r === UARTIFLS ? 0x12 : 0));
	private readonly state = Buffer.alloc(TX + TX_BUFFER);
	private readonly words = new Uint32Array(this.state.buffer, this.state.byteOffset, TX / 4);
	private readonly one = new Uint8Array(1);
	private nativeCallbacks?: { read: unknown; write: unknown; state: Buffer };

	/** `transmit` takes the bytes sent, `line` is the UART's interrupt output (level-sensitive). */
	constructor(private readonly transmit: (bytes: Uint8Array) => void, private readonly line: (high: boolean) => void = () => {}) {
		this.words[TX_SIZE] = TX_BUFFER;
		this.txRis = true;
	}

	/** The native path, when the board maps the device (the shim needs the libunicorn it serves). */
	get native(): { read: unknown; write: unknown; state: Buffer } {
		if (!this.nativeCallbacks) {
			const shim = nativeShim();
			this.nativeCallbacks = { read: shim.uartRead, write: shim.uartWrite, state: this.state };
		}
		return this.nativeCallbacks;
	}

	private get imsc(): number { return this.words[IMSC]; }
	private set imsc(v: number) { this.words[IMSC] = v; }
	private get txRis(): boolean { return this.words[TX_RIS] !== 0; }
	private set txRis(v: boolean) { this.words[TX_RIS] = v ? 1 : 0; }
	private rxChanged(): void { this.words[RX_COUNT] = this.rx.length; }

	/** Bytes typed on the host, for the guest to read. */
	receive(bytes: Uint8Array): void {
		this.rx.push(...bytes);
		this.rxChanged();
		this.update();
	}

	/** The bytes the native path sent, to `transmit` now. */
	takeSent(): void {
		const n = this.words[TX_LEN];
		if (!n) return;
		this.words[TX_LEN] = 0;
		this.transmit(this.state.subarray(TX, TX + n));
	}

	/** Bytes sent that `transmit` must have as they come (the board's pause marker): `byte`, or every byte while `all`. */
	hold(byte: number): void { this.state[HELD + (byte >> 3)] |= 1 << (byte & 7); }
	holdAll(all: boolean): void { this.words[HELD_ALL] = all ? 1 : 0; }

	hasInput(): boolean { return this.rx.length > 0; }

	private ris(): number { return (this.rx.length ? INT_RX : 0) | (this.txRis ? INT_TX : 0); }

	private update(): void { this.line((this.ris() & this.imsc) !== 0); }

	save(): UartState { return { rx: [...this.rx], regs: [...this.regs], imsc: this.imsc, txRis: this.txRis }; }
	restore(s: UartState): void {
		this.rx = [...s.rx];
		this.rxChanged();
		this.regs = [...s.regs];
		this.imsc = s.imsc;
		this.txRis = s.txRis;
		this.words[TX_LEN] = 0; // sent after the snapshot: that console is gone
		this.update();
	}

	read(offset: number): number {
		switch (offset) {
		case UARTDR: {
			const b = this.rx.shift() ?? 0;
			this.rxChanged();
			if (!this.rx.length) this.update();
			return b;
		}
		case UARTFR: return FR_TXFE | (this.rx.length ? 0 : FR_RXFE);
		case UARTIMSC: return this.imsc;
		case UARTRIS: return this.ris();
		case UARTMIS: return this.ris() & this.imsc;
		}
		const plain = PLAIN.indexOf(offset);
		if (plain >= 0) return this.regs[plain];
		if (offset >= 0xfe0 && offset < 0xff0) return PERIPH_ID[(offset - 0xfe0) >> 2];
		if (offset >= 0xff0) return PCELL_ID[(offset - 0xff0) >> 2];
		return 0;
	}

	write(offset: number, _size: number, value: bigint): void {
		const v = Number(value & 0xffffn);
		switch (offset) {
		case UARTDR:
			this.takeSent();
			this.one[0] = v & 0xff;
			this.transmit(this.one);
			this.txRis = true;
			break;
		case UARTIMSC: this.imsc = v & 0x7ff; break;
		case UARTICR: if (v & INT_TX) this.txRis = false; break; // RX stays while bytes wait
		default: {
			const plain = PLAIN.indexOf(offset);
			if (plain >= 0) this.regs[plain] = v;
			return;
		}
		}
		this.update();
	}

	describe(parent: DtNode, region: Region): void {
		parent.child(`pl011@${region.base.toString(16)}`)
			.prop('interrupts', spiCells(region.irq!))
			.prop('compatible', ['arm,pl011', 'arm,primecell'])
			.prop('reg', regProp(region.base, region.size));
	}
}
