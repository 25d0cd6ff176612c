// SPDX-License-Identifier: GPL-2.0
/*
 * Character devices, as Linux 6.1's fs/char_dev.c: which driver owns a
 * (major, minor) range (chrdevs, what /proc/devices lists), and which
 * cdev answers for a dev_t (cdev_map). Opening a character device
 * inode (def_chr_fops) finds the cdev, takes references on it and on
 * its owner module and its file operations' owner, and hands the file
 * to those operations; the last fput() gives them back.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/kmod.h>
#include <linux/export.h>
#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/kobj_map.h>
#include <linux/module.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/module_abi.h>

abi_check_size(cdev);
abi_check_field(cdev, kobj);
abi_check_field(cdev, owner);
abi_check_field(cdev, ops);
abi_check_field(cdev, list);
abi_check_field(cdev, dev);
abi_check_field(cdev, count);

#define CHRDEV_MAJOR_HASH_SIZE		255
/* dynamic majors: 254 down to 234, then 511 down to 384 */
#define CHRDEV_MAJOR_DYN_END		234
#define CHRDEV_MAJOR_DYN_EXT_START	511
#define CHRDEV_MAJOR_DYN_EXT_END	384

static struct kobj_map *cdev_map;

static struct char_device_struct {
	struct char_device_struct *next;
	unsigned int major;
	unsigned int baseminor;
	int minorct;
	char name[64];
	struct cdev *cdev;		/* __register_chrdev()'s */
} *chrdevs[CHRDEV_MAJOR_HASH_SIZE];

static inline int major_to_index(unsigned major)
{
	return major % CHRDEV_MAJOR_HASH_SIZE;
}

/* One "/proc/devices" line per name registered for this major. */
void chrdev_show(struct seq_file *f, off_t offset)
{
	struct char_device_struct *cd;

	for (cd = chrdevs[major_to_index(offset)]; cd; cd = cd->next)
		if (cd->major == offset)
			seq_printf(f, "%3d %s\n", cd->major, cd->name);
}

/* The highest major whose hash chain is empty, then the extended range. */
static int find_dynamic_major(void)
{
	struct char_device_struct *cd;
	int i;

	for (i = CHRDEV_MAJOR_HASH_SIZE - 1; i >= CHRDEV_MAJOR_DYN_END; i--)
		if (!chrdevs[i])
			return i;
	for (i = CHRDEV_MAJOR_DYN_EXT_START; i >= CHRDEV_MAJOR_DYN_EXT_END; i--) {
		for (cd = chrdevs[major_to_index(i)]; cd; cd = cd->next)
			if (cd->major == i)
				break;
		if (!cd)
			return i;
	}
	return -EBUSY;
}

/* Claim minors [baseminor, baseminor + minorct) of major (0: a free one). */
static struct char_device_struct *
__register_chrdev_region(unsigned int major, unsigned int baseminor,
			 int minorct, const char *name)
{
	struct char_device_struct *cd, *curr, *prev = NULL;
	int ret, i;

	if (major >= CHRDEV_MAJOR_MAX) {
		pr_err("CHRDEV \"%s\" major requested (%u) is greater than the maximum (%u)\n",
		       name, major, CHRDEV_MAJOR_MAX - 1);
		return ERR_PTR(-EINVAL);
	}
	if (minorct > MINORMASK + 1 - baseminor) {
		pr_err("CHRDEV \"%s\" minor range requested (%u-%u) is out of range of maximum range (%u-%u) for a single major\n",
		       name, baseminor, baseminor + minorct - 1, 0, MINORMASK);
		return ERR_PTR(-EINVAL);
	}
	cd = kzalloc(sizeof(*cd), GFP_KERNEL);
	if (!cd)
		return ERR_PTR(-ENOMEM);
	if (major == 0) {
		ret = find_dynamic_major();
		if (ret < 0) {
			pr_err("CHRDEV \"%s\" dynamic allocation region is full\n",
			       name);
			goto out;
		}
		major = ret;
	}
	ret = -EBUSY;
	i = major_to_index(major);
	for (curr = chrdevs[i]; curr; prev = curr, curr = curr->next) {
		if (curr->major < major)
			continue;
		if (curr->major > major)
			break;
		if (curr->baseminor + curr->minorct <= baseminor)
			continue;
		if (curr->baseminor >= baseminor + minorct)
			break;
		goto out;
	}
	cd->major = major;
	cd->baseminor = baseminor;
	cd->minorct = minorct;
	strscpy(cd->name, name, sizeof(cd->name));
	if (!prev) {
		cd->next = curr;
		chrdevs[i] = cd;
	} else {
		cd->next = prev->next;
		prev->next = cd;
	}
	return cd;
out:
	kfree(cd);
	return ERR_PTR(ret);
}

