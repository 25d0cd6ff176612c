// SPDX-License-Identifier: GPL-2.0
/*
 * The I2C core, as Linux 6.1's drivers/i2c/i2c-core-base.c: the "i2c" bus
 * (postcore), its "dummy" driver, adapters (i2c-N, also linked from
 * /sys/class/i2c-adapter: Debian builds CONFIG_I2C_COMPAT), clients made
 * by code, through an adapter's new_device file or by a driver's detect()
 * probing its addresses, drivers matched by their id_table (or a device
 * tree compatible named like the client), and plain I2C transfers through
 * the adapter's algorithm (SMBus is in i2c-core-smbus.c).
 *
 * QEMU's virt board has no I2C controller: until a module adds an adapter
 * the bus has only the dummy driver on it, as Debian's kernel shows there
 * (less the i2c drivers Debian builds in: rtc-ds1307, pca953x...).
 */
#define pr_fmt(fmt) "i2c-core: " fmt

#include <linux/kernel.h>
#include <linux/debugfs.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/i2c.h>
#include <linux/idr.h>
#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/module.h>
#include <linux/module_abi.h>
#include <linux/mutex.h>
#include <linux/preempt.h>
#include <linux/of.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>

abi_check_size(i2c_msg);
abi_check_field(i2c_msg, flags);
abi_check_field(i2c_msg, len);
abi_check_field(i2c_msg, buf);
abi_check_size(i2c_algorithm);
abi_check_field(i2c_algorithm, master_xfer);
abi_check_field(i2c_algorithm, smbus_xfer);
abi_check_field(i2c_algorithm, functionality);
abi_check_field(i2c_algorithm, unreg_slave);
abi_check_size(i2c_lock_operations);
abi_check_size(i2c_adapter);
abi_check_field(i2c_adapter, class);
abi_check_field(i2c_adapter, algo);
abi_check_field(i2c_adapter, algo_data);
abi_check_field(i2c_adapter, lock_ops);
abi_check_field(i2c_adapter, bus_lock);
abi_check_field(i2c_adapter, mux_lock);
abi_check_field(i2c_adapter, timeout);
abi_check_field(i2c_adapter, retries);
abi_check_field(i2c_adapter, dev);
abi_check_field(i2c_adapter, locked_flags);
abi_check_field(i2c_adapter, nr);
abi_check_field(i2c_adapter, name);
abi_check_field(i2c_adapter, dev_released);
abi_check_field(i2c_adapter, userspace_clients_lock);
abi_check_field(i2c_adapter, userspace_clients);
abi_check_field(i2c_adapter, bus_recovery_info);
abi_check_field(i2c_adapter, quirks);
abi_check_field(i2c_adapter, debugfs);
abi_check_field(i2c_adapter, addrs_in_instantiation);
abi_check_size(i2c_client);
abi_check_field(i2c_client, addr);
abi_check_field(i2c_client, name);
abi_check_field(i2c_client, adapter);
abi_check_field(i2c_client, dev);
abi_check_field(i2c_client, init_irq);
abi_check_field(i2c_client, irq);
abi_check_field(i2c_client, detected);
abi_check_field(i2c_client, slave_cb);
abi_check_field(i2c_client, devres_group_id);
abi_check_size(i2c_board_info);
abi_check_field(i2c_board_info, flags);
abi_check_field(i2c_board_info, addr);
abi_check_field(i2c_board_info, dev_name);
abi_check_field(i2c_board_info, platform_data);
abi_check_field(i2c_board_info, of_node);
abi_check_field(i2c_board_info, fwnode);
abi_check_field(i2c_board_info, swnode);
abi_check_field(i2c_board_info, resources);
abi_check_field(i2c_board_info, num_resources);
abi_check_field(i2c_board_info, irq);
abi_check_size(i2c_driver);
abi_check_field(i2c_driver, probe);
abi_check_field(i2c_driver, remove);
abi_check_field(i2c_driver, probe_new);
abi_check_field(i2c_driver, shutdown);
abi_check_field(i2c_driver, alert);
abi_check_field(i2c_driver, command);
abi_check_field(i2c_driver, driver);
abi_check_field(i2c_driver, id_table);
abi_check_field(i2c_driver, detect);
abi_check_field(i2c_driver, address_list);
abi_check_field(i2c_driver, clients);
abi_check_field(i2c_driver, flags);
abi_check_size(i2c_device_id);
abi_check_field(i2c_device_id, driver_data);

#define I2C_ADDR_OFFSET_TEN_BIT	0xa000
#define I2C_ADDR_OFFSET_SLAVE	0x1000

