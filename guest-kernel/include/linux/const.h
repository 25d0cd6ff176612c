/* SPDX-License-Identifier: GPL-2.0 */
/* Constants usable from C, assembly and the linker script alike. */
#ifndef _LINUX_CONST_H
#define _LINUX_CONST_H

#ifdef __ASSEMBLY__
#define _AC(X, Y)	X
#else
#define __AC(X, Y)	(X##Y)
#define _AC(X, Y)	__AC(X, Y)
#endif

#define UL(x)		(_AC(x, UL))
#define ULL(x)		(_AC(x, ULL))
#define BIT(nr)		(UL(1) << (nr))
#define BITS_PER_LONG	(8 * __SIZEOF_LONG__)

#endif
