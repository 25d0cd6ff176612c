/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The I2C core's structures in Debian's layout (modules reach into
 * adapters, clients and drivers inline) and what it exports.
 */
#ifndef _LINUX_I2C_H
#define _LINUX_I2C_H

#include <linux/bitops.h>
#include <linux/completion.h>
#include <linux/device.h>
#include <linux/list.h>
#include <linux/mod_devicetable.h>
#include <linux/mutex.h>
#include <linux/rtmutex.h>

struct i2c_adapter;
struct i2c_client;
struct i2c_board_info;
union i2c_smbus_data;

/* One message of a transfer (uapi's struct i2c_msg). */
struct i2c_msg {
	u16 addr;
	u16 flags;
#define I2C_M_RD		0x0001
#define I2C_M_TEN		0x0010
#define I2C_M_DMA_SAFE		0x0200
#define I2C_M_RECV_LEN		0x0400
#define I2C_M_NO_RD_ACK		0x0800
#define I2C_M_IGNORE_NAK	0x1000
#define I2C_M_REV_DIR_ADDR	0x2000
#define I2C_M_NOSTART		0x4000
#define I2C_M_STOP		0x8000
	u16 len;
	u8 *buf;
};

#define I2C_FUNC_I2C			0x00000001
#define I2C_FUNC_SMBUS_QUICK		0x00010000
#define I2C_FUNC_SMBUS_READ_BYTE	0x00020000
#define I2C_FUNC_SMBUS_HOST_NOTIFY	0x10000000

/* SMBus transactions (uapi's union i2c_smbus_data and numbers). */
#define I2C_SMBUS_BLOCK_MAX	32
union i2c_smbus_data {
	u8 byte;
	u16 word;
	u8 block[I2C_SMBUS_BLOCK_MAX + 2];	/* block[0]: the length */
};

#define I2C_SMBUS_READ			1
#define I2C_SMBUS_WRITE			0
#define I2C_SMBUS_QUICK			0
#define I2C_SMBUS_BYTE			1
#define I2C_SMBUS_BYTE_DATA		2
#define I2C_SMBUS_WORD_DATA		3
#define I2C_SMBUS_PROC_CALL		4
#define I2C_SMBUS_BLOCK_DATA		5
#define I2C_SMBUS_I2C_BLOCK_BROKEN	6
#define I2C_SMBUS_BLOCK_PROC_CALL	7
#define I2C_SMBUS_I2C_BLOCK_DATA	8

#define I2C_CLASS_DEPRECATED	(1 << 8)
#define I2C_CLIENT_END		0xfffeU

struct i2c_algorithm {
	int (*master_xfer)(struct i2c_adapter *adap, struct i2c_msg *msgs,
			   int num);
	int (*master_xfer_atomic)(struct i2c_adapter *adap,
				  struct i2c_msg *msgs, int num);
	int (*smbus_xfer)(struct i2c_adapter *adap, u16 addr,
			  unsigned short flags, char read_write,
			  u8 command, int size, union i2c_smbus_data *data);
	int (*smbus_xfer_atomic)(struct i2c_adapter *adap, u16 addr,
				 unsigned short flags, char read_write,
				 u8 command, int size,
				 union i2c_smbus_data *data);
	u32 (*functionality)(struct i2c_adapter *adap);
	int (*reg_slave)(struct i2c_client *client);	/* CONFIG_I2C_SLAVE */
	int (*unreg_slave)(struct i2c_client *client);
};

#define I2C_LOCK_ROOT_ADAPTER	BIT(0)
#define I2C_LOCK_SEGMENT	BIT(1)

struct i2c_lock_operations {
	void (*lock_bus)(struct i2c_adapter *adapter, unsigned int flags);
	int (*trylock_bus)(struct i2c_adapter *adapter, unsigned int flags);
	void (*unlock_bus)(struct i2c_adapter *adapter, unsigned int flags);
};

struct i2c_adapter {
	struct module *owner;
	unsigned int class;
	const struct i2c_algorithm *algo;
	void *algo_data;
	const struct i2c_lock_operations *lock_ops;
	struct rt_mutex bus_lock;
	struct rt_mutex mux_lock;
	int timeout;			/* jiffies */
	int retries;
	struct device dev;
	unsigned long locked_flags;
#define I2C_ALF_IS_SUSPENDED		0
#define I2C_ALF_SUSPEND_REPORTED	1
	int nr;
	char name[48];
	struct completion dev_released;
	struct mutex userspace_clients_lock;
	struct list_head userspace_clients;
	void *bus_recovery_info;
	const void *quirks;
	void *host_notify_domain;
	void *bus_regulator;
	struct dentry *debugfs;
	unsigned long addrs_in_instantiation[BITS_TO_LONGS(1 << 7)];
};
#define to_i2c_adapter(d) container_of(d, struct i2c_adapter, dev)

