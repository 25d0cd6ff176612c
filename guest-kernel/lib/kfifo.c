// SPDX-License-Identifier: GPL-2.0
/*
 * kfifo: a ring of size (a power of two) elements of esize bytes, with
 * free-running in and out counters (their difference is the fill; the
 * mask maps them into the ring). The record variants (recsize 1 or 2)
 * keep, in a byte ring, each record's length before it.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kfifo.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

static bool is_power_of_2(unsigned long n)
{
	return n && !(n & (n - 1));
}

static unsigned int kfifo_unused(struct __kfifo *fifo)
{
	return (fifo->mask + 1) - (fifo->in - fifo->out);
}

int __kfifo_alloc(struct __kfifo *fifo, unsigned int size, size_t esize,
		  gfp_t gfp_mask)
{
	/* round up to the next power of two */
	if (size > 1 && !is_power_of_2(size))
		size = 1U << fls(size);
	fifo->in = 0;
	fifo->out = 0;
	fifo->esize = esize;
	fifo->mask = 0;
	fifo->data = NULL;
	if (size < 2)
		return -EINVAL;
	fifo->data = kmalloc(size * esize, gfp_mask);
	if (!fifo->data)
		return -ENOMEM;
	fifo->mask = size - 1;
	return 0;
}
EXPORT_SYMBOL(__kfifo_alloc);

void __kfifo_free(struct __kfifo *fifo)
{
	kfree(fifo->data);
	fifo->in = 0;
	fifo->out = 0;
	fifo->esize = 0;
	fifo->data = NULL;
	fifo->mask = 0;
}
EXPORT_SYMBOL(__kfifo_free);

/* A caller's buffer: the largest power of two elements that fit. */
int __kfifo_init(struct __kfifo *fifo, void *buffer, unsigned int size,
		 size_t esize)
{
	size /= esize;
	if (size > 1 && !is_power_of_2(size))
		size = 1U << (fls(size) - 1);
	fifo->in = 0;
	fifo->out = 0;
	fifo->esize = esize;
	fifo->data = buffer;
	fifo->mask = 0;
	if (size < 2)
		return -EINVAL;
	fifo->mask = size - 1;
	return 0;
}
EXPORT_SYMBOL(__kfifo_init);

/* Byte offset and length in the ring of len elements from counter pos. */
static void ring_span(struct __kfifo *fifo, unsigned int pos, unsigned int len,
		      unsigned int *off, unsigned int *first, unsigned int *bytes)
{
	unsigned int size = (fifo->mask + 1) * fifo->esize;

	*off = (pos & fifo->mask) * fifo->esize;
	*bytes = len * fifo->esize;
	*first = min(*bytes, size - *off);
}

static void copy_in(struct __kfifo *fifo, const void *src, unsigned int len,
		    unsigned int pos)
{
	unsigned int off, first, bytes;

	ring_span(fifo, pos, len, &off, &first, &bytes);
	memcpy(fifo->data + off, src, first);
	memcpy(fifo->data, src + first, bytes - first);
	__atomic_thread_fence(__ATOMIC_RELEASE);
}

static void copy_out(struct __kfifo *fifo, void *dst, unsigned int len,
		     unsigned int pos)
{
	unsigned int off, first, bytes;

	ring_span(fifo, pos, len, &off, &first, &bytes);
	memcpy(dst, fifo->data + off, first);
	memcpy(dst + first, fifo->data, bytes - first);
	__atomic_thread_fence(__ATOMIC_RELEASE);
}

unsigned int __kfifo_in(struct __kfifo *fifo, const void *buf,
			unsigned int len)
{
	len = min(len, kfifo_unused(fifo));
	copy_in(fifo, buf, len, fifo->in);
	fifo->in += len;
	return len;
}
EXPORT_SYMBOL(__kfifo_in);

unsigned int __kfifo_out_peek(struct __kfifo *fifo, void *buf,
			      unsigned int len)
{
	len = min(len, fifo->in - fifo->out);
	copy_out(fifo, buf, len, fifo->out);
	return len;
}
EXPORT_SYMBOL(__kfifo_out_peek);

unsigned int __kfifo_out(struct __kfifo *fifo, void *buf, unsigned int len)
{
	len = __kfifo_out_peek(fifo, buf, len);
	fifo->out += len;
	return len;
}
EXPORT_SYMBOL(__kfifo_out);

/*
 * User copies: len bytes at most (whole elements), *copied the bytes
 * copied; -EFAULT if user memory failed part way.
 */
static int user_copy(struct __kfifo *fifo, void __user *user,
		     unsigned long len, unsigned int pos, unsigned int *moved,
		     bool to_user)
{
	unsigned int off, first, bytes, n;
	unsigned long left;

	ring_span(fifo, pos, len, &off, &first, &bytes);
	if (to_user) {
		left = copy_to_user(user, fifo->data + off, first);
		if (!left)
			left = copy_to_user(user + first, fifo->data,
					    bytes - first);
		else
			left += bytes - first;
	} else {
		left = copy_from_user(fifo->data + off, user, first);
		if (!left)
			left = copy_from_user(fifo->data, user + first,
					      bytes - first);
		else
			left += bytes - first;
	}
	n = len - DIV_ROUND_UP(left, fifo->esize);
	*moved = n;
	return left ? -EFAULT : 0;
}

