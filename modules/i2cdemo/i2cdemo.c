// SPDX-License-Identifier: GPL-2.0
/*
 * A software I2C bus with one chip on it, through the I2C core: an adapter
 * whose algorithm serves a 256-byte register file at 0x50 (as i2c-stub
 * does; other addresses do not answer), a second adapter that cannot do
 * plain I2C, a driver matched by its id_table, a client made for it, and
 * a sensor driver whose detect() finds its chip by probing addresses.
 * dev_dbg() lines show with dyndbg=+p.
 */
#include <linux/module.h>
#include <linux/i2c.h>
#include <linux/slab.h>
#include <linux/firmware.h>

#define CHIP_ADDR	0x50
#define CHIP_SPARE	0x58	/* a second address the chip answers on */
#define SENSOR_ADDR	0x2d	/* a chip found by probing, not declared */

static char *firmware;
module_param(firmware, charp, 0444);
MODULE_PARM_DESC(firmware, "a file the chip loads when it probes");

static u8 regs[256];
static u8 reg_ptr;

/* A write sets the register pointer, then fills; a read reads on from it. */
static int demo_xfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	int i, j;

	for (i = 0; i < num; i++) {
		struct i2c_msg *m = &msgs[i];

		if (m->addr != CHIP_ADDR && m->addr != CHIP_SPARE &&
		    m->addr != SENSOR_ADDR)
			return -ENXIO;
		if (m->flags & I2C_M_RD) {
			for (j = 0; j < m->len; j++)
				m->buf[j] = regs[reg_ptr++];
			continue;
		}
		if (m->len)
			reg_ptr = m->buf[0];
		for (j = 1; j < m->len; j++)
			regs[reg_ptr++] = m->buf[j];
	}
	return num;
}

static u32 demo_func(struct i2c_adapter *adap)
{
	return I2C_FUNC_I2C | I2C_FUNC_SMBUS_QUICK | I2C_FUNC_SMBUS_READ_BYTE;
}

static const struct i2c_algorithm demo_algo = {
	.master_xfer	= demo_xfer,
	.functionality	= demo_func,
};

static const struct i2c_algorithm smbus_only_algo = {
	.functionality	= demo_func,
};

static struct i2c_adapter demo_adapter = {
	.owner	= THIS_MODULE,
	.class	= I2C_CLASS_HWMON,	/* so drivers' detect() probes it */
	.algo	= &demo_algo,
	.name	= "i2cdemo adapter",
};

static struct i2c_adapter quiet_adapter = {
	.owner	= THIS_MODULE,
	.algo	= &smbus_only_algo,
	.name	= "i2cdemo no-xfer adapter",
};

struct demo_chip {
	struct i2c_client *spare;
};

static int demo_read_reg(struct i2c_client *client, u8 reg, u8 *val)
{
	struct i2c_msg msgs[2] = {
		{ .addr = client->addr, .len = 1, .buf = &reg },
		{ .addr = client->addr, .flags = I2C_M_RD, .len = 1, .buf = val },
	};
	int ret = i2c_transfer(client->adapter, msgs, 2);

	return ret == 2 ? 0 : ret < 0 ? ret : -EIO;
}

/* What request_firmware() finds, said and given back. */
static void demo_load_firmware(struct i2c_client *client)
{
	const struct firmware *fw;
	int ret;

	ret = request_firmware(&fw, firmware, &client->dev);
	if (ret) {
		dev_info(&client->dev, "no firmware %s: %d (%p)\n", firmware,
			 ret, fw);
		return;
	}
	dev_info(&client->dev, "firmware %s: %zu bytes: %*ph\n", firmware,
		 fw->size, (int)min_t(size_t, fw->size, 16), fw->data);
	release_firmware(fw);
}

static int demo_probe(struct i2c_client *client, const struct i2c_device_id *id)
{
	char buf[3] = { 0x10, 0xab, 0xcd };
	struct demo_chip *chip;
	u8 val;
	int ret;

	dev_dbg(&client->dev, "probe %s at 0x%02x (%lu)\n", id->name,
		client->addr, id->driver_data);
	ret = demo_read_reg(client, 0x10, &val);
	if (ret)
		return ret;	/* no chip at this address */
	ret = i2c_transfer_buffer_flags(client, buf, 3, 0);
	dev_info(&client->dev, "reg 0x10 was 0x%02x, wrote %d bytes\n",
		 val, ret);
	ret = demo_read_reg(client, 0x11, &val);
	if (ret)
		return ret;
	dev_info(&client->dev, "reg 0x11 now 0x%02x\n", val);
	ret = i2c_smbus_write_byte_data(client, 0x20, 0x34);
	if (ret)
		return ret;
	ret = i2c_smbus_write_byte_data(client, 0x21, 0x12);
	if (ret)
		return ret;
	dev_info(&client->dev, "smbus word 0x20: 0x%04x, byte 0x21: 0x%02x\n",
		 i2c_smbus_read_word_data(client, 0x20),
		 i2c_smbus_read_byte_data(client, 0x21));
	chip = devm_kzalloc(&client->dev, sizeof(*chip), GFP_KERNEL);
	if (!chip)
		return -ENOMEM;
	chip->spare = i2c_new_dummy_device(client->adapter, CHIP_SPARE);
	if (IS_ERR(chip->spare))
		return PTR_ERR(chip->spare);
	i2c_set_clientdata(client, chip);
	if (firmware)
		demo_load_firmware(client);
	return 0;
}