#define I2C_CLIENT_PEC		0x04
#define I2C_CLIENT_TEN		0x10
#define I2C_CLIENT_SLAVE	0x20
#define I2C_CLIENT_HOST_NOTIFY	0x40
#define I2C_CLIENT_WAKE		0x80
#define I2C_CLIENT_SCCB		0x9000

struct i2c_client {
	unsigned short flags;
	unsigned short addr;		/* 7-bit addresses in the low bits */
	char name[I2C_NAME_SIZE];
	struct i2c_adapter *adapter;
	struct device dev;
	int init_irq;
	int irq;
	struct list_head detected;
	void *slave_cb;			/* CONFIG_I2C_SLAVE */
	void *devres_group_id;
};
#define to_i2c_client(d) container_of(d, struct i2c_client, dev)

struct i2c_board_info {
	char type[I2C_NAME_SIZE];
	unsigned short flags;
	unsigned short addr;
	const char *dev_name;
	void *platform_data;
	struct device_node *of_node;
	struct fwnode_handle *fwnode;
	const void *swnode;
	const struct resource *resources;
	unsigned int num_resources;
	int irq;
};

#define I2C_BOARD_INFO(dev_type, dev_addr) \
	.type = dev_type, .addr = (dev_addr)

struct i2c_driver {
	unsigned int class;
	int (*probe)(struct i2c_client *client, const struct i2c_device_id *id);
	void (*remove)(struct i2c_client *client);
	int (*probe_new)(struct i2c_client *client);
	void (*shutdown)(struct i2c_client *client);
	void (*alert)(struct i2c_client *client, int protocol,
		      unsigned int data);
	int (*command)(struct i2c_client *client, unsigned int cmd, void *arg);
	struct device_driver driver;
	const struct i2c_device_id *id_table;
	int (*detect)(struct i2c_client *client, struct i2c_board_info *info);
	const unsigned short *address_list;
	struct list_head clients;
	u32 flags;
};
#define to_i2c_driver(d) container_of(d, struct i2c_driver, driver)

extern struct bus_type i2c_bus_type;
extern struct device_type i2c_adapter_type;
extern struct device_type i2c_client_type;

static inline int i2c_adapter_id(struct i2c_adapter *adap)
{
	return adap->nr;
}

static inline void i2c_lock_bus(struct i2c_adapter *adap, unsigned int flags)
{
	adap->lock_ops->lock_bus(adap, flags);
}

static inline int i2c_trylock_bus(struct i2c_adapter *adap,
				  unsigned int flags)
{
	return adap->lock_ops->trylock_bus(adap, flags);
}

static inline void i2c_unlock_bus(struct i2c_adapter *adap,
				  unsigned int flags)
{
	adap->lock_ops->unlock_bus(adap, flags);
}

struct i2c_client *i2c_verify_client(struct device *dev);
struct i2c_adapter *i2c_verify_adapter(struct device *dev);
const struct i2c_device_id *i2c_match_id(const struct i2c_device_id *id,
					 const struct i2c_client *client);
const struct of_device_id *i2c_of_match_device(const struct of_device_id *matches,
					       struct i2c_client *client);
struct i2c_client *i2c_new_client_device(struct i2c_adapter *adap,
					 struct i2c_board_info const *info);
struct i2c_client *i2c_new_dummy_device(struct i2c_adapter *adapter,
					u16 address);
void i2c_unregister_device(struct i2c_client *client);
int i2c_add_adapter(struct i2c_adapter *adap);
int i2c_add_numbered_adapter(struct i2c_adapter *adap);
void i2c_del_adapter(struct i2c_adapter *adap);
int i2c_register_driver(struct module *owner, struct i2c_driver *driver);
void i2c_del_driver(struct i2c_driver *driver);
int __i2c_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num);
int i2c_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num);
int i2c_transfer_buffer_flags(const struct i2c_client *client, char *buf,
			      int count, u16 flags);
static inline u32 i2c_get_functionality(struct i2c_adapter *adap)
{
	return adap->algo->functionality(adap);
}

static inline int i2c_check_functionality(struct i2c_adapter *adap, u32 func)
{
	return (func & i2c_get_functionality(adap)) == func;
}

static inline u8 i2c_8bit_addr_from_msg(const struct i2c_msg *msg)
{
	return (msg->addr << 1) | (msg->flags & I2C_M_RD);
}

int __i2c_lock_bus_helper(struct i2c_adapter *adap);
int __i2c_check_suspended(struct i2c_adapter *adap);
int i2c_check_addr_busy(struct i2c_adapter *adapter, int addr);
s32 i2c_smbus_xfer(struct i2c_adapter *adapter, u16 addr, unsigned short flags,
		   char read_write, u8 command, int protocol,
		   union i2c_smbus_data *data);
s32 __i2c_smbus_xfer(struct i2c_adapter *adapter, u16 addr,
		     unsigned short flags, char read_write, u8 command,
		     int protocol, union i2c_smbus_data *data);
struct i2c_adapter *i2c_get_adapter(int nr);
void i2c_put_adapter(struct i2c_adapter *adap);

#endif
