// SPDX-License-Identifier: GPL-2.0
/*
 * setup_arch(): find out about the board from the device tree, reserve
 * what is in use, build the final page tables, probe PSCI.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/libfdt.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/notifier.h>
#include <linux/of_fdt.h>
#include <asm/cpufeature.h>
#include <asm/cputype.h>
#include <asm/processor.h>
#include <asm/irqflags.h>
#include <asm/sections.h>
#include <asm/sysreg.h>

phys_addr_t __fdt_pointer;	/* set by head.S */

void psci_dt_init(void);

void __init smp_setup_processor_id(void)
{
	u64 mpidr = read_cpuid_mpidr() & MPIDR_HWID_BITMASK;

	pr_info("Booting Linux on physical CPU 0x%010lx [0x%08x]\n",
		(unsigned long)mpidr, read_cpuid_id());
}

static void __init setup_machine_fdt(phys_addr_t dt_phys)
{
	void *dt_virt = __va(dt_phys);
	const char *name;

	if (!dt_phys || !early_init_dt_scan(dt_virt)) {
		pr_crit("\n"
			"Error: invalid device tree blob at physical address %pa (virtual address 0x%px)\n"
			"The dtb must be 8-byte aligned and must not exceed 2 MB in size\n"
			"\nPlease check your bootloader.",
			&dt_phys, dt_virt);
		while (true)
			cpu_relax();
	}

	name = of_flat_dt_get_machine_name();
	if (!name)
		return;
	pr_info("Machine model: %s\n", name);
	dump_stack_set_arch_desc("%s (DT)", name);
}

/* Keep the page allocator off the kernel, the DTB, the initrd and /memreserve/. */
static void __init arm64_memblock_init(void)
{
	void *fdt = initial_boot_params;
	u64 base, size;
	int i;

	memblock_reserve(__pa_symbol(_text), _end - _text);
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
	setup_machine_fdt(__fdt_pointer);
	*cmdline_p = boot_command_line;

	/* Debug and SError exceptions may now be taken; IRQs stay masked. */
	local_daif_restore_noirq();

	parse_early_param();
	arm64_memblock_init();
	paging_init();
	setup_cpu_features();
	psci_dt_init();
}

/* Extra lines at the end of a panic, as arm64 Linux prints them. */
static int arm64_panic_block_dump(struct notifier_block *self,
				  unsigned long v, void *p)
{
	pr_emerg("Kernel Offset: disabled\n");	/* no KASLR */
	pr_emerg("CPU features: 0x%*pb\n", ARM64_NCAPS, &cpu_hwcaps);
	pr_emerg("Memory Limit: none\n");	/* no mem= */
	return 0;
}

static struct notifier_block arm64_panic_block = {
	.notifier_call = arm64_panic_block_dump,
};

static int __init register_arm64_panic_block(void)
{
	atomic_notifier_chain_register(&panic_notifier_list, &arm64_panic_block);
	return 0;
}
device_initcall(register_arm64_panic_block);
