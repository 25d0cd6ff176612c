// SPDX-License-Identifier: GPL-2.0
/*
 * populate_rootfs(): unpack the initramfs, a "newc" cpio archive the
 * bootloader left in memory (/chosen linux,initrd-start/end), into
 * rootfs. First the built-in one Linux always has (/dev, /dev/console,
 * /root), then the bootloader's. Directories get their times last, as
 * creating their entries changed them. Compressed archives are not
 * supported.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/init_syscalls.h>
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
#include <linux/slab.h>
#include <linux/string.h>

#define CPIO_HDR_LEN	110

struct cpio_header {
	unsigned long ino, mode, uid, gid, nlink, mtime, filesize;
	unsigned long major, minor, rdev_major, rdev_minor, namesize, check;
};

struct dir_entry {
	struct list_head list;
	time64_t mtime;
	char name[];
};

static LIST_HEAD(dir_list);

/* Hard links: the first name of an (ino, dev) with nlink >= 2. */
struct hash_entry {
	struct hash_entry *next;
	unsigned long ino, major, minor;
	umode_t mode;
	char name[];
};

static struct hash_entry *links;

static const char *error_msg;

static void error(const char *x)
{
	if (!error_msg)
		error_msg = x;
}

static bool parse_hex(const char *s, unsigned long *v)
{
	char buf[9];
	char *end;

	memcpy(buf, s, 8);
	buf[8] = '\0';
	*v = simple_strtoul(buf, &end, 16);
	return end == buf + 8;
}

static bool parse_header(const char *s, struct cpio_header *h)
{
	unsigned long *fields = &h->ino;
	int i;

	for (i = 0; i < 13; i++)
		if (!parse_hex(s + 6 + 8 * i, &fields[i]))
			return false;
	return true;
}

static void dir_add(const char *name, time64_t mtime)
{
	struct dir_entry *de = kmalloc(sizeof(*de) + strlen(name) + 1, GFP_KERNEL);

	if (!de) {
		error("out of memory");
		return;
	}
	strcpy(de->name, name);
	de->mtime = mtime;
	list_add(&de->list, &dir_list);
}

static void do_utime(const char *name, time64_t mtime)
{
	struct timespec64 t[2] = { { .tv_sec = mtime }, { .tv_sec = mtime } };

	init_utimes(name, t);
}

static void dir_utime(void)
{
	struct dir_entry *de, *tmp;

	list_for_each_entry_safe(de, tmp, &dir_list, list) {
		list_del(&de->list);
		do_utime(de->name, de->mtime);
		kfree(de);
	}
}

static void free_links(void)
{
	while (links) {
		struct hash_entry *next = links->next;

		kfree(links);
		links = next;
	}
}

/* Link to an earlier name of the same file; 1 if that was done. */
static int maybe_link(const char *name, const struct cpio_header *h)
{
	struct hash_entry *e;

	if (h->nlink < 2)
		return 0;
	for (e = links; e; e = e->next) {
		if (e->ino == h->ino && e->major == h->major &&
		    e->minor == h->minor &&
		    ((e->mode ^ h->mode) & S_IFMT) == 0) {
			init_unlink(name);
			return init_link(e->name, name) ? -1 : 1;
		}
	}
	e = kmalloc(sizeof(*e) + strlen(name) + 1, GFP_KERNEL);
	if (!e) {
		error("out of memory");
		return -1;
	}
	e->ino = h->ino;
	e->major = h->major;
	e->minor = h->minor;
	e->mode = h->mode;
	strcpy(e->name, name);
	e->next = links;
	links = e;
	return 0;
}

/* An entry of another type in the way goes. */
static void clean_path(const char *path, umode_t fmode)
{
	struct kstat st;

	if (!init_stat(path, &st, AT_SYMLINK_NOFOLLOW) &&
	    (st.mode ^ fmode) & S_IFMT) {
		if (S_ISDIR(st.mode))
			init_rmdir(path);
		else
			init_unlink(path);
	}
}

static void write_file(const char *name, const struct cpio_header *h,
		       const char *data)
{
	struct file *f;
	loff_t pos = 0;
	int ml = maybe_link(name, h);

	if (ml > 0)
		return;
	f = filp_open(name, O_WRONLY | O_CREAT | O_LARGEFILE |
		      (ml != 1 ? O_TRUNC : 0), h->mode);
	if (IS_ERR(f)) {
		error("write error");
		return;
	}
	if (h->filesize &&
	    kernel_write(f, data, h->filesize, &pos) != h->filesize)
		error("write error");
	fput(f);
	init_chown(name, h->uid, h->gid, 0);
	init_chmod(name, h->mode);
	do_utime(name, h->mtime);
}

