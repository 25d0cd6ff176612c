// SPDX-License-Identifier: GPL-2.0
/*
 * Firmware loading as Linux 6.1's drivers/base/firmware_loader/main.c does
 * it in Debian's build: straight from the filesystem (the initramfs here),
 * trying firmware_class.path, then /lib/firmware/updates/<release>,
 * /lib/firmware/updates, /lib/firmware/<release> and /lib/firmware.
 * Debian has no user-mode helper (CONFIG_FW_LOADER_USER_HELPER is off), so
 * a missing file is an error at once: "Direct firmware load for NAME
 * failed with error -2", after Debian's own "firmware: failed to load"
 * lines. Not done here: decompressing the NAME.xz files Linux tries after
 * the plain ones (one found is refused with -EINVAL), the firmware cache
 * kept across suspend, and loading into a caller's buffer.
 */
#define pr_fmt(fmt) "firmware_class: " fmt

#include <linux/kernel.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/firmware.h>
#include <linux/fs.h>
#include <linux/module.h>
#include <linux/module_abi.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/stat.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <linux/workqueue.h>
#include <generated/utsrelease.h>

abi_check_size(firmware);
abi_check_field(firmware, size);
abi_check_field(firmware, data);
abi_check_field(firmware, priv);

#undef MODULE_PARAM_PREFIX
#define MODULE_PARAM_PREFIX "firmware_class."

/* FW_OPT_*: how a request differs from request_firmware()'s. */
#define FW_OPT_NO_WARN		BIT(3)

static char fw_path_para[256];
module_param_string(path, fw_path_para, sizeof(fw_path_para), 0644);
MODULE_PARM_DESC(path, "customized firmware image search path with a higher priority than default path");

static const char * const fw_path[] = {
	fw_path_para,
	"/lib/firmware/updates/" UTS_RELEASE,
	"/lib/firmware/updates",
	"/lib/firmware/" UTS_RELEASE,
	"/lib/firmware",
};

#define FW_PATH_MAX	4096

/* Debian points at its wiki the first time a file is missing. */
static bool wiki_said;

/*
 * kernel_read_file()'s rules: a regular file, not empty, at most INT_MAX
 * bytes, read whole. Returns the size or an error.
 */
static int fw_read_file(const char *path, void **buf)
{
	struct file *file;
	loff_t size, pos = 0;
	ssize_t n;
	void *data;
	int ret;

	file = filp_open(path, O_RDONLY, 0);
	if (IS_ERR(file))
		return PTR_ERR(file);
	ret = -EINVAL;
	if (!S_ISREG(file_inode(file)->i_mode))
		goto out_close;
	size = i_size_read(file_inode(file));
	if (size <= 0)
		goto out_close;
	ret = -EFBIG;
	if (size > INT_MAX)
		goto out_close;
	ret = -ENOMEM;
	data = vmalloc(size);
	if (!data)
		goto out_close;
	while (pos < size) {
		n = kernel_read(file, data + pos, size - pos, &pos);
		if (n <= 0) {
			ret = n < 0 ? n : -EIO;
			goto out_free;
		}
	}
	*buf = data;
	ret = size;
	goto out_close;

out_free:
	vfree(data);
out_close:
	filp_close(file, NULL);
	return ret;
}

/* The first directory that has the file wins; ENOENT moves on quietly. */
static int fw_get_filesystem_firmware(struct device *device,
				      struct firmware *fw, const char *name,
				      const char *suffix)
{
	int i, len, rc = -ENOENT;
	void *buf = NULL;
	char *path;

	path = kmalloc(FW_PATH_MAX, GFP_KERNEL);
	if (!path)
		return -ENOMEM;
	for (i = 0; i < ARRAY_SIZE(fw_path); i++) {
		if (!fw_path[i][0])
			continue;
		/*
		 * firmware_class.path is used as written: a newline echo
		 * left there stays (Linux strips it only from 6.4 on).
		 */
		len = snprintf(path, FW_PATH_MAX, "%s/%s%s", fw_path[i], name,
			       suffix);
		if (len >= FW_PATH_MAX) {
			rc = -ENAMETOOLONG;
			break;
		}
		rc = fw_read_file(path, &buf);
		if (rc < 0)
			continue;
		if (suffix[0]) {
			vfree(buf);	/* no XZ decompressor here */
			rc = -EINVAL;
			continue;
		}
		fw->data = buf;
		fw->size = rc;
		rc = 0;
		break;
	}
	kfree(path);
	/* Debian's kernel says how each search ended. */
	if (rc) {
		dev_err(device, "firmware: failed to load %s (%d)\n", name, rc);
		if (rc == -ENOENT && !wiki_said) {
			wiki_said = true;
			pr_err("See https://wiki.debian.org/Firmware for information about missing firmware\n");
		}
	} else {
		dev_info(device, "firmware: direct-loading firmware %s\n", name);
	}
	return rc;
}