/* Adapter numbers; also serialises adapters' and drivers' comings. */
static DEFINE_MUTEX(core_lock);
static struct idr i2c_adapter_idr = { .idr_rt.xa_flags = IDR_RT_MARKER };
static bool is_registered;
static struct dentry *i2c_debugfs_root;	/* <debugfs>/i2c, a directory per adapter */

/* No board declares static devices: dynamic numbers start at 0. */
int __i2c_first_dynamic_bus_num;
EXPORT_SYMBOL_GPL(__i2c_first_dynamic_bus_num);

static struct class_compat *i2c_adapter_compat_class;

const struct i2c_device_id *i2c_match_id(const struct i2c_device_id *id,
					 const struct i2c_client *client)
{
	if (!(id && client))
		return NULL;
	for (; id->name[0]; id++)
		if (!strcmp(client->name, id->name))
			return id;
	return NULL;
}
EXPORT_SYMBOL_GPL(i2c_match_id);

static int i2c_device_match(struct device *dev, struct device_driver *drv)
{
	struct i2c_client *client = i2c_verify_client(dev);

	if (!client)
		return 0;
	if (i2c_of_match_device(drv->of_match_table, client))
		return 1;
	return i2c_match_id(to_i2c_driver(drv)->id_table, client) != NULL;
}

static int i2c_device_uevent(struct device *dev, struct kobj_uevent_env *env)
{
	return add_uevent_var(env, "MODALIAS=%s%s", I2C_MODULE_PREFIX,
			      to_i2c_client(dev)->name);
}

static int i2c_device_probe(struct device *dev)
{
	struct i2c_client *client = i2c_verify_client(dev);
	struct i2c_driver *driver;

	if (!client)
		return 0;
	client->irq = client->init_irq;
	driver = to_i2c_driver(dev->driver);
	/* Without an id_table only a device tree match lets it probe. */
	if (!driver->id_table &&
	    !i2c_of_match_device(dev->driver->of_match_table, client))
		return -ENODEV;
	if (driver->probe_new)
		return driver->probe_new(client);
	if (driver->probe)
		return driver->probe(client,
				     i2c_match_id(driver->id_table, client));
	return -EINVAL;
}

static void i2c_device_remove(struct device *dev)
{
	struct i2c_client *client = to_i2c_client(dev);
	struct i2c_driver *driver = to_i2c_driver(dev->driver);

	if (driver->remove)
		driver->remove(client);
	client->irq = 0;
}

static void i2c_device_shutdown(struct device *dev)
{
	struct i2c_client *client = i2c_verify_client(dev);
	struct i2c_driver *driver;

	if (!client || !dev->driver)
		return;
	driver = to_i2c_driver(dev->driver);
	if (driver->shutdown)
		driver->shutdown(client);
}

static void i2c_client_dev_release(struct device *dev)
{
	kfree(to_i2c_client(dev));
}

static ssize_t name_show(struct device *dev, struct device_attribute *attr,
			 char *buf)
{
	return sprintf(buf, "%s\n", dev->type == &i2c_client_type ?
		       to_i2c_client(dev)->name : to_i2c_adapter(dev)->name);
}
static DEVICE_ATTR_RO(name);

static ssize_t modalias_show(struct device *dev, struct device_attribute *attr,
			     char *buf)
{
	return sprintf(buf, "%s%s\n", I2C_MODULE_PREFIX,
		       to_i2c_client(dev)->name);
}
static DEVICE_ATTR_RO(modalias);

static struct attribute *i2c_dev_attrs[] = {
	&dev_attr_name.attr,
	&dev_attr_modalias.attr,
	NULL
};
ATTRIBUTE_GROUPS(i2c_dev);

struct bus_type i2c_bus_type = {
	.name		= "i2c",
	.match		= i2c_device_match,
	.probe		= i2c_device_probe,
	.remove		= i2c_device_remove,
	.shutdown	= i2c_device_shutdown,
};
EXPORT_SYMBOL_GPL(i2c_bus_type);

struct device_type i2c_client_type = {
	.groups		= i2c_dev_groups,
	.uevent		= i2c_device_uevent,
	.release	= i2c_client_dev_release,
};
EXPORT_SYMBOL_GPL(i2c_client_type);

struct i2c_client *i2c_verify_client(struct device *dev)
{
	return dev->type == &i2c_client_type ? to_i2c_client(dev) : NULL;
}
EXPORT_SYMBOL(i2c_verify_client);

