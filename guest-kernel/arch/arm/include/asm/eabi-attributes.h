/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Included into every assembly file (arch/arm/Makefile): mark the object
 * as using the hard-float calling convention, as the C objects are, so
 * that the two link together (the assembler does not say it).
 */
#ifdef __ASSEMBLY__
	.eabi_attribute 28, 1		@ Tag_ABI_VFP_args: VFP registers
#endif
