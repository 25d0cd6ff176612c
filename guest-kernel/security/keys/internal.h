/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SECURITY_KEYS_INTERNAL_H
#define _SECURITY_KEYS_INTERNAL_H

#include <linux/err.h>
#include <linux/errno.h>
#include <linux/key.h>

extern struct list_head key_serial_list;
extern struct list_head key_user_list;
extern unsigned int key_quota_root_maxkeys, key_quota_root_maxbytes;
extern unsigned int key_quota_maxkeys, key_quota_maxbytes;

#endif