/* Ten-bit and slave clients live in address spaces of their own. */
static unsigned short i2c_encode_flags_to_addr(struct i2c_client *client)
{
	unsigned short addr = client->addr;

	if (client->flags & I2C_CLIENT_TEN)
		addr |= I2C_ADDR_OFFSET_TEN_BIT;
	if (client->flags & I2C_CLIENT_SLAVE)
		addr |= I2C_ADDR_OFFSET_SLAVE;
	return addr;
}

/* Anything but the general call address (and beyond the range) goes. */
static int i2c_check_addr_validity(unsigned int addr, unsigned short flags)
{
	if (flags & I2C_CLIENT_TEN)
		return addr > 0x3ff ? -EINVAL : 0;
	return addr == 0x00 || addr > 0x7f ? -EINVAL : 0;
}

static int __i2c_check_addr_busy(struct device *dev, void *addrp)
{
	struct i2c_client *client = i2c_verify_client(dev);

	if (client && i2c_encode_flags_to_addr(client) == *(int *)addrp)
		return -EBUSY;
	return 0;
}

int i2c_check_addr_busy(struct i2c_adapter *adapter, int addr)
{
	return device_for_each_child(&adapter->dev, &addr,
				     __i2c_check_addr_busy);
}

static void i2c_adapter_lock_bus(struct i2c_adapter *adapter,
				 unsigned int flags)
{
	rt_mutex_lock(&adapter->bus_lock);
}

static int i2c_adapter_trylock_bus(struct i2c_adapter *adapter,
				   unsigned int flags)
{
	return rt_mutex_trylock(&adapter->bus_lock);
}

static void i2c_adapter_unlock_bus(struct i2c_adapter *adapter,
				   unsigned int flags)
{
	rt_mutex_unlock(&adapter->bus_lock);
}

static const struct i2c_lock_operations i2c_adapter_lock_ops = {
	.lock_bus	= i2c_adapter_lock_bus,
	.trylock_bus	= i2c_adapter_trylock_bus,
	.unlock_bus	= i2c_adapter_unlock_bus,
};

struct i2c_client *i2c_new_client_device(struct i2c_adapter *adap,
					 struct i2c_board_info const *info)
{
	struct i2c_client *client;
	int status;

	client = kzalloc(sizeof(*client), GFP_KERNEL);
	if (!client)
		return ERR_PTR(-ENOMEM);
	client->adapter = adap;
	client->dev.platform_data = info->platform_data;
	client->flags = info->flags;
	client->addr = info->addr;
	client->init_irq = info->irq;
	strscpy(client->name, info->type, sizeof(client->name));

	status = i2c_check_addr_validity(client->addr, client->flags);
	if (status) {
		dev_err(&adap->dev, "Invalid %d-bit I2C address 0x%02hx\n",
			client->flags & I2C_CLIENT_TEN ? 10 : 7, client->addr);
		goto out_free;
	}
	status = i2c_check_addr_busy(adap, i2c_encode_flags_to_addr(client));
	if (status)
		goto out_err;

	client->dev.parent = &adap->dev;
	client->dev.bus = &i2c_bus_type;
	client->dev.type = &i2c_client_type;
	if (info->dev_name)
		dev_set_name(&client->dev, "i2c-%s", info->dev_name);
	else
		dev_set_name(&client->dev, "%d-%04x", i2c_adapter_id(adap),
			     i2c_encode_flags_to_addr(client));
	status = device_register(&client->dev);
	if (status) {
		dev_err(&adap->dev,
			"Failed to register i2c client %s at 0x%02x (%d)\n",
			client->name, client->addr, status);
		put_device(&client->dev);
		return ERR_PTR(status);
	}
	return client;

out_err:
	dev_err(&adap->dev, "Failed to register i2c client %s at 0x%02x (%d)\n",
		client->name, client->addr, status);
out_free:
	kfree(client);
	return ERR_PTR(status);
}
EXPORT_SYMBOL_GPL(i2c_new_client_device);

void i2c_unregister_device(struct i2c_client *client)
{
	if (IS_ERR_OR_NULL(client))
		return;
	device_unregister(&client->dev);
}
EXPORT_SYMBOL_GPL(i2c_unregister_device);

static const struct i2c_device_id dummy_id[] = {
	{ "dummy", 0 },
	{ },
};

static int dummy_probe(struct i2c_client *client)
{
	return 0;
}

/* Holds addresses a multi-address chip's driver takes for itself. */
static struct i2c_driver dummy_driver = {
	.driver.name	= "dummy",
	.probe_new	= dummy_probe,
	.id_table	= dummy_id,
};

struct i2c_client *i2c_new_dummy_device(struct i2c_adapter *adapter,
					u16 address)
{
	struct i2c_board_info info = {
		I2C_BOARD_INFO("dummy", address),
	};

	return i2c_new_client_device(adapter, &info);
}
EXPORT_SYMBOL_GPL(i2c_new_dummy_device);

