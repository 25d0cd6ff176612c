// SPDX-License-Identifier: GPL-2.0
/*
 * SMBus over the I2C core, as Linux 6.1's i2c-core-smbus.c: an adapter's
 * own smbus_xfer when it has one (falling back when it refuses a
 * transaction), else each transaction emulated as one or two plain I2C
 * messages, with Packet Error Checking for clients that ask for it.
 */
#include <linux/kernel.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/i2c.h>
#include <linux/jiffies.h>
#include <linux/slab.h>
#include <linux/string.h>

/* CRC-8 with polynomial x^8 + x^2 + x + 1, a byte at a time. */
#define POLY	(0x1070U << 3)
static u8 crc8(u16 data)
{
	int i;

	for (i = 0; i < 8; i++) {
		if (data & 0x8000)
			data = data ^ POLY;
		data = data << 1;
	}
	return (u8)(data >> 8);
}

u8 i2c_smbus_pec(u8 crc, u8 *p, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		crc = crc8((crc ^ p[i]) << 8);
	return crc;
}
EXPORT_SYMBOL(i2c_smbus_pec);

/* The PEC covers the address byte, then the data (7-bit addresses). */
static u8 i2c_smbus_msg_pec(u8 pec, struct i2c_msg *msg)
{
	u8 addr = i2c_8bit_addr_from_msg(msg);

	pec = i2c_smbus_pec(pec, &addr, 1);
	return i2c_smbus_pec(pec, msg->buf, msg->len);
}

static void i2c_smbus_add_pec(struct i2c_msg *msg)
{
	msg->buf[msg->len] = i2c_smbus_msg_pec(0, msg);
	msg->len++;
}

static int i2c_smbus_check_pec(u8 cpec, struct i2c_msg *msg)
{
	u8 rpec = msg->buf[--msg->len];

	cpec = i2c_smbus_msg_pec(cpec, msg);
	return rpec != cpec ? -EBADMSG : 0;	/* Linux: pr_debug only */
}

s32 i2c_smbus_read_byte(const struct i2c_client *client)
{
	union i2c_smbus_data data;
	int status;

	status = i2c_smbus_xfer(client->adapter, client->addr, client->flags,
				I2C_SMBUS_READ, 0, I2C_SMBUS_BYTE, &data);
	return status < 0 ? status : data.byte;
}
EXPORT_SYMBOL(i2c_smbus_read_byte);

s32 i2c_smbus_write_byte(const struct i2c_client *client, u8 value)
{
	return i2c_smbus_xfer(client->adapter, client->addr, client->flags,
			      I2C_SMBUS_WRITE, value, I2C_SMBUS_BYTE, NULL);
}
EXPORT_SYMBOL(i2c_smbus_write_byte);

s32 i2c_smbus_read_byte_data(const struct i2c_client *client, u8 command)
{
	union i2c_smbus_data data;
	int status;

	status = i2c_smbus_xfer(client->adapter, client->addr, client->flags,
				I2C_SMBUS_READ, command, I2C_SMBUS_BYTE_DATA,
				&data);
	return status < 0 ? status : data.byte;
}
EXPORT_SYMBOL(i2c_smbus_read_byte_data);

s32 i2c_smbus_write_byte_data(const struct i2c_client *client, u8 command,
			      u8 value)
{
	union i2c_smbus_data data = { .byte = value };

	return i2c_smbus_xfer(client->adapter, client->addr, client->flags,
			      I2C_SMBUS_WRITE, command, I2C_SMBUS_BYTE_DATA,
			      &data);
}
EXPORT_SYMBOL(i2c_smbus_write_byte_data);

s32 i2c_smbus_read_word_data(const struct i2c_client *client, u8 command)
{
	union i2c_smbus_data data;
	int status;

	status = i2c_smbus_xfer(client->adapter, client->addr, client->flags,
				I2C_SMBUS_READ, command, I2C_SMBUS_WORD_DATA,
				&data);
	return status < 0 ? status : data.word;
}
EXPORT_SYMBOL(i2c_smbus_read_word_data);

s32 i2c_smbus_write_word_data(const struct i2c_client *client, u8 command,
			      u16 value)
{
	union i2c_smbus_data data = { .word = value };

	return i2c_smbus_xfer(client->adapter, client->addr, client->flags,
			      I2C_SMBUS_WRITE, command, I2C_SMBUS_WORD_DATA,
			      &data);
}
EXPORT_SYMBOL(i2c_smbus_write_word_data);

