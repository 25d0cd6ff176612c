// SPDX-License-Identifier: GPL-2.0
/*
 * seq_file: synthetic files generated record by record into a buffer
 * that doubles when a record does not fit, then copied out as read()
 * asks. Same semantics as Linux's, position = record index.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/module_abi.h>

abi_check_size(seq_file);
abi_check_field(seq_file, size);
abi_check_field(seq_file, count);
abi_check_field(seq_file, index);
abi_check_field(seq_file, op);
abi_check_field(seq_file, file);
abi_check_field(seq_file, private);
abi_check_field(seq_operations, stop);
abi_check_field(seq_operations, next);
abi_check_field(seq_operations, show);

static void *seq_buf_alloc(unsigned long size)
{
	return kmalloc(size, GFP_KERNEL);
}

int seq_open(struct file *file, const struct seq_operations *op)
{
	struct seq_file *p = kzalloc(sizeof(*p), GFP_KERNEL);

	if (!p)
		return -ENOMEM;
	file->private_data = p;
	mutex_init(&p->lock);
	p->op = op;
	p->file = file;
	file->f_version = 0;
	return 0;
}
EXPORT_SYMBOL(seq_open);

/* Fill the buffer from record m->index on; 0 or an error. */
static int traverse(struct seq_file *m, loff_t offset)
{
	loff_t pos = 0;
	int error = 0;
	void *p;

	m->index = 0;
	m->count = m->from = 0;
	if (!offset)
		return 0;
	if (!m->buf) {
		m->buf = seq_buf_alloc(m->size = PAGE_SIZE);
		if (!m->buf)
			return -ENOMEM;
	}
	p = m->op->start(m, &m->index);
	while (p) {
		error = PTR_ERR(p);
		if (IS_ERR(p))
			break;
		error = m->op->show(m, p);
		if (error < 0)
			break;
		if (unlikely(error)) {
			error = 0;
			m->count = 0;
		}
		if (seq_has_overflowed(m))
			goto eoverflow;
		p = m->op->next(m, p, &m->index);
		if (pos + m->count > offset) {
			m->from = offset - pos;
			m->count -= m->from;
			break;
		}
		pos += m->count;
		m->count = 0;
		if (pos == offset)
			break;
	}
	m->op->stop(m, p);
	return error;

eoverflow:
	m->op->stop(m, p);
	kfree(m->buf);
	m->count = 0;
	m->buf = seq_buf_alloc(m->size <<= 1);
	return !m->buf ? -ENOMEM : -EAGAIN;
}

ssize_t seq_read(struct file *file, char __user *buf, size_t size, loff_t *ppos)
{
	struct seq_file *m = file->private_data;
	size_t copied = 0, n;
	void *p;
	int err = 0;

	if (m->read_pos != *ppos) {
		while ((err = traverse(m, *ppos)) == -EAGAIN)
			;
		if (err) {
			m->read_pos = 0;
			m->index = 0;
			m->count = 0;
			return err;
		}
		m->read_pos = *ppos;
	}
	if (!m->buf) {
		m->buf = seq_buf_alloc(m->size = PAGE_SIZE);
		if (!m->buf)
			return -ENOMEM;
	}
	/* what is left from last time goes first */
	if (m->count) {
		n = min(m->count, size);
		if (copy_to_user(buf, m->buf + m->from, n))
			return -EFAULT;
		m->count -= n;
		m->from += n;
		copied += n;
		if (m->count)
			goto done;
	}
	m->from = 0;
	p = m->op->start(m, &m->index);
	while (1) {
		err = PTR_ERR(p);
		if (!p || IS_ERR(p))
			break;
		err = m->op->show(m, p);
		if (err < 0)
			break;
		if (unlikely(err))
			m->count = 0;
		if (unlikely(!m->count)) {
			p = m->op->next(m, p, &m->index);
			continue;
		}
		if (!seq_has_overflowed(m))
			goto fill;
		m->op->stop(m, p);
		kfree(m->buf);
		m->count = 0;
		m->buf = seq_buf_alloc(m->size <<= 1);
		if (!m->buf)
			return copied ? copied : -ENOMEM;
		p = m->op->start(m, &m->index);
	}
	m->op->stop(m, p);
	m->count = 0;
	goto done;
fill:
	/* records until the user's buffer is full */
	while (1) {
		size_t offs = m->count;
		loff_t pos = m->index;

		p = m->op->next(m, p, &m->index);
		if (pos == m->index)
			m->index++;
		if (!p || IS_ERR(p))
			break;
		if (m->count >= size - copied)
			break;
		err = m->op->show(m, p);
		if (err > 0) {
			m->count = offs;
		} else if (err || seq_has_overflowed(m)) {
			m->count = offs;
			break;
		}
	}
	m->op->stop(m, p);
	n = min(m->count, size - copied);
	if (copy_to_user(buf + copied, m->buf, n))
		return copied ? copied : -EFAULT;
	copied += n;
	m->count -= n;
	m->from = n;
done:
	if (!copied) {
		copied = err < 0 ? err : 0;
	} else {
		*ppos += copied;
		m->read_pos += copied;
	}
	return copied;
}
EXPORT_SYMBOL(seq_read);

