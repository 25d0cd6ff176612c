/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_RANDOM_H
#define _LINUX_RANDOM_H

#include <linux/types.h>

void get_random_bytes(void *buf, size_t len);
u8 get_random_u8(void);
u16 get_random_u16(void);
u32 get_random_u32(void);
u64 get_random_u64(void);
u32 __get_random_u32_below(u32 ceil);
int wait_for_random_bytes(void);
void add_bootloader_randomness(const void *buf, size_t len);
void add_device_randomness(const void *buf, size_t len);

#endif
