// SPDX-License-Identifier: GPL-2.0
/*
 * Random numbers, deterministic on purpose: a ChaCha20 keystream keyed
 * from the bootloader's /chosen/rng-seed (a fixed key when there is
 * none), so two boots with the same seed see the same bytes. Serves
 * getrandom(), /dev/random, /dev/urandom and AT_RANDOM.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/fs.h>
#include <linux/random.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#define GRND_NONBLOCK	0x0001
#define GRND_RANDOM	0x0002
#define GRND_INSECURE	0x0004

static u32 key[8] = {	/* "kobox fixed seed, no rng-seed..." */
	0x6f626f6b, 0x69662078, 0x20646578, 0x64656573,
	0x6f6e202c, 0x676e7220, 0x6565732d, 0x2e2e2e64,
};
static u64 counter;

#define ROTL32(v, n)	(((v) << (n)) | ((v) >> (32 - (n))))
#define QR(a, b, c, d)	(a += b, d ^= a, d = ROTL32(d, 16), \
			 c += d, b ^= c, b = ROTL32(b, 12), \
			 a += b, d ^= a, d = ROTL32(d, 8), \
			 c += d, b ^= c, b = ROTL32(b, 7))

static void chacha20_block(u32 out[16])
{
	u32 x[16];
	int i;

	out[0] = 0x61707865;	/* "expand 32-byte k" */
	out[1] = 0x3320646e;
	out[2] = 0x79622d32;
	out[3] = 0x6b206574;
	memcpy(&out[4], key, sizeof(key));
	out[12] = (u32)counter;
	out[13] = (u32)(counter >> 32);
	out[14] = out[15] = 0;
	counter++;
	memcpy(x, out, sizeof(x));
	for (i = 0; i < 10; i++) {
		QR(x[0], x[4], x[8], x[12]);
		QR(x[1], x[5], x[9], x[13]);
		QR(x[2], x[6], x[10], x[14]);
		QR(x[3], x[7], x[11], x[15]);
		QR(x[0], x[5], x[10], x[15]);
		QR(x[1], x[6], x[11], x[12]);
		QR(x[2], x[7], x[8], x[13]);
		QR(x[3], x[4], x[9], x[14]);
	}
	for (i = 0; i < 16; i++)
		out[i] += x[i];
}

/* Fast key erasure: every request first rekeys from the stream. */
void get_random_bytes(void *buf, size_t len)
{
	u32 block[16];
	u8 *p = buf;

	chacha20_block(block);
	memcpy(key, block, sizeof(key));
	while (len) {
		size_t n = min(len, sizeof(block));

		chacha20_block(block);
		memcpy(p, block, n);
		p += n;
		len -= n;
	}
	memset(block, 0, sizeof(block));
}
EXPORT_SYMBOL(get_random_bytes);

#define GET_RANDOM(type)				\
type get_random_##type(void)				\
{							\
	type v;						\
							\
	get_random_bytes(&v, sizeof(v));		\
	return v;					\
}							\
EXPORT_SYMBOL(get_random_##type)

GET_RANDOM(u8);
GET_RANDOM(u16);
GET_RANDOM(u32);
GET_RANDOM(u64);

/*
 * Uniform in [0, ceil): the high half of ceil * a random u32, drawing
 * again while the low half falls where the range would be uneven.
 */
u32 __get_random_u32_below(u32 ceil)
{
	u32 rand = get_random_u32();
	u64 mult = (u64)ceil * rand;

	if (!ceil)
		return rand;
	if ((u32)mult < ceil) {
		u32 bound = -ceil % ceil;

		while ((u32)mult < bound)
			mult = (u64)ceil * get_random_u32();
	}
	return mult >> 32;
}
EXPORT_SYMBOL(__get_random_u32_below);

/* The generator is seeded at boot: there is never anything to wait for. */
int wait_for_random_bytes(void)
{
	return 0;
}
EXPORT_SYMBOL(wait_for_random_bytes);

/*
 * Fold bytes into the key (byte i XORs key byte i mod 32): device data
 * (serial numbers, MAC addresses) as modules give it.
 */
void add_device_randomness(const void *buf, size_t len)
{
	const u8 *p = buf;
	u8 *k = (u8 *)key;
	size_t i;

	for (i = 0; i < len; i++)
		k[i % sizeof(key)] ^= p[i];
}
EXPORT_SYMBOL(add_device_randomness);

/* The bootloader's seed (or a write to /dev/random) restarts the stream. */
void add_bootloader_randomness(const void *buf, size_t len)
{
	add_device_randomness(buf, len);
	counter = 0;
}

static ssize_t get_random_to_user(char __user *buf, size_t count)
{
	u8 chunk[64];
	size_t done = 0;

	while (done < count) {
		size_t n = min(count - done, sizeof(chunk));

		get_random_bytes(chunk, n);
		if (copy_to_user(buf + done, chunk, n))
			return done ? done : -EFAULT;
		done += n;
	}
	return done;
}

SYSCALL_DEFINE3(getrandom, char __user *, ubuf, size_t, len, unsigned int, flags)
{
	if (flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE))
		return -EINVAL;
	if ((flags & (GRND_INSECURE | GRND_RANDOM)) == (GRND_INSECURE | GRND_RANDOM))
		return -EINVAL;
	if (len > INT_MAX)
		len = INT_MAX;
	return get_random_to_user(ubuf, len);
}

static ssize_t random_read(struct file *file, char __user *buf, size_t count,
			   loff_t *ppos)
{
	return get_random_to_user(buf, count);
}

static ssize_t random_write(struct file *file, const char __user *buf,
			    size_t count, loff_t *ppos)
{
	u8 chunk[64];
	size_t done = 0;

	while (done < count) {
		size_t n = min(count - done, sizeof(chunk));

		if (copy_from_user(chunk, buf + done, n))
			return done ? done : -EFAULT;
		add_bootloader_randomness(chunk, n);
		done += n;
	}
	return done;
}

const struct file_operations random_fops = {
	.read		= random_read,
	.write		= random_write,
	.llseek		= noop_llseek,
};

const struct file_operations urandom_fops = {
	.read		= random_read,
	.write		= random_write,
	.llseek		= noop_llseek,
};
