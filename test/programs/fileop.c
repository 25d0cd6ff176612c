/*
 * fileop FILE MODE OP... : open FILE (MODE r, w or rw, with n for
 * O_NONBLOCK) and run each OP on that one open file, printing what each
 * system call returned (busybox has no ioctl, lseek or poll tool):
 *
 *   read N           read(2) N bytes; prints the result and the bytes
 *   write STR        write(2) STR
 *   seek OFF WHENCE  lseek(2); WHENCE set, cur, end, data or hole
 *   pread OFF N      pread64(2)
 *   ioctl CMD [INT]  ioctl(2); CMD is hex, or IO:t:nr, IOR:t:nr:size,
 *                    IOW:t:nr:size, IOWR:t:nr:size (t a character) as the
 *                    _IO* macros build it; with a size the argument points
 *                    to an int holding INT (0 if none) and its value after
 *                    the call is printed; without, INT is passed as is
 *   poll EVENTS MS   ppoll(2) for EVENTS (in, out, inout) MS milliseconds
 *   fasync           F_SETOWN to us and O_ASYNC on, counting SIGIOs
 *   sigio            print how many SIGIOs arrived
 *
 * Errors print as "= -1 ENAME". Exits 0 unless FILE cannot be opened.
 */
#include "syscall.h"

#define __NR_ioctl		29
#define __NR_fcntl		25
#define __NR_openat		56
#define __NR_close		57
#define __NR_lseek		62
#define __NR_read		63
#define __NR_pread64		67
#define __NR_ppoll		73
#define __NR_getpid		172
#define __NR_rt_sigaction	134
#define __NR_rt_sigreturn	139
#define AT_FDCWD		-100
#define O_RDONLY		0
#define O_WRONLY		1
#define O_RDWR			2
#define O_NONBLOCK		04000
#define O_ASYNC			020000
#define F_GETFL			3
#define F_SETFL			4
#define F_SETOWN		8
#define SIGIO			29
#define SA_RESTORER		0x04000000

__asm__(".global _start\n_start:\n\tmov x0, sp\n\tb start_c\n");

static long syscall6(long nr, long a, long b, long c, long d, long e)
{
	register long x8 __asm__("x8") = nr;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	register long x4 __asm__("x4") = e;
	__asm__ volatile("svc #0" : "+r"(x0)
			 : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4)
			 : "memory");
	return x0;
}

static const struct { int nr; const char *name; } errnos[] = {
	{ 1, "EPERM" }, { 2, "ENOENT" }, { 4, "EINTR" }, { 5, "EIO" },
	{ 6, "ENXIO" }, { 9, "EBADF" }, { 11, "EAGAIN" }, { 12, "ENOMEM" },
	{ 13, "EACCES" }, { 14, "EFAULT" }, { 16, "EBUSY" }, { 19, "ENODEV" },
	{ 22, "EINVAL" }, { 25, "ENOTTY" }, { 28, "ENOSPC" }, { 29, "ESPIPE" },
	{ 34, "ERANGE" }, { 75, "EOVERFLOW" }, { 95, "EOPNOTSUPP" },
};

static void say_result(long r)
{
	unsigned int i;

	say(" = ");
	if (r >= 0 || r < -4095) {
		say_number(r);
		return;
	}
	say("-1 ");
	for (i = 0; i < sizeof(errnos) / sizeof(errnos[0]); i++) {
		if (errnos[i].nr == -r) {
			say(errnos[i].name);
			return;
		}
	}
	say("errno ");
	say_number(-r);
}