int __kfifo_from_user(struct __kfifo *fifo, const void __user *from,
		      unsigned long len, unsigned int *copied)
{
	unsigned int n;
	int err;

	len = min_t(unsigned long, len / fifo->esize, kfifo_unused(fifo));
	err = user_copy(fifo, (void __user *)from, len, fifo->in, &n, false);
	fifo->in += n;
	*copied = n * fifo->esize;
	return err;
}
EXPORT_SYMBOL(__kfifo_from_user);

int __kfifo_to_user(struct __kfifo *fifo, void __user *to, unsigned long len,
		    unsigned int *copied)
{
	unsigned int n;
	int err;

	len = min_t(unsigned long, len / fifo->esize, fifo->in - fifo->out);
	err = user_copy(fifo, to, len, fifo->out, &n, true);
	fifo->out += n;
	*copied = n * fifo->esize;
	return err;
}
EXPORT_SYMBOL(__kfifo_to_user);

/* ---- records: a 1- or 2-byte length, then the bytes ---- */

static unsigned int peek_n(struct __kfifo *fifo, size_t recsize)
{
	unsigned char *data = fifo->data;
	unsigned int n = data[fifo->out & fifo->mask];

	if (recsize > 1)
		n |= data[(fifo->out + 1) & fifo->mask] << 8;
	return n;
}

static void poke_n(struct __kfifo *fifo, unsigned int n, size_t recsize)
{
	unsigned char *data = fifo->data;

	data[fifo->in & fifo->mask] = n;
	if (recsize > 1)
		data[(fifo->in + 1) & fifo->mask] = n >> 8;
}

unsigned int __kfifo_max_r(unsigned int len, size_t recsize)
{
	unsigned int max = (1 << (recsize << 3)) - 1;

	return min(len, max);
}
EXPORT_SYMBOL(__kfifo_max_r);

unsigned int __kfifo_len_r(struct __kfifo *fifo, size_t recsize)
{
	return peek_n(fifo, recsize);
}
EXPORT_SYMBOL(__kfifo_len_r);

unsigned int __kfifo_in_r(struct __kfifo *fifo, const void *buf,
			  unsigned int len, size_t recsize)
{
	if (len + recsize > kfifo_unused(fifo))
		return 0;
	poke_n(fifo, len, recsize);
	copy_in(fifo, buf, len, fifo->in + recsize);
	fifo->in += len + recsize;
	return len;
}
EXPORT_SYMBOL(__kfifo_in_r);

/* Copy out the first record (at most len bytes); *n its whole length. */
static unsigned int out_copy_r(struct __kfifo *fifo, void *buf,
			       unsigned int len, size_t recsize,
			       unsigned int *n)
{
	*n = peek_n(fifo, recsize);
	len = min(len, *n);
	copy_out(fifo, buf, len, fifo->out + recsize);
	return len;
}

unsigned int __kfifo_out_peek_r(struct __kfifo *fifo, void *buf,
				unsigned int len, size_t recsize)
{
	unsigned int n;

	if (fifo->in == fifo->out)
		return 0;
	return out_copy_r(fifo, buf, len, recsize, &n);
}
EXPORT_SYMBOL(__kfifo_out_peek_r);

unsigned int __kfifo_out_r(struct __kfifo *fifo, void *buf, unsigned int len,
			   size_t recsize)
{
	unsigned int n;

	if (fifo->in == fifo->out)
		return 0;
	len = out_copy_r(fifo, buf, len, recsize, &n);
	fifo->out += n + recsize;
	return len;
}
EXPORT_SYMBOL(__kfifo_out_r);

void __kfifo_skip_r(struct __kfifo *fifo, size_t recsize)
{
	fifo->out += peek_n(fifo, recsize) + recsize;
}
EXPORT_SYMBOL(__kfifo_skip_r);

int __kfifo_from_user_r(struct __kfifo *fifo, const void __user *from,
			unsigned long len, unsigned int *copied,
			size_t recsize)
{
	unsigned int n;
	int err;

	len = __kfifo_max_r(len, recsize);
	if (len + recsize > kfifo_unused(fifo)) {
		*copied = 0;
		return 0;
	}
	err = user_copy(fifo, (void __user *)from, len, fifo->in + recsize,
			&n, false);
	if (err) {
		*copied = 0;
		return -EFAULT;
	}
	poke_n(fifo, len, recsize);
	fifo->in += len + recsize;
	*copied = len;
	return 0;
}
EXPORT_SYMBOL(__kfifo_from_user_r);

int __kfifo_to_user_r(struct __kfifo *fifo, void __user *to,
		      unsigned long len, unsigned int *copied, size_t recsize)
{
	unsigned int n, moved;
	int err;

	if (fifo->in == fifo->out) {
		*copied = 0;
		return 0;
	}
	n = peek_n(fifo, recsize);
	len = min_t(unsigned long, len, n);
	err = user_copy(fifo, to, len, fifo->out + recsize, &moved, true);
	if (err) {
		*copied = 0;
		return -EFAULT;
	}
	fifo->out += n + recsize;
	*copied = len;
	return 0;
}
EXPORT_SYMBOL(__kfifo_to_user_r);
