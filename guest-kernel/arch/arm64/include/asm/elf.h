/* SPDX-License-Identifier: GPL-2.0 */
/* What the ELF loader tells an arm64 program about its machine. */
#ifndef __ASM_ELF_H
#define __ASM_ELF_H

#include <asm/hwcap.h>

#define ELF_ARCH		EM_AARCH64
#define ELF_PLATFORM		"aarch64"
#define ELF_EXEC_PAGESIZE	PAGE_SIZE
#define ELF_HWCAP		elf_hwcap
#define ELF_HWCAP2		0UL

/* The signal frame with every record, plus a frame record and alignment. */
#define SIGNAL_MINSIGSTKSZ	0x1270

/* No vDSO (so no AT_SYSINFO_EHDR): the C library uses system calls. */
#define ARCH_DLINFO	NEW_AUX_ENT(AT_MINSIGSTKSZ, SIGNAL_MINSIGSTKSZ)

extern unsigned long elf_hwcap;

#endif