static void i2c_adapter_dev_release(struct device *dev)
{
	complete(&to_i2c_adapter(dev)->dev_released);
}

unsigned int i2c_adapter_depth(struct i2c_adapter *adapter)
{
	unsigned int depth = 0;
	struct device *parent;

	for (parent = adapter->dev.parent; parent; parent = parent->parent)
		if (parent->type == &i2c_adapter_type)
			depth++;
	return depth;
}
EXPORT_SYMBOL_GPL(i2c_adapter_depth);

/* "NAME ADDRESS": a client made by hand, remembered for delete_device. */
static ssize_t new_device_store(struct device *dev,
				struct device_attribute *attr,
				const char *buf, size_t count)
{
	struct i2c_adapter *adap = to_i2c_adapter(dev);
	struct i2c_board_info info;
	struct i2c_client *client;
	char *blank, end;
	int res;

	memset(&info, 0, sizeof(info));
	blank = strchr(buf, ' ');
	if (!blank) {
		dev_err(dev, "%s: Missing parameters\n", "new_device");
		return -EINVAL;
	}
	if (blank - buf > I2C_NAME_SIZE - 1) {
		dev_err(dev, "%s: Invalid device name\n", "new_device");
		return -EINVAL;
	}
	memcpy(info.type, buf, blank - buf);
	res = sscanf(++blank, "%hi%c", &info.addr, &end);
	if (res < 1) {
		dev_err(dev, "%s: Can't parse I2C address\n", "new_device");
		return -EINVAL;
	}
	if (res > 1 && end != '\n') {
		dev_err(dev, "%s: Extra parameters\n", "new_device");
		return -EINVAL;
	}
	if ((info.addr & I2C_ADDR_OFFSET_TEN_BIT) == I2C_ADDR_OFFSET_TEN_BIT) {
		info.addr &= ~I2C_ADDR_OFFSET_TEN_BIT;
		info.flags |= I2C_CLIENT_TEN;
	}
	if (info.addr & I2C_ADDR_OFFSET_SLAVE) {
		info.addr &= ~I2C_ADDR_OFFSET_SLAVE;
		info.flags |= I2C_CLIENT_SLAVE;
	}
	client = i2c_new_client_device(adap, &info);
	if (IS_ERR(client))
		return PTR_ERR(client);
	mutex_lock(&adap->userspace_clients_lock);
	list_add_tail(&client->detected, &adap->userspace_clients);
	mutex_unlock(&adap->userspace_clients_lock);
	dev_info(dev, "%s: Instantiated device %s at 0x%02hx\n", "new_device",
		 info.type, info.addr);
	return count;
}
static DEVICE_ATTR_WO(new_device);

/* Only clients new_device made can go this way. */
static ssize_t delete_device_store(struct device *dev,
				   struct device_attribute *attr,
				   const char *buf, size_t count)
{
	struct i2c_adapter *adap = to_i2c_adapter(dev);
	struct i2c_client *client, *next;
	unsigned short addr;
	char end;
	int res;

	res = sscanf(buf, "%hi%c", &addr, &end);
	if (res < 1) {
		dev_err(dev, "%s: Can't parse I2C address\n", "delete_device");
		return -EINVAL;
	}
	if (res > 1 && end != '\n') {
		dev_err(dev, "%s: Extra parameters\n", "delete_device");
		return -EINVAL;
	}
	res = -ENOENT;
	mutex_lock(&adap->userspace_clients_lock);
	list_for_each_entry_safe(client, next, &adap->userspace_clients,
				 detected) {
		if (i2c_encode_flags_to_addr(client) == addr) {
			dev_info(dev, "%s: Deleting device %s at 0x%02hx\n",
				 "delete_device", client->name, client->addr);
			list_del(&client->detected);
			i2c_unregister_device(client);
			res = count;
			break;
		}
	}
	mutex_unlock(&adap->userspace_clients_lock);
	if (res < 0)
		dev_err(dev, "%s: Can't find device in list\n",
			"delete_device");
	return res;
}
static DEVICE_ATTR_WO(delete_device);

static struct attribute *i2c_adapter_attrs[] = {
	&dev_attr_name.attr,
	&dev_attr_new_device.attr,
	&dev_attr_delete_device.attr,
	NULL
};
ATTRIBUTE_GROUPS(i2c_adapter);

struct device_type i2c_adapter_type = {
	.groups		= i2c_adapter_groups,
	.release	= i2c_adapter_dev_release,
};
EXPORT_SYMBOL_GPL(i2c_adapter_type);

