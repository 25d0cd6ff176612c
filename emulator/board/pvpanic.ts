// pvpanic (qemu,pvpanic-mmio): the guest tells the host it panicked, as QEMU's device does.
import type { DtNode } from '../boot/device-tree.ts';
import { regProp, type MmioDevice } from './device.ts';
import type { Region } from './memory-map.ts';

export const PVPANIC_PANICKED = 1n;
const PVPANIC_CRASH_LOADED = 2;

export class PvPanic implements MmioDevice {
	constructor(private readonly onPanic: () => void) {}

	read(): number { return Number(PVPANIC_PANICKED) | PVPANIC_CRASH_LOADED; }

	write(offset: number, _size: number, value: bigint): void {
		if (offset === 0 && (value & PVPANIC_PANICKED)) this.onPanic();
	}

	describe(parent: DtNode, region: Region): void {
		parent.child(`pvpanic@${region.base.toString(16)}`)
			.prop('compatible', 'qemu,pvpanic-mmio')
			.prop('reg', regProp(region.base, region.size));
	}
}
