/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_SETUP_H
#define __ASM_SETUP_H

#define COMMAND_LINE_SIZE	1024	/* Linux/arm's */

extern const char *machine_name;

#endif
