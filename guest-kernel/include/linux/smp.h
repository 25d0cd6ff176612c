/* SPDX-License-Identifier: GPL-2.0 */
/* One CPU: the kernel does not bring up secondaries. */
#ifndef _LINUX_SMP_H
#define _LINUX_SMP_H

#define smp_processor_id()	0
#define raw_smp_processor_id()	0

#endif