struct i2c_adapter *i2c_verify_adapter(struct device *dev)
{
	return dev->type == &i2c_adapter_type ? to_i2c_adapter(dev) : NULL;
}
EXPORT_SYMBOL(i2c_verify_adapter);

/* Reserved 7-bit addresses are never probed. */
static int i2c_check_7bit_addr_validity_strict(unsigned short addr)
{
	return addr < 0x08 || addr > 0x77 ? -EINVAL : 0;
}

/*
 * Whether anything answers: a quick write, or a byte read where a quick
 * write could corrupt EEPROMs (0x50-0x5f) or write-protect some (0x30-0x37).
 */
static int i2c_default_probe(struct i2c_adapter *adap, unsigned short addr)
{
	union i2c_smbus_data dummy;
	int err;

	if (!((addr & ~0x07) == 0x30 || (addr & ~0x0f) == 0x50) &&
	    i2c_check_functionality(adap, I2C_FUNC_SMBUS_QUICK))
		err = i2c_smbus_xfer(adap, addr, 0, I2C_SMBUS_WRITE, 0,
				     I2C_SMBUS_QUICK, NULL);
	else if (i2c_check_functionality(adap, I2C_FUNC_SMBUS_READ_BYTE))
		err = i2c_smbus_xfer(adap, addr, 0, I2C_SMBUS_READ, 0,
				     I2C_SMBUS_BYTE, &dummy);
	else {
		dev_warn(&adap->dev, "No suitable probing method supported for address 0x%02X\n",
			 addr);
		err = -EOPNOTSUPP;
	}
	return err >= 0;
}

/* A quick read, for chips a quick write would upset. */
int i2c_probe_func_quick_read(struct i2c_adapter *adap, unsigned short addr)
{
	return i2c_smbus_xfer(adap, addr, 0, I2C_SMBUS_READ, 0,
			      I2C_SMBUS_QUICK, NULL) >= 0;
}
EXPORT_SYMBOL_GPL(i2c_probe_func_quick_read);

/* The first free address of the list where something answers gets info. */
struct i2c_client *i2c_new_scanned_device(struct i2c_adapter *adap,
					  struct i2c_board_info *info,
					  unsigned short const *addr_list,
					  int (*probe)(struct i2c_adapter *adap,
						       unsigned short addr))
{
	int i;

	if (!probe)
		probe = i2c_default_probe;
	for (i = 0; addr_list[i] != I2C_CLIENT_END; i++) {
		if (i2c_check_7bit_addr_validity_strict(addr_list[i]) < 0) {
			dev_warn(&adap->dev, "Invalid 7-bit address 0x%02x\n",
				 addr_list[i]);
			continue;
		}
		if (i2c_check_addr_busy(adap, addr_list[i]))
			continue;	/* Linux: dev_dbg only */
		if (probe(adap, addr_list[i]))
			break;
	}
	if (addr_list[i] == I2C_CLIENT_END)
		return ERR_PTR(-ENODEV);
	info->addr = addr_list[i];
	return i2c_new_client_device(adap, info);
}
EXPORT_SYMBOL_GPL(i2c_new_scanned_device);

static int i2c_detect_address(struct i2c_client *temp_client,
			      struct i2c_driver *driver)
{
	struct i2c_adapter *adapter = temp_client->adapter;
	int addr = temp_client->addr;
	struct i2c_board_info info;
	struct i2c_client *client;
	int err;

	err = i2c_check_7bit_addr_validity_strict(addr);
	if (err) {
		dev_warn(&adapter->dev, "Invalid probe address 0x%02x\n", addr);
		return err;
	}
	if (i2c_check_addr_busy(adapter, addr))
		return 0;
	if (!i2c_default_probe(adapter, addr))
		return 0;
	memset(&info, 0, sizeof(info));
	info.addr = addr;
	err = driver->detect(temp_client, &info);
	if (err)
		return err == -ENODEV ? 0 : err;	/* not its chip */
	if (info.type[0] == '\0') {
		dev_err(&adapter->dev,
			"%s detection function provided no name for 0x%x\n",
			driver->driver.name, addr);
		return 0;
	}
	if (adapter->class & I2C_CLASS_DEPRECATED)
		dev_warn(&adapter->dev,
			 "This adapter will soon drop class based instantiation of devices. "
			 "Please make sure client 0x%02x gets instantiated by other means. "
			 "Check 'Documentation/i2c/instantiating-devices.rst' for details.\n",
			 info.addr);
	client = i2c_new_client_device(adapter, &info);
	if (!IS_ERR(client))
		list_add_tail(&client->detected, &driver->clients);
	else
		dev_err(&adapter->dev, "Failed creating %s at 0x%02x\n",
			info.type, info.addr);
	return 0;
}