loff_t seq_lseek(struct file *file, loff_t offset, int whence)
{
	struct seq_file *m = file->private_data;
	loff_t retval = -EINVAL;

	switch (whence) {
	case SEEK_CUR:
		offset += file->f_pos;
		fallthrough;
	case SEEK_SET:
		if (offset < 0)
			break;
		retval = offset;
		if (offset != m->read_pos) {
			while ((retval = traverse(m, offset)) == -EAGAIN)
				;
			if (retval) {
				file->f_pos = 0;
				m->read_pos = 0;
				m->index = 0;
				m->count = 0;
			} else {
				m->read_pos = offset;
				retval = file->f_pos = offset;
			}
		} else {
			file->f_pos = offset;
		}
	}
	return retval;
}
EXPORT_SYMBOL(seq_lseek);

int seq_release(struct inode *inode, struct file *file)
{
	struct seq_file *m = file->private_data;

	kfree(m->buf);
	kfree(m);
	return 0;
}
EXPORT_SYMBOL(seq_release);

void seq_vprintf(struct seq_file *m, const char *f, va_list args)
{
	int len;

	if (m->count < m->size) {
		len = vsnprintf(m->buf + m->count, m->size - m->count, f, args);
		if (m->count + len < m->size) {
			m->count += len;
			return;
		}
	}
	m->count = m->size;	/* overflow: the buffer will grow */
}
EXPORT_SYMBOL(seq_vprintf);

void seq_printf(struct seq_file *m, const char *f, ...)
{
	va_list args;

	va_start(args, f);
	seq_vprintf(m, f, args);
	va_end(args);
}
EXPORT_SYMBOL(seq_printf);

int seq_write(struct seq_file *seq, const void *data, size_t len)
{
	if (seq->count + len < seq->size) {
		memcpy(seq->buf + seq->count, data, len);
		seq->count += len;
		return 0;
	}
	seq->count = seq->size;
	return -1;
}
EXPORT_SYMBOL(seq_write);

void seq_putc(struct seq_file *m, char c)
{
	if (m->count >= m->size)
		return;
	m->buf[m->count++] = c;
}
EXPORT_SYMBOL(seq_putc);

void seq_puts(struct seq_file *m, const char *s)
{
	seq_write(m, s, strlen(s));
}
EXPORT_SYMBOL(seq_puts);

void seq_put_decimal_ull_width(struct seq_file *m, const char *delimiter,
			       unsigned long long num, unsigned int width)
{
	if (delimiter && delimiter[0])
		seq_puts(m, delimiter);
	if (width)
		seq_printf(m, "%*llu", width, num);
	else
		seq_printf(m, "%llu", num);
}

void seq_put_decimal_ull(struct seq_file *m, const char *delimiter,
			 unsigned long long num)
{
	seq_put_decimal_ull_width(m, delimiter, num, 0);
}
EXPORT_SYMBOL(seq_put_decimal_ull);

void seq_put_decimal_ll(struct seq_file *m, const char *delimiter, long long num)
{
	if (delimiter && delimiter[0])
		seq_puts(m, delimiter);
	seq_printf(m, "%lld", num);
}
EXPORT_SYMBOL(seq_put_decimal_ll);

void seq_put_hex_ll(struct seq_file *m, const char *delimiter,
		    unsigned long long v, unsigned int width)
{
	if (delimiter && delimiter[0])
		seq_puts(m, delimiter);
	seq_printf(m, "%0*llx", width, v);
}

/* Characters in esc (and the backslash) as \ooo octal, as /proc/mounts shows spaces. */
void seq_escape_mem(struct seq_file *m, const char *src, size_t len,
		    unsigned int flags, const char *esc)
{
	size_t i;

	for (i = 0; i < len; i++) {
		char c = src[i];

		if (c == '\\' || (esc && strchr(esc, c)))
			seq_printf(m, "\\%03o", (unsigned char)c);
		else
			seq_putc(m, c);
	}
}
EXPORT_SYMBOL(seq_escape_mem);

void seq_escape(struct seq_file *m, const char *s, const char *esc)
{
	seq_escape_mem(m, s, strlen(s), 0, esc);
}