static int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static long parse(const char **sp)
{
	const char *s = *sp;
	unsigned long v = 0, base = 10;
	int neg = 0;

	if (*s == '-')
		neg = 1, s++;
	if (s[0] == '0' && s[1] == 'x')
		base = 16, s += 2;
	for (;; s++) {
		unsigned long d;

		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (base == 16 && *s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else
			break;
		v = v * base + d;
	}
	*sp = s;
	return neg ? -(long)v : (long)v;
}

static long number(const char *s)
{
	return parse(&s);
}

/* The bytes read, printable ones as they are, the rest as \xNN. */
static void say_bytes(const char *buf, long n)
{
	static const char hex[] = "0123456789abcdef";
	char c[5] = { '\\', 'x', 0, 0, 0 };
	long i;

	say(" \"");
	for (i = 0; i < n; i++) {
		if (buf[i] >= ' ' && buf[i] < 127 && buf[i] != '\\' &&
		    buf[i] != '"') {
			c[0] = buf[i];
			c[1] = 0;
			say(c);
			c[0] = '\\';
			c[1] = 'x';
		} else {
			c[2] = hex[(buf[i] >> 4) & 15];
			c[3] = hex[buf[i] & 15];
			say(c);
		}
	}
	say("\"");
}

/* "IOR:k:1:4" and friends, as _IOC(dir, type, nr, size) builds them. */
static unsigned long ioctl_cmd(const char *s, int *sized)
{
	unsigned long dir;
	long nr, size = 0;
	char type;

	*sized = 0;
	if (s[0] == '0' && s[1] == 'x')
		return number(s);
	if (s[0] == 'I' && s[1] == 'O' && s[2] == ':')
		dir = 0, s += 3;
	else if (s[0] == 'I' && s[1] == 'O' && s[2] == 'R' && s[3] == ':')
		dir = 2, s += 4;
	else if (s[0] == 'I' && s[1] == 'O' && s[2] == 'W' && s[3] == ':')
		dir = 1, s += 4;
	else if (s[0] == 'I' && s[1] == 'O' && s[2] == 'W' && s[3] == 'R' &&
		 s[4] == ':')
		dir = 3, s += 5;
	else
		return number(s);
	type = *s++;
	if (*s++ != ':')
		return 0;
	nr = parse(&s);
	if (dir) {
		if (*s++ != ':')
			return 0;
		size = parse(&s);
		*sized = 1;
	}
	return dir << 30 | (unsigned long)size << 16 | (unsigned long)type << 8 | nr;
}

static volatile long sigio_count;

static void on_sigio(int sig)
{
	sigio_count++;
}

__asm__(".global sigio_restorer\nsigio_restorer:\n\tmov x8, #139\n\tsvc #0\n");
void sigio_restorer(void);

static long catch_sigio(void)
{
	struct {
		void (*handler)(int);
		unsigned long flags;
		void (*restorer)(void);
		unsigned long mask;
	} sa = { on_sigio, SA_RESTORER, sigio_restorer, 0 };

	return syscall6(__NR_rt_sigaction, SIGIO, (long)&sa, 0, 8, 0);
}

static char buf[4096];

void __attribute__((used)) start_c(long *sp)
{
	long argc = sp[0], fd, r, i;
	char **argv = (char **)(sp + 1);
	const char *mode;
	int flags = O_RDONLY;

	if (argc < 3) {
		say("usage: fileop FILE r|w|rw[n] OP...\n");
		exit_with(2);
	}
	mode = argv[2];
	if (mode[0] == 'w')
		flags = O_WRONLY;
	else if (mode[0] == 'r' && mode[1] == 'w')
		flags = O_RDWR;
	while (*mode)
		if (*mode++ == 'n')
			flags |= O_NONBLOCK;
	fd = syscall3(__NR_openat, AT_FDCWD, (long)argv[1], flags);
	say("open");
	say_result(fd);
	say("\n");
	if (fd < 0)
		exit_with(1);
	for (i = 3; i < argc; i++) {
		const char *op = argv[i];

		if (streq(op, "read") && i + 1 < argc) {
			long n = number(argv[++i]);

			r = syscall3(__NR_read, fd, (long)buf,
				     n > (long)sizeof(buf) ? (long)sizeof(buf) : n);
			say("read(");
			say_number(n);
			say(")");
			say_result(r);
			if (r > 0)
				say_bytes(buf, r);
		} else if (streq(op, "write") && i + 1 < argc) {
			const char *s = argv[++i];
			long n = 0;

			while (s[n])
				n++;
			r = syscall3(__NR_write, fd, (long)s, n);
			say("write(\"");
			say(s);
			say("\")");
			say_result(r);
		} else if (streq(op, "seek") && i + 2 < argc) {
			long off = number(argv[++i]);
			const char *w = argv[++i];
			int whence = streq(w, "cur") ? 1 : streq(w, "end") ? 2 :
				     streq(w, "data") ? 3 : streq(w, "hole") ? 4 : 0;

			r = syscall3(__NR_lseek, fd, off, whence);
			say("lseek(");
			say_number(off);
			say(", ");
			say(w);
			say(")");
			say_result(r);
		} else if (streq(op, "pread") && i + 2 < argc) {
			long off = number(argv[++i]), n = number(argv[++i]);

			r = syscall6(__NR_pread64, fd, (long)buf, n, off, 0);
			say("pread(");
			say_number(off);
			say(", ");
			say_number(n);
			say(")");
			say_result(r);
			if (r > 0)
				say_bytes(buf, r);
		} else if (streq(op, "ioctl") && i + 1 < argc) {
			const char *name = argv[++i];
			int sized, val = 0;
			unsigned long cmd = ioctl_cmd(name, &sized);
			long arg = 0;

			if (i + 1 < argc && (argv[i + 1][0] == '-' ||
			    (argv[i + 1][0] >= '0' && argv[i + 1][0] <= '9')))
				arg = number(argv[++i]);
			val = arg;
			r = syscall3(__NR_ioctl, fd, cmd, sized ? (long)&val : arg);
			say("ioctl(");
			say(name);
			say(")");
			say_result(r);
			if (sized) {
				say(", value ");
				say_number(val);
			}
		} else if (streq(op, "poll") && i + 2 < argc) {
			const char *ev = argv[++i];
			long ms = number(argv[++i]);
			struct { int fd; short events, revents; } pfd = { fd, 0, 0 };
			struct { long sec, nsec; } ts = { ms / 1000, ms % 1000 * 1000000 };

			pfd.events = streq(ev, "in") ? 1 : streq(ev, "out") ? 4 : 5;
			r = syscall6(__NR_ppoll, (long)&pfd, 1, (long)&ts, 0, 8);
			say("poll(");
			say(ev);
			say(")");
			say_result(r);
			say(", revents 0x");
			{
				static const char hex[] = "0123456789abcdef";
				char h[5] = { hex[(pfd.revents >> 12) & 15],
					      hex[(pfd.revents >> 8) & 15],
					      hex[(pfd.revents >> 4) & 15],
					      hex[pfd.revents & 15], 0 };
				say(h);
			}
		} else if (streq(op, "fasync")) {
			r = catch_sigio();
			if (!r)
				r = syscall3(__NR_fcntl, fd, F_SETOWN,
					     syscall3(__NR_getpid, 0, 0, 0));
			if (!r)
				r = syscall3(__NR_fcntl, fd, F_GETFL, 0);
			if (r >= 0)
				r = syscall3(__NR_fcntl, fd, F_SETFL, r | O_ASYNC);
			say("fasync");
			say_result(r);
		} else if (streq(op, "sigio")) {
			say("SIGIO x");
			say_number(sigio_count);
		} else {
			say("unknown op ");
			say(op);
			say("\n");
			exit_with(2);
		}
		say("\n");
	}
	syscall3(__NR_close, fd, 0, 0);
	exit_with(0);
}