/* The bytes read (the device says how many), or an error. */
s32 i2c_smbus_read_block_data(const struct i2c_client *client, u8 command,
			      u8 *values)
{
	union i2c_smbus_data data;
	int status;

	status = i2c_smbus_xfer(client->adapter, client->addr, client->flags,
				I2C_SMBUS_READ, command, I2C_SMBUS_BLOCK_DATA,
				&data);
	if (status)
		return status;
	memcpy(values, &data.block[1], data.block[0]);
	return data.block[0];
}
EXPORT_SYMBOL(i2c_smbus_read_block_data);

s32 i2c_smbus_write_block_data(const struct i2c_client *client, u8 command,
			       u8 length, const u8 *values)
{
	union i2c_smbus_data data;

	if (length > I2C_SMBUS_BLOCK_MAX)
		length = I2C_SMBUS_BLOCK_MAX;
	data.block[0] = length;
	memcpy(&data.block[1], values, length);
	return i2c_smbus_xfer(client->adapter, client->addr, client->flags,
			      I2C_SMBUS_WRITE, command, I2C_SMBUS_BLOCK_DATA,
			      &data);
}
EXPORT_SYMBOL(i2c_smbus_write_block_data);

s32 i2c_smbus_read_i2c_block_data(const struct i2c_client *client, u8 command,
				  u8 length, u8 *values)
{
	union i2c_smbus_data data;
	int status;

	if (length > I2C_SMBUS_BLOCK_MAX)
		length = I2C_SMBUS_BLOCK_MAX;
	data.block[0] = length;
	status = i2c_smbus_xfer(client->adapter, client->addr, client->flags,
				I2C_SMBUS_READ, command,
				I2C_SMBUS_I2C_BLOCK_DATA, &data);
	if (status < 0)
		return status;
	memcpy(values, &data.block[1], data.block[0]);
	return data.block[0];
}
EXPORT_SYMBOL(i2c_smbus_read_i2c_block_data);

s32 i2c_smbus_write_i2c_block_data(const struct i2c_client *client, u8 command,
				   u8 length, const u8 *values)
{
	union i2c_smbus_data data;

	if (length > I2C_SMBUS_BLOCK_MAX)
		length = I2C_SMBUS_BLOCK_MAX;
	data.block[0] = length;
	memcpy(data.block + 1, values, length);
	return i2c_smbus_xfer(client->adapter, client->addr, client->flags,
			      I2C_SMBUS_WRITE, command,
			      I2C_SMBUS_I2C_BLOCK_DATA, &data);
}
EXPORT_SYMBOL(i2c_smbus_write_i2c_block_data);

/* Block transfers get a buffer of their own (DMA-safe in Linux). */
static void i2c_smbus_try_get_dmabuf(struct i2c_msg *msg, u8 init_val)
{
	bool is_read = msg->flags & I2C_M_RD;
	u8 *dma_buf;

	dma_buf = kzalloc(I2C_SMBUS_BLOCK_MAX + (is_read ? 2 : 3), GFP_KERNEL);
	if (!dma_buf)
		return;
	msg->buf = dma_buf;
	msg->flags |= I2C_M_DMA_SAFE;
	if (init_val)
		msg->buf[0] = init_val;
}

/* Lay out the messages of one transaction; returns how many, or -errno. */
static int i2c_smbus_build_msgs(struct i2c_adapter *adapter,
				struct i2c_msg *msg, char *read_write,
				u8 command, int size,
				union i2c_smbus_data *data)
{
	int nmsgs = *read_write == I2C_SMBUS_READ ? 2 : 1;
	unsigned short flags = msg[0].flags;

