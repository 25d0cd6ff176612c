// The board's physical memory map, one table in the style of QEMU's hw/arm/virt.c.
// Everything else reads addresses from here.
export type RegionName = 'uart0' | 'rtc' | 'pvpanic' | 'files' | 'ram';

export interface Region { base: bigint; size: number }

export const memoryMap: Record<RegionName, Region> = {
	uart0: { base: 0x0900_0000n, size: 0x1000 },
	rtc: { base: 0x0901_0000n, size: 0x1000 },
	pvpanic: { base: 0x0906_0000n, size: 0x2 },
	// Where QEMU's virt puts its platform bus: kobox's file window for a running guest.
	files: { base: 0x0c00_0000n, size: 32 << 20 },
	ram: { base: 0x4000_0000n, size: 128 << 20 },
};

/** Where the bootloader puts things in RAM, as QEMU's virt does for -kernel. */
export const bootLayout = {
	deviceTree: memoryMap.ram.base,
	deviceTreeMax: 0x20_0000,
	kernel: memoryMap.ram.base + 0x20_0000n,
} as const;

/** Unicorn maps MMIO in whole pages. */
export const pageAligned = (size: number) => Math.ceil(size / 0x1000) * 0x1000;
