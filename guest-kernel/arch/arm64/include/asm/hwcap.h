/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_HWCAP_H
#define __ASM_HWCAP_H

#define HWCAP_FP	(1 << 0)
#define HWCAP_ASIMD	(1 << 1)
#define HWCAP_EVTSTRM	(1 << 2)
#define HWCAP_AES	(1 << 3)
#define HWCAP_PMULL	(1 << 4)
#define HWCAP_SHA1	(1 << 5)
#define HWCAP_SHA2	(1 << 6)
#define HWCAP_CRC32	(1 << 7)
#define HWCAP_CPUID	(1 << 11)

#endif