	msg[0].buf[0] = command;
	switch (size) {
	case I2C_SMBUS_QUICK:
		/* The read/write bit is the data. */
		msg[0].len = 0;
		msg[0].flags = flags | (*read_write == I2C_SMBUS_READ ?
					I2C_M_RD : 0);
		return 1;
	case I2C_SMBUS_BYTE:
		if (*read_write == I2C_SMBUS_READ) {
			msg[0].flags = I2C_M_RD | flags;	/* only a read */
			return 1;
		}
		return nmsgs;
	case I2C_SMBUS_BYTE_DATA:
		if (*read_write == I2C_SMBUS_READ) {
			msg[1].len = 1;
		} else {
			msg[0].len = 2;
			msg[0].buf[1] = data->byte;
		}
		return nmsgs;
	case I2C_SMBUS_WORD_DATA:
		if (*read_write == I2C_SMBUS_READ) {
			msg[1].len = 2;
		} else {
			msg[0].len = 3;
			msg[0].buf[1] = data->word & 0xff;
			msg[0].buf[2] = data->word >> 8;
		}
		return nmsgs;
	case I2C_SMBUS_PROC_CALL:
		*read_write = I2C_SMBUS_READ;
		msg[0].len = 3;
		msg[1].len = 2;
		msg[0].buf[1] = data->word & 0xff;
		msg[0].buf[2] = data->word >> 8;
		return 2;
	case I2C_SMBUS_BLOCK_DATA:
		if (*read_write == I2C_SMBUS_READ) {
			/* The bus driver adds the length the device sends. */
			msg[1].flags |= I2C_M_RECV_LEN;
			msg[1].len = 1;
			i2c_smbus_try_get_dmabuf(&msg[1], 0);
			return nmsgs;
		}
		msg[0].len = data->block[0] + 2;
		if (msg[0].len > I2C_SMBUS_BLOCK_MAX + 2) {
			dev_err(&adapter->dev, "Invalid block write size %d\n",
				data->block[0]);
			return -EINVAL;
		}
		i2c_smbus_try_get_dmabuf(&msg[0], command);
		memcpy(msg[0].buf + 1, data->block, msg[0].len - 1);
		return nmsgs;
	case I2C_SMBUS_BLOCK_PROC_CALL:
		*read_write = I2C_SMBUS_READ;
		if (data->block[0] > I2C_SMBUS_BLOCK_MAX) {
			dev_err(&adapter->dev,
				"Invalid block write size %d\n",
				data->block[0]);
			return -EINVAL;
		}
		msg[0].len = data->block[0] + 2;
		i2c_smbus_try_get_dmabuf(&msg[0], command);
		memcpy(msg[0].buf + 1, data->block, msg[0].len - 1);
		msg[1].flags |= I2C_M_RECV_LEN;
		msg[1].len = 1;
		i2c_smbus_try_get_dmabuf(&msg[1], 0);
		return 2;
	case I2C_SMBUS_I2C_BLOCK_DATA:
		if (data->block[0] > I2C_SMBUS_BLOCK_MAX) {
			dev_err(&adapter->dev, "Invalid block %s size %d\n",
				*read_write == I2C_SMBUS_READ ? "read" : "write",
				data->block[0]);
			return -EINVAL;
		}
		if (*read_write == I2C_SMBUS_READ) {
			msg[1].len = data->block[0];
			i2c_smbus_try_get_dmabuf(&msg[1], 0);
		} else {
			msg[0].len = data->block[0] + 1;
			i2c_smbus_try_get_dmabuf(&msg[0], command);
			memcpy(msg[0].buf + 1, data->block + 1, data->block[0]);
		}
		return nmsgs;
	default:
		dev_err(&adapter->dev, "Unsupported transaction %d\n", size);
		return -EOPNOTSUPP;
	}
}

/* Hand what was read back in data's form. */
static int i2c_smbus_unpack(struct i2c_adapter *adapter, struct i2c_msg *msg,
			    int size, union i2c_smbus_data *data)
{
	switch (size) {
	case I2C_SMBUS_BYTE:
		data->byte = msg[0].buf[0];
		break;
	case I2C_SMBUS_BYTE_DATA:
		data->byte = msg[1].buf[0];
		break;
	case I2C_SMBUS_WORD_DATA:
	case I2C_SMBUS_PROC_CALL:
		data->word = msg[1].buf[0] | (msg[1].buf[1] << 8);
		break;
	case I2C_SMBUS_I2C_BLOCK_DATA:
		memcpy(data->block + 1, msg[1].buf, data->block[0]);
		break;
	case I2C_SMBUS_BLOCK_DATA:
	case I2C_SMBUS_BLOCK_PROC_CALL:
		if (msg[1].buf[0] > I2C_SMBUS_BLOCK_MAX) {
			dev_err(&adapter->dev,
				"Invalid block size returned: %d\n",
				msg[1].buf[0]);
			return -EPROTO;
		}
		memcpy(data->block, msg[1].buf, msg[1].buf[0] + 1);
		break;
	}
	return 0;
}