/* A driver with detect() and addresses probes adapters of its class. */
static int i2c_detect(struct i2c_adapter *adapter, struct i2c_driver *driver)
{
	const unsigned short *address_list = driver->address_list;
	struct i2c_client *temp_client;
	int i, err = 0;

	if (!driver->detect || !address_list)
		return 0;
	if (adapter->class == I2C_CLASS_DEPRECATED)
		return 0;	/* Linux says why only with dev_dbg */
	if (!(adapter->class & driver->class))
		return 0;
	temp_client = kzalloc(sizeof(*temp_client), GFP_KERNEL);
	if (!temp_client)
		return -ENOMEM;
	temp_client->adapter = adapter;
	for (i = 0; address_list[i] != I2C_CLIENT_END; i++) {
		temp_client->addr = address_list[i];
		err = i2c_detect_address(temp_client, driver);
		if (err)
			break;
	}
	kfree(temp_client);
	return err;
}

static int __process_new_adapter(struct device_driver *d, void *data)
{
	return i2c_detect(data, to_i2c_driver(d));
}

static int i2c_register_adapter(struct i2c_adapter *adap)
{
	int res = -EINVAL;

	if (WARN_ON(!is_registered)) {
		res = -EAGAIN;
		goto out_list;
	}
	if (WARN(!adap->name[0], "i2c adapter has no name"))
		goto out_list;
	if (!adap->algo) {
		pr_err("adapter '%s': no algo supplied!\n", adap->name);
		goto out_list;
	}
	if (!adap->lock_ops)
		adap->lock_ops = &i2c_adapter_lock_ops;
	adap->locked_flags = 0;
	rt_mutex_init(&adap->bus_lock);
	rt_mutex_init(&adap->mux_lock);
	mutex_init(&adap->userspace_clients_lock);
	INIT_LIST_HEAD(&adap->userspace_clients);
	if (adap->timeout == 0)
		adap->timeout = HZ;

	dev_set_name(&adap->dev, "i2c-%d", adap->nr);
	adap->dev.bus = &i2c_bus_type;
	adap->dev.type = &i2c_adapter_type;
	res = device_register(&adap->dev);
	if (res) {
		pr_err("adapter '%s': can't register device (%d)\n",
		       adap->name, res);
		goto out_list;
	}
	adap->debugfs = debugfs_create_dir(dev_name(&adap->dev),
					   i2c_debugfs_root);
	res = class_compat_create_link(i2c_adapter_compat_class, &adap->dev,
				       adap->dev.parent);
	if (res)
		dev_warn(&adap->dev,
			 "Failed to create compatibility class link\n");

	mutex_lock(&core_lock);
	bus_for_each_drv(&i2c_bus_type, NULL, adap, __process_new_adapter);
	mutex_unlock(&core_lock);
	return 0;

out_list:
	mutex_lock(&core_lock);
	idr_remove(&i2c_adapter_idr, adap->nr);
	mutex_unlock(&core_lock);
	return res;
}

static int __i2c_add_numbered_adapter(struct i2c_adapter *adap)
{
	int id;

	mutex_lock(&core_lock);
	id = idr_alloc(&i2c_adapter_idr, adap, adap->nr, adap->nr + 1,
		       GFP_KERNEL);
	mutex_unlock(&core_lock);
	if (WARN(id < 0, "couldn't get idr"))
		return id == -ENOSPC ? -EBUSY : id;
	return i2c_register_adapter(adap);
}

int i2c_add_adapter(struct i2c_adapter *adapter)
{
	int id;

	mutex_lock(&core_lock);
	id = idr_alloc(&i2c_adapter_idr, adapter, __i2c_first_dynamic_bus_num,
		       0, GFP_KERNEL);
	mutex_unlock(&core_lock);
	if (WARN(id < 0, "couldn't get idr"))
		return id;
	adapter->nr = id;
	return i2c_register_adapter(adapter);
}
EXPORT_SYMBOL(i2c_add_adapter);

int i2c_add_numbered_adapter(struct i2c_adapter *adap)
{
	if (adap->nr == -1)	/* a dynamic number after all */
		return i2c_add_adapter(adap);
	return __i2c_add_numbered_adapter(adap);
}
EXPORT_SYMBOL_GPL(i2c_add_numbered_adapter);

static void i2c_do_del_adapter(struct i2c_driver *driver,
			       struct i2c_adapter *adapter)
{
	struct i2c_client *client, *_n;

