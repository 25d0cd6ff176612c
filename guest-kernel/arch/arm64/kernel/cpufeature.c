// SPDX-License-Identifier: GPL-2.0
/*
 * What user space is told the CPU can do (AT_HWCAP): the cortex-a57's
 * FP, AdvSIMD, AES/PMULL, SHA1/SHA2, CRC32, plus EVTSTRM and CPUID as
 * arm64 Linux reports on this CPU (the ID registers are emulated for
 * EL0, see traps.c).
 */
#include <linux/kernel.h>
#include <asm/hwcap.h>

unsigned long elf_hwcap = HWCAP_FP | HWCAP_ASIMD | HWCAP_EVTSTRM | HWCAP_AES |
			  HWCAP_PMULL | HWCAP_SHA1 | HWCAP_SHA2 | HWCAP_CRC32 |
			  HWCAP_CPUID;
