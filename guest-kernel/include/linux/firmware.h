/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_FIRMWARE_H
#define _LINUX_FIRMWARE_H

#include <linux/types.h>

struct device;
struct module;

/* What request_firmware() hands a driver (Debian's layout). */
struct firmware {
	size_t size;
	const u8 *data;
	void *priv;		/* the loader's own */
};

int request_firmware(const struct firmware **fw, const char *name,
		     struct device *device);
int firmware_request_nowarn(const struct firmware **fw, const char *name,
			    struct device *device);
int request_firmware_direct(const struct firmware **fw, const char *name,
			    struct device *device);
int request_firmware_nowait(struct module *module, bool uevent,
			    const char *name, struct device *device, gfp_t gfp,
			    void *context,
			    void (*cont)(const struct firmware *fw,
					 void *context));
void release_firmware(const struct firmware *fw);

#endif
