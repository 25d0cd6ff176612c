// kobox's native shim: a small library of C hooks that setup builds with the host's gcc
// (insn-counter.c, exception-fast-path.c, arm-exception-fast-path.c, sys-insn-filter.c,
// uart-fast-path.c), for what runs too often to call into JavaScript each time: counting
// instructions a block at a time, the common exceptions, the filter in front of the SYS
// instruction hook, and the console's busiest registers. It finds Unicorn's functions in the
// libunicorn this process loaded (kobox_counter_bind()).
import koffi from 'koffi';
import { existsSync } from 'node:fs';
import { insnCounterPath, libunicornPath } from '../paths.ts';

export interface NativeShim {
	/** insn-counter.c: see instruction-counter.ts. */
	counterHook: unknown;
	counterClose: (state: Buffer) => void;
	counterCut: (state: Buffer, pc: bigint, before: bigint) => void;
	/** exception-fast-path.c and arm-exception-fast-path.c: see fast-exceptions.ts. */
	exceptionHook: unknown;
	exceptionsInit: (state: Buffer, counter: Buffer, slow: unknown, context: unknown, slept: Buffer | null, timer: Buffer | null) => void;
	armExceptionHook: unknown;
	armExceptionsInit: (state: Buffer, counter: Buffer, slow: unknown, context: unknown, slept: Buffer | null, timer: Buffer | null) => void;
	/** sys-insn-filter.c: see Unicorn.onSysInstruction. */
	sysInsnHook: unknown;
	sysFilterInit: (state: Buffer, host: unknown) => void;
	/** uart-fast-path.c: see pl011-uart.ts. */
	uartRead: unknown;
	uartWrite: unknown;
}

let shim: NativeShim | undefined;

/** The shim, loaded once. */
export function nativeShim(): NativeShim {
	if (shim) return shim;
	if (!existsSync(insnCounterPath))
		throw new Error(`kobox's native shim is not built (${insnCounterPath}); run 'npm run setup'`);
	const lib = koffi.load(insnCounterPath);
	const bind = lib.func('int kobox_counter_bind(const char *path)');
	if (bind(libunicornPath()) !== 0) throw new Error(`${insnCounterPath} cannot find uc_emu_stop in ${libunicornPath()}`);
	shim = {
		counterHook: lib.func('void *kobox_counter_hook(void)')(),
		counterClose: lib.func('void kobox_counter_close(void *counter)'),
		counterCut: lib.func('void kobox_counter_cut(void *counter, uint64_t pc, int64_t before)'),
		exceptionHook: lib.func('void *kobox_exception_hook(void)')(),
		exceptionsInit: lib.func('void kobox_exceptions_init(void *x, void *counter, void *slow, void *context, void *slept, void *timer)'),
		armExceptionHook: lib.func('void *kobox_arm_exception_hook(void)')(),
		armExceptionsInit: lib.func('void kobox_arm_exceptions_init(void *x, void *counter, void *slow, void *context, void *slept, void *timer)'),
		sysInsnHook: lib.func('void *kobox_sys_insn_hook(void)')(),
		sysFilterInit: lib.func('void kobox_sys_filter_init(void *filter, void *host)'),
		uartRead: lib.func('void *kobox_uart_read_callback(void)')(),
		uartWrite: lib.func('void *kobox_uart_write_callback(void)')(),
	};
	return shim;
}