static int _request_firmware(const struct firmware **firmware_p,
			     const char *name, struct device *device,
			     u32 opt_flags)
{
	struct firmware *fw = NULL;
	int ret;

	if (!firmware_p)
		return -EINVAL;
	if (!name || name[0] == '\0') {
		ret = -EINVAL;
		goto out;
	}
	fw = kzalloc(sizeof(*fw), GFP_KERNEL);
	if (!fw) {
		ret = -ENOMEM;
		goto out;
	}
	ret = fw_get_filesystem_firmware(device, fw, name, "");
	/* CONFIG_FW_LOADER_COMPRESS_XZ: then NAME.xz. */
	if (ret == -ENOENT)
		ret = fw_get_filesystem_firmware(device, fw, name, ".xz");
	if (ret && !(opt_flags & FW_OPT_NO_WARN))
		dev_warn(device, "Direct firmware load for %s failed with error %d\n",
			 name, ret);
out:
	if (ret < 0) {
		release_firmware(fw);
		fw = NULL;
	}
	*firmware_p = fw;
	return ret;
}

int request_firmware(const struct firmware **firmware_p, const char *name,
		     struct device *device)
{
	return _request_firmware(firmware_p, name, device, 0);
}
EXPORT_SYMBOL(request_firmware);

int firmware_request_nowarn(const struct firmware **firmware, const char *name,
			    struct device *device)
{
	return _request_firmware(firmware, name, device, FW_OPT_NO_WARN);
}
EXPORT_SYMBOL_GPL(firmware_request_nowarn);

/* No fallback exists in Debian's build anyway: only the warning goes. */
int request_firmware_direct(const struct firmware **firmware_p,
			    const char *name, struct device *device)
{
	return _request_firmware(firmware_p, name, device, FW_OPT_NO_WARN);
}
EXPORT_SYMBOL_GPL(request_firmware_direct);

void release_firmware(const struct firmware *fw)
{
	if (fw) {
		vfree(fw->data);
		kfree(fw);
	}
}
EXPORT_SYMBOL(release_firmware);

struct firmware_work {
	struct work_struct work;
	struct module *module;
	const char *name;
	struct device *device;
	void *context;
	void (*cont)(const struct firmware *fw, void *context);
};

static void request_firmware_work_func(struct work_struct *work)
{
	struct firmware_work *fw_work;
	const struct firmware *fw;

	fw_work = container_of(work, struct firmware_work, work);
	_request_firmware(&fw, fw_work->name, fw_work->device, 0);
	fw_work->cont(fw, fw_work->context);
	put_device(fw_work->device);	/* taken in request_firmware_nowait() */
	module_put(fw_work->module);
	kfree(fw_work->name);
	kfree(fw_work);
}

/* The same load from a work item; cont() gets the result (or NULL). */
int request_firmware_nowait(struct module *module, bool uevent,
			    const char *name, struct device *device, gfp_t gfp,
			    void *context,
			    void (*cont)(const struct firmware *fw,
					 void *context))
{
	struct firmware_work *fw_work;

	fw_work = kzalloc(sizeof(*fw_work), gfp);
	if (!fw_work)
		return -ENOMEM;
	fw_work->module = module;
	fw_work->name = kstrdup(name, gfp);
	if (!fw_work->name) {
		kfree(fw_work);
		return -ENOMEM;
	}
	fw_work->device = device;
	fw_work->context = context;
	fw_work->cont = cont;
	if (!try_module_get(module)) {
		kfree(fw_work->name);
		kfree(fw_work);
		return -EFAULT;
	}
	get_device(fw_work->device);
	INIT_WORK(&fw_work->work, request_firmware_work_func);
	schedule_work(&fw_work->work);
	return 0;
}
EXPORT_SYMBOL(request_firmware_nowait);