static void demo_remove(struct i2c_client *client)
{
	struct demo_chip *chip = i2c_get_clientdata(client);

	dev_dbg(&client->dev, "remove\n");
	i2c_unregister_device(chip->spare);
}

static const struct i2c_device_id demo_ids[] = {
	{ "i2cdemo-chip", 7 },
	{ }
};
MODULE_DEVICE_TABLE(i2c, demo_ids);

static struct i2c_driver demo_driver = {
	.driver.name	= "i2cdemo",
	.probe		= demo_probe,
	.remove		= demo_remove,
	.id_table	= demo_ids,
};

/* The sensor: found by address probing on adapters of its class. */
static const unsigned short sensor_addrs[] = { 0x2c, SENSOR_ADDR, I2C_CLIENT_END };

static int sensor_detect(struct i2c_client *client, struct i2c_board_info *info)
{
	dev_dbg(&client->adapter->dev, "detect at 0x%02x\n", client->addr);
	strscpy(info->type, "i2cdemo-sensor", I2C_NAME_SIZE);
	return 0;
}

static int sensor_probe(struct i2c_client *client)
{
	dev_info(&client->dev, "sensor here, reads 0x%02x\n",
		 i2c_smbus_read_byte(client));
	return 0;
}

static const struct i2c_device_id sensor_ids[] = {
	{ "i2cdemo-sensor", 0 },
	{ }
};

static struct i2c_driver sensor_driver = {
	.class		= I2C_CLASS_HWMON,
	.driver.name	= "i2cdemo-sensor",
	.probe_new	= sensor_probe,
	.id_table	= sensor_ids,
	.detect		= sensor_detect,
	.address_list	= sensor_addrs,
};

static struct i2c_client *demo_client;

/* Writing N says N things, at most a burst of 10 every 5 s. */
static int noisy_set(const char *val, const struct kernel_param *kp)
{
	int i, n, ret;

	ret = kstrtoint(val, 0, &n);
	if (ret)
		return ret;
	for (i = 0; i < n; i++) {
		dev_warn_ratelimited(&demo_client->dev, "noisy %d\n", i);
		dev_dbg(NULL, "quietly %d\n", i);
	}
	return 0;
}

static const struct kernel_param_ops noisy_ops = {
	.set = noisy_set,
};
module_param_cb(noisy, &noisy_ops, NULL, 0200);

static int __init i2cdemo_init(void)
{
	struct i2c_board_info info = { I2C_BOARD_INFO("i2cdemo-chip", CHIP_ADDR) };
	struct i2c_adapter *adap;
	struct i2c_msg msg;
	u8 byte = 0;
	int ret;

	ret = i2c_add_adapter(&demo_adapter);
	if (ret)
		return ret;
	quiet_adapter.nr = 5;
	ret = i2c_add_numbered_adapter(&quiet_adapter);
	if (ret)
		goto del_demo;
	ret = i2c_add_driver(&demo_driver);
	if (ret)
		goto del_quiet;
	demo_client = i2c_new_client_device(&demo_adapter, &info);
	if (IS_ERR(demo_client)) {
		ret = PTR_ERR(demo_client);
		goto del_driver;
	}
	ret = i2c_add_driver(&sensor_driver);
	if (ret)
		goto del_client;
	dev_dbg(&demo_adapter.dev, "client %s bound: %s\n",
		dev_name(&demo_client->dev),
		demo_client->dev.driver ? "yes" : "no");

	msg = (struct i2c_msg){ .addr = 0x33, .flags = I2C_M_RD, .len = 1,
				.buf = &byte };
	pr_info("i2cdemo: nobody at 0x33: %d\n",
		i2c_transfer(&demo_adapter, &msg, 1));
	pr_info("i2cdemo: no plain I2C on %s: %d\n", quiet_adapter.name,
		i2c_transfer(&quiet_adapter, &msg, 1));
	adap = i2c_get_adapter(5);
	pr_info("i2cdemo: adapter 5 is %s, adapter 6 is %s\n",
		adap ? adap->name : "none",
		i2c_get_adapter(6) ? "there" : "none");
	i2c_put_adapter(adap);
	return 0;

del_client:
	i2c_unregister_device(demo_client);
del_driver:
	i2c_del_driver(&demo_driver);
del_quiet:
	i2c_del_adapter(&quiet_adapter);
del_demo:
	i2c_del_adapter(&demo_adapter);
	return ret;
}

static void __exit i2cdemo_exit(void)
{
	i2c_del_driver(&sensor_driver);
	i2c_unregister_device(demo_client);
	i2c_del_driver(&demo_driver);
	i2c_del_adapter(&quiet_adapter);
	i2c_del_adapter(&demo_adapter);
}

module_init(i2cdemo_init);
module_exit(i2cdemo_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A software I2C adapter, chip and driver");
