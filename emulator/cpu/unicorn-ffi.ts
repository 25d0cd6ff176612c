// The raw libunicorn 2.1 C API, declared for koffi. Nothing here knows about boards.
import koffi from 'koffi';
import { libunicornPath } from '../paths.ts';

export type Handle = unknown;

export const UC_ARCH_ARM = 1;
export const UC_ARCH_ARM64 = 2;
export const UC_MODE_ARM = 0;
export const UC_HOOK_INTR = 1;
export const UC_HOOK_INSN = 2;
export const UC_HOOK_CODE = 4;
export const UC_HOOK_BLOCK = 8;
export const UC_HOOK_MEM_INVALID = 1008;
export const UC_HOOK_INSN_INVALID = 1 << 14;
export const UC_PROT_READ = 1;
export const UC_PROT_EXEC = 4;
export const UC_PROT_ALL = 7;
/** uc_arm64_insn: SYS, the system instructions (cache and TLB maintenance, AT). */
export const UC_ARM64_INS_SYS = 3;
export const UC_ERR_OK = 0;
// uc_ctl request number: type in the low bits, argument count at 26, direction at 30.
const UC_CTL_WRITE = 1, UC_CTL_READ = 2;
export const ctlRequest = (type: number, nargs: number, io: 'r' | 'w') =>
	(type | (nargs << 26) | ((io === 'w' ? UC_CTL_WRITE : UC_CTL_READ) << 30)) >>> 0;
export const UC_CTL_CPU_MODEL = 7;
export const UC_CTL_TB_REMOVE_CACHE = 9;
export const UC_CTL_TB_FLUSH = 10;
export const UC_CTL_TLB_FLUSH = 11;
export const UC_CTL_CONTEXT_MODE = 14;
export const UC_CPU_ARM64_A57 = 0;
/** uc_cpu_arm in Unicorn 2.1 (checked by reading MIDR: 0x412fc0f1); older headers number the models differently. */
export const UC_CPU_ARM_CORTEX_A15 = 17;

// Callback prototypes: one per hook kind we use.
export const HookCodeProto = koffi.proto('void uc_cb_hookcode_t(void *uc, uint64_t address, uint32_t size, void *user_data)');
export const HookIntrProto = koffi.proto('void uc_cb_hookintr_t(void *uc, uint32_t intno, void *user_data)');
export const HookInsnInvalidProto = koffi.proto('bool uc_cb_hookinsn_invalid_t(void *uc, void *user_data)');
export const HookMemProto = koffi.proto('bool uc_cb_eventmem_t(void *uc, int type, uint64_t address, int size, int64_t value, void *user_data)');
/** reg is the Rt register's uc_arm64_reg id; returning non-zero skips the instruction. */
export const HookInsnSysProto = koffi.proto('uint32_t uc_cb_insn_sys_t(void *uc, int reg, void *cp_reg, void *user_data)');
export const MmioReadProto = koffi.proto('uint64_t uc_cb_mmio_read_t(void *uc, uint64_t offset, unsigned int size, void *user_data)');
export const MmioWriteProto = koffi.proto('void uc_cb_mmio_write_t(void *uc, uint64_t offset, unsigned int size, uint64_t value, void *user_data)');

function bind(path: string) {
	const lib = koffi.load(path);
	return {
		uc_version: lib.func('unsigned int uc_version(_Out_ unsigned int *major, _Out_ unsigned int *minor)'),
		uc_open: lib.func('int uc_open(int arch, int mode, _Out_ void **uc)'),
		uc_close: lib.func('int uc_close(void *uc)'),
		uc_strerror: lib.func('const char *uc_strerror(int code)'),
		uc_mem_map: lib.func('int uc_mem_map(void *uc, uint64_t address, size_t size, uint32_t perms)'),
		uc_mem_map_ptr: lib.func('int uc_mem_map_ptr(void *uc, uint64_t address, size_t size, uint32_t perms, void *ptr)'),
		uc_mem_write: lib.func('int uc_mem_write(void *uc, uint64_t address, const void *bytes, size_t size)'),
		uc_mem_read: lib.func('int uc_mem_read(void *uc, uint64_t address, _Inout_ void *bytes, size_t size)'),
		uc_reg_write: lib.func('int uc_reg_write(void *uc, int regid, const void *value)'),
		uc_reg_read: lib.func('int uc_reg_read(void *uc, int regid, _Inout_ void *value)'),
		uc_emu_start: lib.func('int uc_emu_start(void *uc, uint64_t begin, uint64_t until, uint64_t timeout, size_t count)'),
		uc_emu_stop: lib.func('int uc_emu_stop(void *uc)'),
		uc_hook_add: lib.func('int uc_hook_add(void *uc, _Out_ size_t *hh, int type, void *callback, void *user_data, uint64_t begin, uint64_t end, ...)'),
		uc_hook_del: lib.func('int uc_hook_del(void *uc, size_t hh)'),
		uc_mmio_map: lib.func('int uc_mmio_map(void *uc, uint64_t address, size_t size, uc_cb_mmio_read_t *read_cb, void *user_data_read, uc_cb_mmio_write_t *write_cb, void *user_data_write)'),
		/** The same, with callbacks of native code's (function pointers a library returned). */
		uc_mmio_map_native: lib.func('uc_mmio_map', 'int', ['void *', 'uint64_t', 'size_t', 'void *', 'void *', 'void *', 'void *']),
		uc_ctl: lib.func('int uc_ctl(void *uc, int control, ...)'),
		uc_context_alloc: lib.func('int uc_context_alloc(void *uc, _Out_ void **context)'),
		uc_context_save: lib.func('int uc_context_save(void *uc, void *context)'),
		uc_context_restore: lib.func('int uc_context_restore(void *uc, void *context)'),
		uc_context_size: lib.func('size_t uc_context_size(void *uc)'),
		uc_context_free: lib.func('int uc_context_free(void *context)'),
	};
}

export type UnicornLib = ReturnType<typeof bind>;

let loaded: UnicornLib | undefined;

/** Load libunicorn once, refusing anything older than 2.1 (see README: 2.0 cannot switch EL from hooks). */
export function unicornLib(): UnicornLib {
	if (loaded) return loaded;
	const path = libunicornPath();
	let lib: UnicornLib;
	try {
		lib = bind(path);
	} catch (e) {
		throw new Error(`cannot load libunicorn from ${path}: ${(e as Error).message}\n` +
			`Run 'npm run setup' to fetch Unicorn 2.1, or set KOBOX_LIBUNICORN to a libunicorn.so.2 of version 2.1 or later.`);
	}
	const major = [0], minor = [0];
	lib.uc_version(major, minor);
	if (major[0] < 2 || (major[0] === 2 && minor[0] < 1))
		throw new Error(`${path} is Unicorn ${major[0]}.${minor[0]}; kobox needs 2.1 or later ` +
			`(2.0 does not rebuild its cached EL state when PSTATE is written from a hook).`);
	loaded = lib;
	return lib;
}

export function unicornVersion(): string {
	const major = [0], minor = [0];
	const v = unicornLib().uc_version(major, minor) as number;
	return `${major[0]}.${minor[0]}.${(v >> 8) & 0xff}`;
}
