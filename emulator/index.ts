// The kobox library API: boot a board from your own scripts and test suites.
export { Board, DEFAULT_CMDLINE, type BoardOptions, type BoardExit, type ExitReason } from './board/board.ts';
export { memoryMap } from './board/memory-map.ts';
export { parseMemorySize } from './board/memory-size.ts';
export { unicornVersion } from './cpu/unicorn-ffi.ts';
