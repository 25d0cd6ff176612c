// Named sets of kernel functions to trace.
import type { TracedFunction } from './function-graph.ts';

const STAGES: TracedFunction[] = [
	{ name: '__arm64_sys_init_module' }, { name: '__arm64_sys_finit_module' },
	{ name: 'sys_init_module' }, { name: 'sys_finit_module' }, { name: 'load_module' },
	{ name: 'module_sig_check' }, { name: 'elf_validity_check' }, { name: 'setup_load_info' },
	{ name: 'rewrite_section_headers' }, { name: 'check_modstruct_version' }, { name: 'layout_and_allocate' },
	{ name: 'check_modinfo' }, { name: 'add_unformed_module' }, { name: 'percpu_modalloc' },
	{ name: 'find_module_sections' }, { name: 'check_module_license_and_versions' }, { name: 'setup_modinfo', void: true },
	{ name: 'simplify_symbols' }, { name: 'apply_relocations' }, { name: 'post_relocation' },
	{ name: 'complete_formation' }, { name: 'prepare_coming_module' }, { name: 'parse_args' },
	{ name: 'mod_sysfs_setup' }, { name: 'do_init_module' }, { name: 'do_one_initcall' },
];

/**
 * `--trace module-load`: the stages of Linux 6.1's load_module, with the system calls that lead
 * there (arm64's wrappers, 32-bit ARM's plain sys_ functions) and the module's init call; those kobox's kernel has as functions (kernel/module/main.c:
 * as in Debian's build, apply_relocations is part of load_module).
 */
export const MODULE_LOAD: TracedFunction[] = STAGES.map(f => ({ ...f, optional: true }));
