// The board's physical memory map, one table in the style of QEMU's hw/arm/virt.c (its memmap and
// a15irqmap in one). Everything else reads addresses and interrupt numbers from here.
export type RegionName = 'gicDist' | 'gicCpu' | 'uart0' | 'rtc' | 'gpio' | 'pvpanic' | 'files' | 'ram';

export interface Region {
	base: bigint;
	size: number;
	/** The shared peripheral interrupt (SPI) the device raises: GIC INTID 32 + irq, as QEMU's virt numbers them. */
	irq?: number;
}

export const memoryMap: Record<RegionName, Region> = {
	// GICv2, as QEMU's virt has by default: distributor, then CPU interface.
	gicDist: { base: 0x0800_0000n, size: 0x1_0000 },
	gicCpu: { base: 0x0801_0000n, size: 0x1_0000 },
	uart0: { base: 0x0900_0000n, size: 0x1000, irq: 1 },
	rtc: { base: 0x0901_0000n, size: 0x1000, irq: 2 },
	// The PL061 and its power key: on the 32-bit board only (see board.ts).
	gpio: { base: 0x0903_0000n, size: 0x1000, irq: 7 },
	pvpanic: { base: 0x0906_0000n, size: 0x2 },
	// Where QEMU's virt puts its platform bus: kobox's file window for a running guest.
	files: { base: 0x0c00_0000n, size: 32 << 20 },
	ram: { base: 0x4000_0000n, size: 128 << 20 },
};

/**
 * The generic timer's private peripheral interrupts (PPI n is INTID 16 + n), QEMU's ARCH_TIMER_*_IRQ.
 * The board wires the EL1 physical timers only: see generic-timer.ts for why not the virtual one.
 */
export const timerPpi = { secureEl1: 13, nonSecureEl1: 14 } as const;

/** Where the bootloader puts things in RAM, as QEMU's virt does for -kernel. */
export const bootLayout = {
	deviceTree: memoryMap.ram.base,
	deviceTreeMax: 0x20_0000,
	kernel: memoryMap.ram.base + 0x20_0000n,
} as const;

/** Unicorn maps MMIO in whole pages. */
export const pageAligned = (size: number) => Math.ceil(size / 0x1000) * 0x1000;
