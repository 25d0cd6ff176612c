// ARM PrimeCell PL061 GPIO controller (arm,pl061), as QEMU's hw/gpio/pl061.c: eight lines, each an
// input or an output (GPIODIR). GPIODATA is read and written through an address mask (bits 9:2 of
// the offset pick the lines an access touches). Each line can interrupt on an edge (one or both) or
// a level (GPIOIS, GPIOIBE, GPIOIEV); GPIORIS latches edges until GPIOIC clears them, and the one
// interrupt output is high while GPIORIS & GPIOIE is not zero. QEMU's virt wires line 3 to its
// power key (the gpio-keys node); lines are pulled low, so the key reads 0 until pressed.
import type { DtNode } from '../boot/device-tree.ts';
import { regProp, type MmioDevice } from './device.ts';
import { spiCells } from './gic-v2.ts';
import type { Region } from './memory-map.ts';

const GPIODIR = 0x400, GPIOIS = 0x404, GPIOIBE = 0x408, GPIOIEV = 0x40c, GPIOIE = 0x410;
const GPIORIS = 0x414, GPIOMIS = 0x418, GPIOIC = 0x41c, GPIOAFSEL = 0x420;
/** PrimeCell identification registers at 0xfd0-0xffc, as QEMU's pl061_id (AMBA id 0x00041061). */
const PL061_ID = [0x00, 0x00, 0x00, 0x00, 0x61, 0x10, 0x04, 0x00, 0x0d, 0xf0, 0x05, 0xb1];

/** QEMU's virt: the power key on line 3, reported as KEY_POWER. */
export const POWER_KEY_LINE = 3;
const KEY_POWER = 116;
/** The GPIO controller's phandle, QEMU's virt's (after the clock, the CPU, the GIC and its MSI frame). */
const GPIO_PHANDLE = 0x8004;

export interface Pl061State { data: number; dir: number; isense: number; ibe: number; iev: number; ie: number; ris: number; afsel: number; inputs: number }

export class Pl061Gpio implements MmioDevice {
	private data = 0;
	private dir = 0;
	private isense = 0;
	private ibe = 0;
	private iev = 0;
	private ie = 0;
	private ris = 0;
	private afsel = 0;
	/** The levels outside drives onto the lines (the power key). */
	private inputs = 0;
	/** Line levels as last seen, to find edges. */
	private levels = 0;

	/** `line` is the controller's interrupt output (level-sensitive). */
	constructor(private readonly line: (high: boolean) => void = () => {}) {}

	read(offset: number): number {
		if (offset < 0x400) return this.pins() & (offset >> 2) & 0xff;
		if (offset >= 0xfd0 && offset < 0x1000) return PL061_ID[(offset - 0xfd0) >> 2];
		switch (offset) {
		case GPIODIR: return this.dir;
		case GPIOIS: return this.isense;
		case GPIOIBE: return this.ibe;
		case GPIOIEV: return this.iev;
		case GPIOIE: return this.ie;
		case GPIORIS: return this.ris;
		case GPIOMIS: return this.ris & this.ie;
		case GPIOAFSEL: return this.afsel;
		default: return 0;
		}
	}

	write(offset: number, _size: number, value: bigint): void {
		const v = Number(value & 0xffn);
		if (offset < 0x400) {
			const mask = (offset >> 2) & this.dir;
			this.data = (this.data & ~mask) | (v & mask);
		} else {
			switch (offset) {
			case GPIODIR: this.dir = v; break;
			case GPIOIS: this.isense = v; break;
			case GPIOIBE: this.ibe = v; break;
			case GPIOIEV: this.iev = v; break;
			case GPIOIE: this.ie = v; break;
			case GPIOIC: this.ris &= ~v; break;
			case GPIOAFSEL: this.afsel = v; break;
			default: return;
			}
		}
		this.update();
	}

	/** Drive an input line from outside (a key pressed: high, released: low). */
	setInput(n: number, high: boolean): void {
		this.inputs = high ? this.inputs | (1 << n) : this.inputs & ~(1 << n);
		this.update();
	}

	/** What each line reads: outputs as driven, inputs as outside drives them. */
	private pins(): number {
		return ((this.data & this.dir) | (this.inputs & ~this.dir)) & 0xff;
	}

	/** Latch edges and levels into GPIORIS, and drive the interrupt output. */
	private update(): void {
		const now = this.pins(), changed = now ^ this.levels;
		this.levels = now;
		const edge = ~this.isense & 0xff;
		const rising = changed & now, falling = changed & ~now;
		this.ris |= edge & changed & (this.ibe | (this.iev & rising) | (~this.iev & falling));
		// Level-sensitive lines follow the level: set while it is the one GPIOIEV asks for.
		const level = this.isense & ~(now ^ this.iev) & 0xff;
		this.ris = (this.ris & edge) | level;
		this.line((this.ris & this.ie) !== 0);
	}

	save(): Pl061State {
		return { data: this.data, dir: this.dir, isense: this.isense, ibe: this.ibe, iev: this.iev, ie: this.ie, ris: this.ris, afsel: this.afsel, inputs: this.inputs };
	}

	restore(s: Pl061State): void {
		({ data: this.data, dir: this.dir, isense: this.isense, ibe: this.ibe, iev: this.iev, ie: this.ie, ris: this.ris, afsel: this.afsel, inputs: this.inputs } = s);
		this.levels = this.pins();
		this.line((this.ris & this.ie) !== 0);
	}

	/**
	 * The pl061 node and, as QEMU's virt makes them beside it, the gpio-keys node with its power key
	 * (GPIO line 3, active high, KEY_POWER).
	 */
	describe(parent: DtNode, region: Region): void {
		const phandle = GPIO_PHANDLE;
		parent.child(`pl061@${region.base.toString(16)}`)
			.prop('phandle', [phandle])
			.prop('interrupts', spiCells(region.irq!))
			.prop('gpio-controller', null)
			.prop('#gpio-cells', [2])
			.prop('compatible', ['arm,pl061', 'arm,primecell'])
			.prop('reg', regProp(region.base, region.size));
		parent.child('gpio-keys')
			.prop('compatible', 'gpio-keys')
			.child('poweroff')
			.prop('gpios', [phandle, POWER_KEY_LINE, 0])
			.prop('linux,code', [KEY_POWER])
			.prop('label', 'GPIO Key Poweroff');
	}
}