static struct char_device_struct *
__unregister_chrdev_region(unsigned major, unsigned baseminor, int minorct)
{
	struct char_device_struct *cd = NULL, **cp;

	for (cp = &chrdevs[major_to_index(major)]; *cp; cp = &(*cp)->next)
		if ((*cp)->major == major && (*cp)->baseminor == baseminor &&
		    (*cp)->minorct == minorct)
			break;
	if (*cp) {
		cd = *cp;
		*cp = cd->next;
	}
	return cd;
}

/* A range that spans majors is claimed one major at a time. */
int register_chrdev_region(dev_t from, unsigned count, const char *name)
{
	struct char_device_struct *cd;
	dev_t to = from + count;
	dev_t n, next;

	for (n = from; n < to; n = next) {
		next = MKDEV(MAJOR(n) + 1, 0);
		if (next > to)
			next = to;
		cd = __register_chrdev_region(MAJOR(n), MINOR(n), next - n, name);
		if (IS_ERR(cd))
			goto fail;
	}
	return 0;
fail:
	to = n;
	for (n = from; n < to; n = next) {
		next = MKDEV(MAJOR(n) + 1, 0);
		kfree(__unregister_chrdev_region(MAJOR(n), MINOR(n), next - n));
	}
	return PTR_ERR(cd);
}
EXPORT_SYMBOL(register_chrdev_region);

int alloc_chrdev_region(dev_t *dev, unsigned baseminor, unsigned count,
			const char *name)
{
	struct char_device_struct *cd;

	cd = __register_chrdev_region(0, baseminor, count, name);
	if (IS_ERR(cd))
		return PTR_ERR(cd);
	*dev = MKDEV(cd->major, cd->baseminor);
	return 0;
}
EXPORT_SYMBOL(alloc_chrdev_region);

void unregister_chrdev_region(dev_t from, unsigned count)
{
	dev_t to = from + count;
	dev_t n, next;

	for (n = from; n < to; n = next) {
		next = MKDEV(MAJOR(n) + 1, 0);
		if (next > to)
			next = to;
		kfree(__unregister_chrdev_region(MAJOR(n), MINOR(n), next - n));
	}
}
EXPORT_SYMBOL(unregister_chrdev_region);

/* register_chrdev(): a region and a cdev owned by the fops' module. */
int __register_chrdev(unsigned int major, unsigned int baseminor,
		      unsigned int count, const char *name,
		      const struct file_operations *fops)
{
	struct char_device_struct *cd;
	struct cdev *cdev;
	int err = -ENOMEM;

	cd = __register_chrdev_region(major, baseminor, count, name);
	if (IS_ERR(cd))
		return PTR_ERR(cd);
	cdev = cdev_alloc();
	if (!cdev)
		goto unregister;
	cdev->owner = fops->owner;
	cdev->ops = fops;
	kobject_set_name(&cdev->kobj, "%s", name);
	err = cdev_add(cdev, MKDEV(cd->major, baseminor), count);
	if (err)
		goto put_cdev;
	cd->cdev = cdev;
	return major ? 0 : cd->major;
put_cdev:
	kobject_put(&cdev->kobj);
unregister:
	kfree(__unregister_chrdev_region(cd->major, baseminor, count));
	return err;
}
EXPORT_SYMBOL(__register_chrdev);

void __unregister_chrdev(unsigned int major, unsigned int baseminor,
			 unsigned int count, const char *name)
{
	struct char_device_struct *cd;

	cd = __unregister_chrdev_region(major, baseminor, count);
	if (cd && cd->cdev)
		cdev_del(cd->cdev);
	kfree(cd);
}
EXPORT_SYMBOL(__unregister_chrdev);

/* A reference on the cdev and its owner module; NULL if it is going. */
static struct kobject *cdev_get(struct cdev *p)
{
	struct module *owner = p->owner;

	if (!try_module_get(owner))
		return NULL;
	return kobject_get(&p->kobj);
}

void cdev_put(struct cdev *p)
{
	if (p) {
		struct module *owner = p->owner;

		kobject_put(&p->kobj);
		module_put(owner);
	}
}

/*
 * Open a character device: the inode remembers its cdev after the first
 * open (and is on the cdev's list until one of them goes); every open
 * file holds the cdev, its owner and its file operations' owner.
 */
static int chrdev_open(struct inode *inode, struct file *filp)
{
	const struct file_operations *fops;
	struct cdev *p, *new = NULL;
	int ret = 0;

	p = inode->i_cdev;
	if (!p) {
		struct kobject *kobj;
		int idx;

		kobj = kobj_lookup(cdev_map, inode->i_rdev, &idx);
		if (!kobj)
			return -ENXIO;
		new = container_of(kobj, struct cdev, kobj);
		p = inode->i_cdev;
		if (!p) {
			inode->i_cdev = p = new;
			list_add(&inode->i_devices, &p->list);
			new = NULL;
		} else if (!cdev_get(p)) {
			ret = -ENXIO;
		}
	} else if (!cdev_get(p)) {
		ret = -ENXIO;
	}
	cdev_put(new);
	if (ret)
		return ret;

	ret = -ENXIO;
	fops = fops_get(p->ops);
	if (!fops)
		goto out_cdev_put;
	replace_fops(filp, fops);
	if (filp->f_op->open) {
		ret = filp->f_op->open(inode, filp);
		if (ret)
			goto out_cdev_put;
	}
	return 0;

out_cdev_put:
	cdev_put(p);
	return ret;
}