	list_for_each_entry_safe(client, _n, &driver->clients, detected) {
		if (client->adapter == adapter) {
			list_del(&client->detected);
			i2c_unregister_device(client);
		}
	}
}

static int __unregister_client(struct device *dev, void *dummy)
{
	struct i2c_client *client = i2c_verify_client(dev);

	if (client && strcmp(client->name, "dummy"))
		i2c_unregister_device(client);
	return 0;
}

static int __unregister_dummy(struct device *dev, void *dummy)
{
	i2c_unregister_device(i2c_verify_client(dev));
	return 0;
}

static int __process_removed_adapter(struct device_driver *d, void *data)
{
	i2c_do_del_adapter(to_i2c_driver(d), data);
	return 0;
}

void i2c_del_adapter(struct i2c_adapter *adap)
{
	struct i2c_client *client, *next;
	struct i2c_adapter *found;

	mutex_lock(&core_lock);
	found = idr_find(&i2c_adapter_idr, adap->nr);
	mutex_unlock(&core_lock);
	if (found != adap)
		return;	/* never added: Linux only says so with pr_debug */

	mutex_lock(&core_lock);
	bus_for_each_drv(&i2c_bus_type, NULL, adap, __process_removed_adapter);
	mutex_unlock(&core_lock);

	mutex_lock(&adap->userspace_clients_lock);
	list_for_each_entry_safe(client, next, &adap->userspace_clients,
				 detected) {
		list_del(&client->detected);
		i2c_unregister_device(client);
	}
	mutex_unlock(&adap->userspace_clients_lock);

	/* Real clients first: they may still use the dummies they made. */
	device_for_each_child(&adap->dev, NULL, __unregister_client);
	device_for_each_child(&adap->dev, NULL, __unregister_dummy);
	class_compat_remove_link(i2c_adapter_compat_class, &adap->dev,
				 adap->dev.parent);
	debugfs_remove_recursive(adap->debugfs);

	init_completion(&adap->dev_released);
	device_unregister(&adap->dev);
	wait_for_completion(&adap->dev_released);

	mutex_lock(&core_lock);
	idr_remove(&i2c_adapter_idr, adap->nr);
	mutex_unlock(&core_lock);
	/* The adapter may be added again. */
	memset(&adap->dev, 0, sizeof(adap->dev));
}
EXPORT_SYMBOL(i2c_del_adapter);

int i2c_for_each_dev(void *data, int (*fn)(struct device *dev, void *data))
{
	int res;

	mutex_lock(&core_lock);
	res = bus_for_each_dev(&i2c_bus_type, NULL, data, fn);
	mutex_unlock(&core_lock);
	return res;
}
EXPORT_SYMBOL_GPL(i2c_for_each_dev);

static int __process_new_driver(struct device *dev, void *data)
{
	if (dev->type != &i2c_adapter_type)
		return 0;
	return i2c_detect(to_i2c_adapter(dev), data);
}

/* Linux's "driver [%s] registered" is a pr_debug: nothing is said. */
int i2c_register_driver(struct module *owner, struct i2c_driver *driver)
{
	int res;

	if (WARN_ON(!is_registered))
		return -EAGAIN;
	driver->driver.owner = owner;
	driver->driver.bus = &i2c_bus_type;
	INIT_LIST_HEAD(&driver->clients);
	res = driver_register(&driver->driver);
	if (res)
		return res;
	i2c_for_each_dev(driver, __process_new_driver);
	return 0;
}
EXPORT_SYMBOL(i2c_register_driver);

static int __process_removed_driver(struct device *dev, void *data)
{
	if (dev->type == &i2c_adapter_type)
		i2c_do_del_adapter(data, to_i2c_adapter(dev));
	return 0;
}

void i2c_del_driver(struct i2c_driver *driver)
{
	i2c_for_each_dev(driver, __process_removed_driver);
	driver_unregister(&driver->driver);
}
EXPORT_SYMBOL(i2c_del_driver);

struct i2c_cmd_arg {
	unsigned int cmd;
	void *arg;
};

static int i2c_cmd(struct device *dev, void *_arg)
{
	struct i2c_client *client = i2c_verify_client(dev);
	struct i2c_cmd_arg *arg = _arg;
	struct i2c_driver *driver;

	if (!client || !client->dev.driver)
		return 0;
	driver = to_i2c_driver(client->dev.driver);
	if (driver->command)
		driver->command(client, arg->cmd, arg->arg);
	return 0;
}

void i2c_clients_command(struct i2c_adapter *adap, unsigned int cmd, void *arg)
{
	struct i2c_cmd_arg cmd_arg = { .cmd = cmd, .arg = arg };

	device_for_each_child(&adap->dev, &cmd_arg, i2c_cmd);
}
EXPORT_SYMBOL(i2c_clients_command);

