// SPDX-License-Identifier: GPL-2.0
/*
 * setup_arch(): the CPU, the board from the device tree, what memory is
 * in use, the final page tables, PSCI.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/libfdt.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
#include <asm/cputype.h>
#include <asm/hwcap.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/sections.h>
#include <asm/setup.h>
#include <asm/sysreg.h>

phys_addr_t __fdt_pointer;	/* set by head.S */

/* What Debian's armmp kernel reports for a Cortex-A15 (VFPv4, NEON, IDIV, LPAE) */
unsigned long elf_hwcap = HWCAP_SWP | HWCAP_HALF | HWCAP_THUMB | HWCAP_FAST_MULT |
			  HWCAP_VFP | HWCAP_EDSP | HWCAP_NEON | HWCAP_VFPv3 |
			  HWCAP_TLS | HWCAP_VFPv4 | HWCAP_IDIVA | HWCAP_IDIVT |
			  HWCAP_VFPD32 | HWCAP_LPAE | HWCAP_EVTSTRM;
unsigned long elf_hwcap2;

void psci_dt_init(void);
void paging_init(void);

void __init smp_setup_processor_id(void)
{
	u32 mpidr = read_cpuid_mpidr() & MPIDR_HWID_BITMASK;

	pr_info("Booting Linux on physical CPU 0x%x\n", mpidr);
}

/* The machine description a device tree matches (Linux/arm's generic DT machine). */
const char *machine_name = "Generic DT based system";

static void __init setup_processor(void)
{
	u32 midr = read_cpuid_id();

	pr_info("CPU: ARMv7 Processor [%08x] revision %d (ARMv7), cr=%08x\n",
		midr, midr & 15, read_cp15(c1, 0, c0, 0));
	pr_info("CPU: div instructions available: patching division code\n");
	pr_info("CPU: PIPT / VIPT nonaliasing data cache, PIPT instruction cache\n");
}

static void __init setup_machine_fdt(phys_addr_t dt_phys)
{
	void *dt_virt = __va(dt_phys);
	const char *name;

	if (!dt_phys || !early_init_dt_scan(dt_virt)) {
		pr_crit("\nError: invalid device tree blob at physical address %08x\n",
			dt_phys);
		while (true)
			cpu_relax();
	}
	name = of_flat_dt_get_machine_name();
	if (name)
		pr_info("OF: fdt: Machine model: %s\n", name);
	dump_stack_set_arch_desc("%s", machine_name);
}

/* Keep the page allocator off the tables, the kernel, the DTB, the initrd and /memreserve/. */
static void __init arm_memblock_init(void)
{
	void *fdt = initial_boot_params;
	u64 base, size;
	int i;

	memblock_reserve(__pa_symbol(_text) - PGD_TABLE_SIZE,
			 _end - _text + PGD_TABLE_SIZE);
	memblock_reserve(__fdt_pointer, fdt_totalsize(fdt));
	if (phys_initrd_size)
		memblock_reserve(phys_initrd_start, phys_initrd_size);
	for (i = 0; i < fdt_num_mem_rsv(fdt); i++) {
		fdt_get_mem_rsv(fdt, i, &base, &size);
		memblock_reserve(base, size);
	}
}

void __init setup_arch(char **cmdline_p)
{
	setup_processor();
	setup_machine_fdt(__fdt_pointer);
	*cmdline_p = boot_command_line;

	parse_early_param();
	arm_memblock_init();
	paging_init();
	psci_dt_init();
}
