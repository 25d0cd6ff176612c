/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_STRING_H
#define _ASM_STRING_H

/* No string functions in assembly here yet: lib/string.c's serve. */

#endif