void seq_pad(struct seq_file *m, char c)
{
	int size = m->pad_until - m->count;

	if (size > 0) {
		if (size + m->count > m->size) {
			m->count = m->size;
			return;
		}
		memset(m->buf + m->count, ' ', size);
		m->count += size;
	}
	if (c)
		seq_putc(m, c);
}
EXPORT_SYMBOL(seq_pad);

/* A page for seq_path/seq_dentry to build the name in; overflow if none. */
static char *seq_name_page(struct seq_file *m)
{
	char *page = (char *)__get_free_page(GFP_KERNEL);

	if (!page)
		m->count = m->size;
	return page;
}

/* Print the name @p built in @page (or its error): its length, or -1. */
static int seq_put_name(struct seq_file *m, char *page, char *p,
			const char *esc)
{
	int res = -1;

	if (!IS_ERR(p)) {
		seq_escape(m, p, esc);
		res = strlen(p);
	}
	free_page((unsigned long)page);
	return res;
}

int seq_path(struct seq_file *m, const struct path *path, const char *esc)
{
	char *page = seq_name_page(m);

	if (!page)
		return -1;
	return seq_put_name(m, page, d_path(path, page, PAGE_SIZE), esc);
}
EXPORT_SYMBOL(seq_path);

int seq_dentry(struct seq_file *m, struct dentry *dentry, const char *esc)
{
	char *page = seq_name_page(m);

	if (!page)
		return -1;
	return seq_put_name(m, page, dentry_path_raw(dentry, page, PAGE_SIZE),
			    esc);
}

static void *single_start(struct seq_file *p, loff_t *pos)
{
	return *pos ? NULL : SEQ_START_TOKEN;
}

static void *single_next(struct seq_file *p, void *v, loff_t *pos)
{
	++*pos;
	return NULL;
}

static void single_stop(struct seq_file *p, void *v)
{
}

int single_open(struct file *file, int (*show)(struct seq_file *, void *),
		void *data)
{
	struct seq_operations *op = kmalloc(sizeof(*op), GFP_KERNEL);
	int res = -ENOMEM;

	if (op) {
		op->start = single_start;
		op->next = single_next;
		op->stop = single_stop;
		op->show = show;
		res = seq_open(file, op);
		if (!res)
			((struct seq_file *)file->private_data)->private = data;
		else
			kfree(op);
	}
	return res;
}
EXPORT_SYMBOL(single_open);

int single_open_size(struct file *file, int (*show)(struct seq_file *, void *),
		     void *data, size_t size)
{
	char *buf = seq_buf_alloc(size);
	int ret;

	if (!buf)
		return -ENOMEM;
	ret = single_open(file, show, data);
	if (ret) {
		kfree(buf);
		return ret;
	}
	((struct seq_file *)file->private_data)->buf = buf;
	((struct seq_file *)file->private_data)->size = size;
	return 0;
}
EXPORT_SYMBOL(single_open_size);

int single_release(struct inode *inode, struct file *file)
{
	const struct seq_operations *op =
		((struct seq_file *)file->private_data)->op;
	int res = seq_release(inode, file);

	kfree(op);
	return res;
}
EXPORT_SYMBOL(single_release);

void *__seq_open_private(struct file *f, const struct seq_operations *ops,
			 int psize)
{
	void *private = kzalloc(psize, GFP_KERNEL);

	if (!private)
		return NULL;
	if (seq_open(f, ops)) {
		kfree(private);
		return NULL;
	}
	((struct seq_file *)f->private_data)->private = private;
	return private;
}
EXPORT_SYMBOL(__seq_open_private);

int seq_open_private(struct file *filp, const struct seq_operations *ops,
		     int psize)
{
	return __seq_open_private(filp, ops, psize) ? 0 : -ENOMEM;
}
EXPORT_SYMBOL(seq_open_private);

int seq_release_private(struct inode *inode, struct file *file)
{
	struct seq_file *seq = file->private_data;

	kfree(seq->private);
	seq->private = NULL;
	return seq_release(inode, file);
}
EXPORT_SYMBOL(seq_release_private);

struct list_head *seq_list_start(struct list_head *head, loff_t pos)
{
	struct list_head *lh;

	list_for_each(lh, head)
		if (pos-- == 0)
			return lh;
	return NULL;
}
EXPORT_SYMBOL(seq_list_start);

struct list_head *seq_list_start_head(struct list_head *head, loff_t pos)
{
	if (!pos)
		return head;
	return seq_list_start(head, pos - 1);
}
EXPORT_SYMBOL(seq_list_start_head);

struct list_head *seq_list_next(void *v, struct list_head *head, loff_t *ppos)
{
	struct list_head *lh = ((struct list_head *)v)->next;

	++*ppos;
	return lh == head ? NULL : lh;
}
EXPORT_SYMBOL(seq_list_next);
