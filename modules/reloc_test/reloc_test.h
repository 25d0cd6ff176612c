/* SPDX-License-Identifier: GPL-2.0 */
/* Values of the absolute symbols reloc_test_syms.S defines, known to both the C and asm sides. */
#define RT_ABS64	0x0123456789abcdef
#define RT_ABS32	0x89abcdef
#define RT_ABS16	0xcdef
#define RT_U16		0x1234
#define RT_U32		0x12345678
#define RT_U48		0x123456789abc
#define RT_S16		-0x1234
#define RT_S32		-0x12345678
#define RT_S48		-0x123456789abc
