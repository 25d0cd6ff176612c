/* SPDX-License-Identifier: GPL-2.0 */
/* What the ELF loader tells a 32-bit ARM program about its machine. */
#ifndef __ASM_ELF_H
#define __ASM_ELF_H

#include <asm/hwcap.h>

#define ELF_ARCH		EM_ARM
#define ELF_PLATFORM		"v7l"
#define ELF_EXEC_PAGESIZE	PAGE_SIZE
#define ELF_HWCAP		elf_hwcap
#define ELF_HWCAP2		elf_hwcap2

/* The vDSO, where the program has one (no AT_MINSIGSTKSZ on arm) */
#define ARCH_DLINFO							\
do {									\
	if (current->mm->vdso)						\
		NEW_AUX_ENT(AT_SYSINFO_EHDR, current->mm->vdso);	\
} while (0)

extern unsigned long elf_hwcap;
extern unsigned long elf_hwcap2;

#endif
