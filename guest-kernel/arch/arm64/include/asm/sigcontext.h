/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * The arm64 signal frame as user space sees it (Linux ABI): the
 * registers, then records (FP/SIMD, ESR, ...) in __reserved, each
 * starting with a magic/size header, ended by a zero header.
 */
#ifndef __ASM_SIGCONTEXT_H
#define __ASM_SIGCONTEXT_H

#include <linux/types.h>

struct sigcontext {
	u64 fault_address;
	u64 regs[31];
	u64 sp;
	u64 pc;
	u64 pstate;
	u8 __reserved[4096] __aligned(16);
};

struct _aarch64_ctx {
	u32 magic;
	u32 size;
};

#define FPSIMD_MAGIC	0x46508001

struct fpsimd_context {
	struct _aarch64_ctx head;
	u32 fpsr;
	u32 fpcr;
	u64 vregs[64] __aligned(16);
};

#define ESR_MAGIC	0x45535201

struct esr_context {
	struct _aarch64_ctx head;
	u64 esr;
};

#endif