static int __init i2c_init(void)
{
	int retval;

	retval = bus_register(&i2c_bus_type);
	if (retval)
		return retval;
	is_registered = true;
	i2c_debugfs_root = debugfs_create_dir("i2c", NULL);
	i2c_adapter_compat_class = class_compat_register("i2c-adapter");
	if (!i2c_adapter_compat_class) {
		retval = -ENOMEM;
		goto bus_err;
	}
	retval = i2c_register_driver(NULL, &dummy_driver);
	if (retval)
		goto class_err;
	return 0;

class_err:
	class_compat_unregister(i2c_adapter_compat_class);
bus_err:
	debugfs_remove_recursive(i2c_debugfs_root);
	is_registered = false;
	bus_unregister(&i2c_bus_type);
	return retval;
}
/* Early: subsystems register i2c drivers from subsys_initcall on. */
postcore_initcall(i2c_init);

/* A suspended adapter refuses transfers, and says so once. */
int __i2c_check_suspended(struct i2c_adapter *adap)
{
	if (test_bit(I2C_ALF_IS_SUSPENDED, &adap->locked_flags)) {
		if (!test_and_set_bit(I2C_ALF_SUSPEND_REPORTED,
				      &adap->locked_flags))
			WARN(1, "Transfer while suspended\n");
		return -ESHUTDOWN;
	}
	return 0;
}

/* The caller holds the bus; master_xfer is not checked here. */
int __i2c_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	unsigned long orig_jiffies;
	int ret, try;

	if (WARN_ON(!msgs || num < 1))
		return -EINVAL;
	ret = __i2c_check_suspended(adap);
	if (ret)
		return ret;
	/* Retry on arbitration loss, within the adapter's timeout. */
	orig_jiffies = jiffies;
	for (ret = 0, try = 0; try <= adap->retries; try++) {
		ret = adap->algo->master_xfer(adap, msgs, num);
		if (ret != -EAGAIN)
			break;
		if ((long)(jiffies - (orig_jiffies + adap->timeout)) > 0)
			break;
	}
	return ret;
}
EXPORT_SYMBOL(__i2c_transfer);

/* In atomic context the bus can only be tried, not waited for. */
int __i2c_lock_bus_helper(struct i2c_adapter *adap)
{
	if (in_atomic() || irqs_disabled()) {
		WARN(!adap->algo->master_xfer_atomic &&
		     !adap->algo->smbus_xfer_atomic,
		     "No atomic I2C transfer handler for '%s'\n",
		     dev_name(&adap->dev));
		return i2c_trylock_bus(adap, I2C_LOCK_SEGMENT) ? 0 : -EAGAIN;
	}
	i2c_lock_bus(adap, I2C_LOCK_SEGMENT);
	return 0;
}

int i2c_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	int ret;

	if (!adap->algo->master_xfer)
		return -EOPNOTSUPP;	/* Linux says so only with dev_dbg */
	ret = __i2c_lock_bus_helper(adap);
	if (ret)
		return ret;
	ret = __i2c_transfer(adap, msgs, num);
	i2c_unlock_bus(adap, I2C_LOCK_SEGMENT);
	return ret;
}
EXPORT_SYMBOL(i2c_transfer);

/* One message to or from the client: the bytes moved, or an error. */
int i2c_transfer_buffer_flags(const struct i2c_client *client, char *buf,
			      int count, u16 flags)
{
	struct i2c_msg msg = {
		.addr = client->addr,
		.flags = flags | (client->flags & I2C_M_TEN),
		.len = count,
		.buf = (u8 *)buf,
	};
	int ret;

	ret = i2c_transfer(client->adapter, &msg, 1);
	return ret == 1 ? count : ret;
}
EXPORT_SYMBOL(i2c_transfer_buffer_flags);

struct i2c_adapter *i2c_get_adapter(int nr)
{
	struct i2c_adapter *adapter;

	mutex_lock(&core_lock);
	adapter = idr_find(&i2c_adapter_idr, nr);
	if (adapter) {
		if (try_module_get(adapter->owner))
			get_device(&adapter->dev);
		else
			adapter = NULL;
	}
	mutex_unlock(&core_lock);
	return adapter;
}
EXPORT_SYMBOL(i2c_get_adapter);

void i2c_put_adapter(struct i2c_adapter *adap)
{
	if (!adap)
		return;
	module_put(adap->owner);
	put_device(&adap->dev);	/* last: it may free adap */
}
EXPORT_SYMBOL(i2c_put_adapter);