/* An inode going away leaves its cdev's list. */
void cd_forget(struct inode *inode)
{
	list_del_init(&inode->i_devices);
	inode->i_cdev = NULL;
}

static void cdev_purge(struct cdev *cdev)
{
	while (!list_empty(&cdev->list)) {
		struct inode *inode;

		inode = container_of(cdev->list.next, struct inode, i_devices);
		list_del_init(&inode->i_devices);
		inode->i_cdev = NULL;
	}
}

const struct file_operations def_chr_fops = {
	.open = chrdev_open,
	.llseek = noop_llseek,
};

static struct kobject *exact_match(dev_t dev, int *part, void *data)
{
	struct cdev *p = data;

	return &p->kobj;
}

static int exact_lock(dev_t dev, void *data)
{
	struct cdev *p = data;

	return cdev_get(p) ? 0 : -1;
}

int cdev_add(struct cdev *p, dev_t dev, unsigned count)
{
	int error;

	p->dev = dev;
	p->count = count;
	if (WARN_ON(dev == WHITEOUT_DEV)) {
		error = -EBUSY;
		goto err;
	}
	error = kobj_map(cdev_map, dev, count, NULL, exact_match, exact_lock, p);
	if (error)
		goto err;
	kobject_get(p->kobj.parent);
	return 0;
err:
	kfree(p->kobj.name);
	p->kobj.name = NULL;
	return error;
}
EXPORT_SYMBOL(cdev_add);

/* The cdev keeps its parent (a device's kobject) while it lives. */
void cdev_set_parent(struct cdev *p, struct kobject *kobj)
{
	WARN_ON(!kobj->state_initialized);
	p->kobj.parent = kobj;
}
EXPORT_SYMBOL(cdev_set_parent);

/* A cdev and its device together: the node appears once open works. */
int cdev_device_add(struct cdev *cdev, struct device *dev)
{
	int rc = 0;

	if (dev->devt) {
		cdev_set_parent(cdev, &dev->kobj);
		rc = cdev_add(cdev, dev->devt, 1);
		if (rc)
			return rc;
	}
	rc = device_add(dev);
	if (rc && dev->devt)
		cdev_del(cdev);
	return rc;
}
EXPORT_SYMBOL(cdev_device_add);

void cdev_device_del(struct cdev *cdev, struct device *dev)
{
	device_del(dev);
	if (dev->devt)
		cdev_del(cdev);
}
EXPORT_SYMBOL(cdev_device_del);

/*
 * No new opens find it; files already open keep their operations (and
 * their module) until they are closed.
 */
void cdev_del(struct cdev *p)
{
	kobj_unmap(cdev_map, p->dev, p->count);
	kobject_put(&p->kobj);
}
EXPORT_SYMBOL(cdev_del);

static void cdev_default_release(struct kobject *kobj)
{
	struct cdev *p = container_of(kobj, struct cdev, kobj);
	struct kobject *parent = kobj->parent;

	cdev_purge(p);
	kobject_put(parent);
}

static void cdev_dynamic_release(struct kobject *kobj)
{
	struct cdev *p = container_of(kobj, struct cdev, kobj);
	struct kobject *parent = kobj->parent;

	cdev_purge(p);
	kfree(p);
	kobject_put(parent);
}

static const struct kobj_type ktype_cdev_default = {
	.release	= cdev_default_release,
};

static const struct kobj_type ktype_cdev_dynamic = {
	.release	= cdev_dynamic_release,
};

struct cdev *cdev_alloc(void)
{
	struct cdev *p = kzalloc(sizeof(struct cdev), GFP_KERNEL);

	if (p) {
		INIT_LIST_HEAD(&p->list);
		kobject_init(&p->kobj, &ktype_cdev_dynamic);
	}
	return p;
}
EXPORT_SYMBOL(cdev_alloc);

void cdev_init(struct cdev *cdev, const struct file_operations *fops)
{
	memset(cdev, 0, sizeof(*cdev));
	INIT_LIST_HEAD(&cdev->list);
	kobject_init(&cdev->kobj, &ktype_cdev_default);
	cdev->ops = fops;
}
EXPORT_SYMBOL(cdev_init);

/*
 * A dev_t nobody registered: modprobe is asked for char-major-M-m, then
 * (when that fails) for the old-style char-major-M; the lookup is retried.
 */
static struct kobject *base_probe(dev_t dev, int *part, void *data)
{
	if (request_module("char-major-%d-%d", MAJOR(dev), MINOR(dev)) > 0)
		request_module("char-major-%d", MAJOR(dev));
	return NULL;
}

void __init chrdev_init(void)
{
	cdev_map = kobj_map_init(base_probe);
}
