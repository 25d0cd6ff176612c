// SPDX-License-Identifier: GPL-2.0
/*
 * Character devices: which driver owns a (major, minor) range. Opening
 * a character device inode (def_chr_fops) finds the range and hands the
 * file to the driver's file_operations.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/cdev.h>
#include <linux/fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>

struct char_device_struct {
	struct char_device_struct *next;
	unsigned int major;
	unsigned int baseminor;
	int minorct;
	char name[64];
	struct cdev *cdev;
};

static struct char_device_struct *chrdevs;	/* sorted by major, then minor */
static LIST_HEAD(cdev_map);			/* struct cdev by dev_t range */

static struct char_device_struct *register_region(unsigned int major,
						  unsigned int baseminor,
						  int minorct, const char *name)
{
	struct char_device_struct *cd, **cp;
	unsigned int i;

	if (!major) {	/* dynamic: the highest free in 234..254, then 384..511 */
		for (i = 254; i >= 234 && !major; i--) {
			for (cd = chrdevs; cd && cd->major != i; cd = cd->next)
				;
			if (!cd)
				major = i;
		}
		if (!major)
			return ERR_PTR(-EBUSY);
	}
	if (major >= CHRDEV_MAJOR_MAX)
		return ERR_PTR(-EINVAL);
	for (cp = &chrdevs; *cp; cp = &(*cp)->next) {
		cd = *cp;
		if (cd->major > major)
			break;
		if (cd->major == major && cd->baseminor + cd->minorct > baseminor &&
		    baseminor + minorct > cd->baseminor)
			return ERR_PTR(-EBUSY);
		if (cd->major == major && cd->baseminor > baseminor)
			break;
	}
	cd = kzalloc(sizeof(*cd), GFP_KERNEL);
	if (!cd)
		return ERR_PTR(-ENOMEM);
	cd->major = major;
	cd->baseminor = baseminor;
	cd->minorct = minorct;
	strscpy(cd->name, name, sizeof(cd->name));
	cd->next = *cp;
	*cp = cd;
	return cd;
}

static struct char_device_struct *unregister_region(unsigned major,
						    unsigned baseminor, int minorct)
{
	struct char_device_struct *cd, **cp;

	for (cp = &chrdevs; *cp; cp = &(*cp)->next) {
		cd = *cp;
		if (cd->major == major && cd->baseminor == baseminor &&
		    cd->minorct == minorct) {
			*cp = cd->next;
			return cd;
		}
	}
	return NULL;
}

int register_chrdev_region(dev_t from, unsigned count, const char *name)
{
	struct char_device_struct *cd = register_region(MAJOR(from), MINOR(from),
							count, name);

	return IS_ERR(cd) ? PTR_ERR(cd) : 0;
}

int alloc_chrdev_region(dev_t *dev, unsigned baseminor, unsigned count,
			const char *name)
{
	struct char_device_struct *cd = register_region(0, baseminor, count, name);

	if (IS_ERR(cd))
		return PTR_ERR(cd);
	*dev = MKDEV(cd->major, cd->baseminor);
	return 0;
}

void unregister_chrdev_region(dev_t from, unsigned count)
{
	kfree(unregister_region(MAJOR(from), MINOR(from), count));
}

void cdev_init(struct cdev *cdev, const struct file_operations *fops)
{
	memset(cdev, 0, sizeof(*cdev));
	INIT_LIST_HEAD(&cdev->list);
	cdev->ops = fops;
}

struct cdev *cdev_alloc(void)
{
	struct cdev *p = kzalloc(sizeof(*p), GFP_KERNEL);

	if (p)
		INIT_LIST_HEAD(&p->list);
	return p;
}

int cdev_add(struct cdev *p, dev_t dev, unsigned count)
{
	p->dev = dev;
	p->count = count;
	list_add(&p->list, &cdev_map);
	return 0;
}

void cdev_del(struct cdev *p)
{
	list_del_init(&p->list);
}

int __register_chrdev(unsigned int major, unsigned int baseminor,
		      unsigned int count, const char *name,
		      const struct file_operations *fops)
{
	struct char_device_struct *cd;
	struct cdev *cdev;

	cd = register_region(major, baseminor, count, name);
	if (IS_ERR(cd))
		return PTR_ERR(cd);
	cdev = cdev_alloc();
	if (!cdev) {
		kfree(unregister_region(cd->major, baseminor, count));
		return -ENOMEM;
	}
	cdev->ops = fops;
	cdev_add(cdev, MKDEV(cd->major, baseminor), count);
	cd->cdev = cdev;
	return major ? 0 : cd->major;
}

void __unregister_chrdev(unsigned int major, unsigned int baseminor,
			 unsigned int count, const char *name)
{
	struct char_device_struct *cd = unregister_region(major, baseminor, count);

	if (cd && cd->cdev) {
		cdev_del(cd->cdev);
		kfree(cd->cdev);
	}
	kfree(cd);
}

static struct cdev *cdev_lookup(dev_t dev)
{
	struct cdev *p;

	list_for_each_entry(p, &cdev_map, list)
		if (dev >= p->dev && dev < p->dev + p->count)
			return p;
	return NULL;
}

static int chrdev_open(struct inode *inode, struct file *filp)
{
	struct cdev *p = cdev_lookup(inode->i_rdev);
	const struct file_operations *fops;

	if (!p)
		return -ENXIO;
	inode->i_cdev = p;
	fops = p->ops;
	if (!fops)
		return -ENXIO;
	filp->f_op = fops;
	if (fops->open)
		return fops->open(inode, filp);
	return 0;
}

const struct file_operations def_chr_fops = {
	.open = chrdev_open,
	.llseek = noop_llseek,
};

/* One "/proc/devices" line per name registered for this major. */
void chrdev_show(struct seq_file *f, off_t offset)
{
	struct char_device_struct *cd;

	for (cd = chrdevs; cd; cd = cd->next)
		if (cd->major == offset)
			seq_printf(f, "%3d %s\n", cd->major, cd->name);
}
