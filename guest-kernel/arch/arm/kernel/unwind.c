// SPDX-License-Identifier: GPL-2.0
/*
 * The EABI unwinder's personality routines, which every armhf object
 * with unwind tables refers to: as in Linux/arm, the kernel never calls
 * them (its unwinder reads the tables itself), so they do nothing.
 */
#include <linux/export.h>

void __aeabi_unwind_cpp_pr0(void)
{
}
EXPORT_SYMBOL(__aeabi_unwind_cpp_pr0);

void __aeabi_unwind_cpp_pr1(void)
{
}
EXPORT_SYMBOL(__aeabi_unwind_cpp_pr1);

void __aeabi_unwind_cpp_pr2(void)
{
}
EXPORT_SYMBOL(__aeabi_unwind_cpp_pr2);