static void do_name(const char *name, const struct cpio_header *h,
		    const char *data)
{
	umode_t mode = h->mode;

	clean_path(name, mode);
	if (S_ISREG(mode)) {
		write_file(name, h, data);
	} else if (S_ISDIR(mode)) {
		init_mkdir(name, mode);
		init_chown(name, h->uid, h->gid, 0);
		init_chmod(name, mode);
		dir_add(name, h->mtime);
	} else if (S_ISBLK(mode) || S_ISCHR(mode) || S_ISFIFO(mode) ||
		   S_ISSOCK(mode)) {
		if (maybe_link(name, h) == 0) {
			init_mknod(name, mode, new_encode_dev(
				   MKDEV(h->rdev_major, h->rdev_minor)));
			init_chown(name, h->uid, h->gid, 0);
			init_chmod(name, mode);
			do_utime(name, h->mtime);
		}
	} else if (S_ISLNK(mode)) {
		char *target = kstrndup(data, h->filesize, GFP_KERNEL);

		if (!target) {
			error("out of memory");
			return;
		}
		init_symlink(target, name);
		init_chown(name, h->uid, h->gid, AT_SYMLINK_NOFOLLOW);
		do_utime(name, h->mtime);
		kfree(target);
	}
}

static size_t pad4(size_t n)
{
	return (n + 3) & ~3UL;
}

/* Unpack a buffer holding one or more archives; an error message, or NULL. */
static const char *unpack_to_rootfs(const char *buf, size_t len)
{
	size_t pos = 0;

	error_msg = NULL;
	while (pos < len && !error_msg) {
		struct cpio_header h;
		const char *name, *data;

		if (buf[pos] == '\0') {		/* padding between archives */
			pos += 4;
			continue;
		}
		if (len - pos < CPIO_HDR_LEN)
			return "junk at the end of the archive";
		if (memcmp(buf + pos, "070701", 6) && memcmp(buf + pos, "070702", 6))
			return pos ? "junk within archive" : "no cpio magic";
		if (!parse_header(buf + pos, &h))
			return "broken padding";
		name = buf + pos + CPIO_HDR_LEN;
		pos = pad4(pos + CPIO_HDR_LEN + h.namesize);
		data = buf + pos;
		if (pos > len || h.filesize > len - pos)
			return "truncated archive";
		pos = pad4(pos + h.filesize);
		if (!h.namesize || name[h.namesize - 1] != '\0') {
			pr_err("initramfs name without nulterm: %.*s\n",
			       (int)h.namesize, name);
			return "malformed header";
		}
		if (!strcmp(name, "TRAILER!!!")) {
			free_links();
			continue;
		}
		do_name(name, &h, data);
	}
	dir_utime();
	free_links();
	return error_msg;
}

/* Linux's default built-in initramfs (usr/default_cpio_list). */
static void unpack_builtin(void)
{
	struct cpio_header h = { .nlink = 2, .mode = S_IFDIR | 0755 };

	do_name("/dev", &h, NULL);
	h = (struct cpio_header){ .nlink = 1, .mode = S_IFCHR | 0600,
				  .rdev_major = 5, .rdev_minor = 1 };
	do_name("/dev/console", &h, NULL);
	h = (struct cpio_header){ .nlink = 2, .mode = S_IFDIR | 0700 };
	do_name("/root", &h, NULL);
	dir_utime();
}

static int __init populate_rootfs(void)
{
	const char *err;

	unpack_builtin();
	if (!phys_initrd_size)
		return 0;
	printk(KERN_INFO "Trying to unpack rootfs image as initramfs...\n");
	err = unpack_to_rootfs(__va(phys_initrd_start), phys_initrd_size);
	if (err)
		printk(KERN_INFO "rootfs image is not initramfs (%s); looks like an initrd\n",
		       err);
	free_reserved_area(phys_initrd_start, phys_initrd_start + phys_initrd_size,
			   "initrd");
	return 0;
}
rootfs_initcall(populate_rootfs);