static s32 i2c_smbus_xfer_emulated(struct i2c_adapter *adapter, u16 addr,
				   unsigned short flags, char read_write,
				   u8 command, int size,
				   union i2c_smbus_data *data)
{
	u8 msgbuf0[I2C_SMBUS_BLOCK_MAX + 3];
	u8 msgbuf1[I2C_SMBUS_BLOCK_MAX + 2];
	struct i2c_msg msg[2] = {
		{ .addr = addr, .flags = flags, .len = 1, .buf = msgbuf0 },
		{ .addr = addr, .flags = flags | I2C_M_RD, .len = 0,
		  .buf = msgbuf1 },
	};
	bool wants_pec = (flags & I2C_CLIENT_PEC) && size != I2C_SMBUS_QUICK &&
			 size != I2C_SMBUS_I2C_BLOCK_DATA;
	u8 partial_pec = 0;
	int nmsgs, status;

	nmsgs = i2c_smbus_build_msgs(adapter, msg, &read_write, command, size,
				     data);
	if (nmsgs < 0)
		return nmsgs;
	if (wants_pec) {
		/* A write first: its PEC is sent, or begins the read's. */
		if (!(msg[0].flags & I2C_M_RD)) {
			if (nmsgs == 1)
				i2c_smbus_add_pec(&msg[0]);
			else
				partial_pec = i2c_smbus_msg_pec(0, &msg[0]);
		}
		if (msg[nmsgs - 1].flags & I2C_M_RD)
			msg[nmsgs - 1].len++;	/* the device's PEC byte */
	}
	status = __i2c_transfer(adapter, msg, nmsgs);
	if (status < 0)
		goto cleanup;
	if (status != nmsgs) {
		status = -EIO;
		goto cleanup;
	}
	status = 0;
	if (wants_pec && (msg[nmsgs - 1].flags & I2C_M_RD)) {
		status = i2c_smbus_check_pec(partial_pec, &msg[nmsgs - 1]);
		if (status < 0)
			goto cleanup;
	}
	if (read_write == I2C_SMBUS_READ)
		status = i2c_smbus_unpack(adapter, msg, size, data);
cleanup:
	if (msg[0].flags & I2C_M_DMA_SAFE)
		kfree(msg[0].buf);
	if (msg[1].flags & I2C_M_DMA_SAFE)
		kfree(msg[1].buf);
	return status;
}

s32 i2c_smbus_xfer(struct i2c_adapter *adapter, u16 addr, unsigned short flags,
		   char read_write, u8 command, int protocol,
		   union i2c_smbus_data *data)
{
	s32 res;

	res = __i2c_lock_bus_helper(adapter);
	if (res)
		return res;
	res = __i2c_smbus_xfer(adapter, addr, flags, read_write, command,
			       protocol, data);
	i2c_unlock_bus(adapter, I2C_LOCK_SEGMENT);
	return res;
}
EXPORT_SYMBOL(i2c_smbus_xfer);

/* The caller holds the bus. */
s32 __i2c_smbus_xfer(struct i2c_adapter *adapter, u16 addr,
		     unsigned short flags, char read_write, u8 command,
		     int protocol, union i2c_smbus_data *data)
{
	unsigned long orig_jiffies;
	int try;
	s32 res;

	res = __i2c_check_suspended(adapter);
	if (res)
		return res;
	flags &= I2C_M_TEN | I2C_CLIENT_PEC | I2C_CLIENT_SCCB;
	if (adapter->algo->smbus_xfer) {
		/* Retry on arbitration loss, within the adapter's timeout. */
		orig_jiffies = jiffies;
		for (res = 0, try = 0; try <= adapter->retries; try++) {
			res = adapter->algo->smbus_xfer(adapter, addr, flags,
							read_write, command,
							protocol, data);
			if (res != -EAGAIN)
				break;
			if ((long)(jiffies - (orig_jiffies + adapter->timeout)) > 0)
				break;
		}
		/* Emulated if the adapter refuses it and can do plain I2C. */
		if (res != -EOPNOTSUPP || !adapter->algo->master_xfer)
			return res;
	}
	return i2c_smbus_xfer_emulated(adapter, addr, flags, read_write,
				       command, protocol, data);
}
EXPORT_SYMBOL(__i2c_smbus_xfer);
