// SPDX-License-Identifier: MIT
/*
 * The newc cpio unpacker of kobox's guest tools: files the host puts in
 * /dev/kobox-files reach the guest's root filesystem without starting
 * busybox's cpio, whose fork and exec cost more than the copying.
 */
#include "syscalls.h"
#include "cpio.h"

#define HEADER_SIZE	110
#define PATH_MAX_	4096

/* The fields of a newc header after its magic, in order. */
enum { INO, MODE, UID, GID, NLINK, MTIME, FILESIZE, DEVMAJOR, DEVMINOR,
	RDEVMAJOR, RDEVMINOR, NAMESIZE, CHECK, FIELDS };

struct reader {
	long fd, dir;	/* the archive; where it unpacks */
	char *buf;
	long size, have, at;
	unsigned long offset;	/* bytes consumed from the archive */
};

/* Bytes in the buffer to take from, reading more when it is empty. */
static long fill(struct reader *r)
{
	while (r->at == r->have) {
		long got = sys_read(r->fd, r->buf, r->size);

		if (got == -EINTR)
			continue;
		if (got <= 0)
			return got ? got : -EINVAL;	/* the archive ends early */
		r->have = got;
		r->at = 0;
	}
	return r->have - r->at;
}

/* The next n bytes, at most what the buffer holds; consumed. */
static const char *next(struct reader *r, unsigned long *n)
{
	const char *p = r->buf + r->at;

	if ((unsigned long)(r->have - r->at) < *n)
		*n = r->have - r->at;
	r->at += *n;
	r->offset += *n;
	return p;
}

/* Exactly n bytes into dst (or skipped when dst is 0); a negative errno. */
static long take(struct reader *r, char *dst, unsigned long n)
{
	while (n) {
		long err = fill(r);
		unsigned long chunk = n;
		const char *p;

		if (err < 0)
			return err;
		p = next(r, &chunk);
		if (dst) {
			copy(dst, p, chunk);
			dst += chunk;
		}
		n -= chunk;
	}
	return 0;
}

/* Past the padding that aligns what follows to 4 bytes. */
static long align4(struct reader *r)
{
	return take(r, 0, -r->offset & 3);
}

static long parse_header(const char *h, unsigned long *f)
{
	int i, j;

	if (!str_starts(h, "070701") && !str_starts(h, "070702"))
		return -EINVAL;
	for (i = 0; i < FIELDS; i++) {
		f[i] = 0;
		for (j = 0; j < 8; j++) {
			char c = h[6 + i * 8 + j];
			int v = c >= '0' && c <= '9' ? c - '0' :
				c >= 'a' && c <= 'f' ? c - 'a' + 10 :
				c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

			if (v < 0)
				return -EINVAL;
			f[i] = f[i] << 4 | v;
		}
	}
	return 0;
}

/* Make the directories leading to path (cpio -d); existing ones are fine. */
static void make_parents(long dir, char *path)
{
	char *p;

	for (p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = 0;
		sys_mkdirat(dir, path, 0755);
		*p = '/';
	}
}

/* A regular file's n bytes of data from the archive into path. */
static long write_file(struct reader *r, const char *path, unsigned long n)
{
	long fd = sys_openat(r->dir, path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	long err = fd < 0 ? fd : 0;

	while (!err && n) {
		unsigned long chunk = n;
		const char *p;

		err = fill(r);
		if (err < 0)
			break;
		err = 0;
		p = next(r, &chunk);
		n -= chunk;
		while (chunk) {
			long done = sys_write(fd, p, chunk);

			if (done == -EINTR)
				continue;
			if (done <= 0) {
				err = done ? done : -EIO;
				break;
			}
			p += done;
			chunk -= done;
		}
	}
	if (fd >= 0)
		sys_close(fd);
	return err;
}

/* One entry whose header is f and name path; its data follows. */
static long unpack_entry(struct reader *r, char *path, const unsigned long *f)
{
	unsigned long type = f[MODE] & S_IFMT;
	struct timespec times[2] = { { f[MTIME], 0 }, { f[MTIME], 0 } };
	char target[PATH_MAX_];
	long err;

	make_parents(r->dir, path);
	if (type == S_IFDIR) {
		err = sys_mkdirat(r->dir, path, f[MODE] & 07777);
		if (err == -EEXIST)
			err = 0;
	} else {
		sys_unlinkat(r->dir, path, 0);	/* cpio -u */
		if (type == S_IFREG) {
			err = write_file(r, path, f[FILESIZE]);
		} else if (type == S_IFLNK) {
			if (f[FILESIZE] >= sizeof(target))
				return -ENAMETOOLONG;
			err = take(r, target, f[FILESIZE]);
			target[f[FILESIZE]] = 0;
			if (!err)
				err = sys_symlinkat(target, r->dir, path);
		} else {
			err = sys_mknodat(r->dir, path, f[MODE],
					  f[RDEVMAJOR] << 8 | f[RDEVMINOR]);
		}
	}
	if (err)
		return err;
	sys_fchownat(r->dir, path, f[UID], f[GID], AT_SYMLINK_NOFOLLOW);
	if (type == S_IFLNK)
		return 0;
	sys_fchmodat(r->dir, path, f[MODE] & 07777);
	sys_utimensat(r->dir, path, times, 0);	/* cpio -m */
	return 0;
}

long cpio_unpack(long fd, long dir, char *buf, long size)
{
	struct reader r = { fd, dir, buf, size, 0, 0, 0 };
	char header[HEADER_SIZE], path[PATH_MAX_];
	unsigned long f[FIELDS];
	long err;

	for (;;) {
		err = take(&r, header, HEADER_SIZE);
		if (!err)
			err = parse_header(header, f);
		if (!err && (f[NAMESIZE] == 0 || f[NAMESIZE] > sizeof(path)))
			err = -ENAMETOOLONG;
		if (!err)
			err = take(&r, path, f[NAMESIZE]);
		if (!err)
			err = align4(&r);
		if (err)
			return err;
		path[f[NAMESIZE] - 1] = 0;
		if (str_eq(path, "TRAILER!!!"))
			return 0;
		err = unpack_entry(&r, path, f);
		if (!err)
			err = align4(&r);
		if (err)
			return err;
	}
}
